package app.shortlist.judging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import app.shortlist.account.CurrentUser;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;

/**
 * What a judge may see and change, for pages and API alike. A judge reaches only their own assignments, and only
 * in rounds that have started; anything else is "not found". The application itself is readable while the round
 * is open (or while an admin has reopened this scorecard); after that only the judge's own scores remain visible.
 */
@ApplicationScoped
public class JudgeAccess {

    @Inject
    CurrentUser currentUser;

    /** The caller's own assignment in a round that is not PENDING. */
    public Assignment own(long assignmentId) {
        Assignment a = Assignment.findById(assignmentId);
        String me = currentUser.getUsername();
        if (a == null || me == null || !me.equals(a.judge.username) || a.round.state == RoundState.PENDING) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return a;
    }

    /** The caller's judge record, or null when they are not in the expert registry. */
    public Judge me() {
        return Judge.findByUsername(currentUser.getUsername());
    }

    public static Scorecard scorecard(Assignment a) {
        return Scorecard.find("assignment.id", a.id).firstResult();
    }

    /** Why the judge may not change this scorecard now; null when they may. */
    public static DomainException refusal(Assignment a, Scorecard card, Instant now) {
        Round r = a.round;
        if (a.state == AssignmentState.RECUSED) {
            return new DomainException(ScorecardFailure.RECUSED);
        }
        if (r.state == RoundState.CONFIRMED) {
            return new DomainException(ScorecardFailure.ROUND_CONFIRMED);
        }
        if (card != null && card.status == ScorecardStatus.SUBMITTED) {
            return new DomainException(ScorecardFailure.LOCKED);
        }
        if (reopened(card) && (r.state == RoundState.OPEN || r.state == RoundState.CLOSED)) {
            return null; // an admin's reopening outlasts the close time, until re-submitted
        }
        if (r.state == RoundState.CLOSED) {
            Instant closed = r.closedAt != null ? r.closedAt : r.endsAt;
            return closed == null ? new DomainException(ScorecardFailure.ROUND_NOT_OPEN)
                    : new DomainException(ScorecardFailure.ROUND_CLOSED, Dates.format(closed));
        }
        if (r.state != RoundState.OPEN) {
            return new DomainException(ScorecardFailure.ROUND_NOT_OPEN);
        }
        if (r.endsAt != null && !now.isBefore(r.endsAt)) {
            return new DomainException(ScorecardFailure.ROUND_CLOSED, Dates.format(r.endsAt));
        }
        return null;
    }

    /** Whether the judge may read the application (and download its documents) now. */
    public static boolean applicationVisible(Assignment a, Scorecard card) {
        if (a.state != AssignmentState.ACTIVE) {
            return false;
        }
        return a.round.state == RoundState.OPEN
                || (a.round.state == RoundState.CLOSED && reopened(card) && card.status == ScorecardStatus.DRAFT);
    }

    static boolean reopened(Scorecard card) {
        return card != null && card.reopenedReason != null;
    }
}
