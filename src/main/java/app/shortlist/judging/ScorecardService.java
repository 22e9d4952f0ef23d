package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.account.CurrentUser;
import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.judging.rules.Rubric;
import app.shortlist.notification.Notifier;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.DomainMetrics;

/**
 * The one place that changes a scorecard: a judge's draft (also by autosave) and submission, an admin's reopening.
 * Each public method checks, writes, audits and notifies in one transaction, or refuses having written nothing.
 * The first save creates the row; two racing first saves meet the unique constraints, and {@link ScorecardWrites}
 * retries the loser, which then finds the row.
 */
@ApplicationScoped
public class ScorecardService {

    public static final String ENTITY = "scorecard";

    @Inject
    JudgeAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    DomainMetrics metrics;

    /**
     * Saves a draft: criteria may be left out, but every score given must fit the rubric. {@code expectedVersion}
     * is the version the judge last saw, null when they have seen no scorecard yet.
     */
    @Transactional
    public Scorecard save(long assignmentId, Map<String, String> scores, String comment, Long expectedVersion, Lang lang) {
        return write(assignmentId, scores, comment, expectedVersion, false, lang);
    }

    /** Submits: every criterion scored; the scorecard is then locked. */
    @Transactional
    public Scorecard submit(long assignmentId, Map<String, String> scores, String comment, Long expectedVersion,
            Lang lang) {
        return write(assignmentId, scores, comment, expectedVersion, true, lang);
    }

    /** An admin makes a submitted scorecard a draft again, with the reason; the judge is told by mail. */
    @Transactional
    public Scorecard reopen(long scorecardId, String reason) {
        Scorecard card = Scorecard.findById(scorecardId);
        if (card == null || !currentUser.isAdmin()) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Round round = card.assignment.round;
        if (round.state == RoundState.CONFIRMED) {
            throw new DomainException(ScorecardFailure.ROUND_CONFIRMED);
        }
        if (card.status != ScorecardStatus.SUBMITTED) {
            throw new DomainException(ScorecardFailure.NOT_SUBMITTED);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new DomainException(ScorecardFailure.REASON_REQUIRED);
        }
        card.status = ScorecardStatus.DRAFT;
        card.submittedAt = null;
        card.reopenedReason = reason.strip();
        card.savedAt = Instant.now(clock);
        audit.record("SCORECARD_REOPENED", ENTITY, card.id, round.program.id, ScorecardStatus.SUBMITTED, card.status,
                card.reopenedReason);
        Judge judge = card.assignment.judge;
        notifier.queue(judge.username, judge.email, Lang.DEFAULT.tag(), null, ScorecardMails.reopenedSubject(round),
                ScorecardMails.reopenedBody(card.assignment, card.reopenedReason));
        return card;
    }

    private Scorecard write(long assignmentId, Map<String, String> typed, String comment, Long expectedVersion,
            boolean submit, Lang lang) {
        Assignment a = access.own(assignmentId);
        Scorecard card = JudgeAccess.scorecard(a);
        Instant now = Instant.now(clock);
        DomainException refused = JudgeAccess.refusal(a, card, now);
        if (refused != null) {
            throw refused;
        }
        if (card == null ? expectedVersion != null : !Objects.equals(expectedVersion, card.version)) {
            throw new DomainException(CommonFailure.STALE);
        }
        List<Criterion> criteria = Criterion.ofRound(a.round.id);
        if (criteria.isEmpty()) {
            throw new DomainException(ScorecardFailure.NO_RUBRIC);
        }
        Rubric rubric = Criterion.rubric(criteria);
        ScoreProblems.Read read = ScoreProblems.read(typed);
        Map<String, String> errors = ScoreProblems.check(rubric, read, comment, submit, lang);
        if (!errors.isEmpty()) {
            throw new DomainException(ScorecardFailure.INVALID, errors, errors.size());
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            BigDecimal s = read.scores().get(c.key);
            if (s != null) {
                scores.put(c.key, new BigDecimal(RoundRules.plain(s)));
            }
        }
        String text = comment == null || comment.isBlank() ? null : comment.replace("\r\n", "\n").strip();

        boolean created = card == null;
        if (!created && !submit && card.scores.equals(scores) && Objects.equals(card.comment, text)) {
            return card; // an autosave of what is already stored: nothing to write or record
        }
        ScorecardStatus before = created ? null : card.status;
        if (created) {
            card = new Scorecard();
            card.assignment = a;
            card.roundId = a.round.id;
            card.applicationId = a.application.id;
            card.judgeId = a.judge.id;
        }
        card.scores = scores;
        card.comment = text;
        card.savedAt = now;
        if (submit) {
            card.status = ScorecardStatus.SUBMITTED;
            card.submittedAt = now;
        }
        card.persist();
        Scorecard.flush(); // a racing first save fails here, on the unique constraints, before anything is recorded
        String detail = "assignment " + a.id + " · scores " + new ScoresConverter().convertToDatabaseColumn(scores)
                + (submit ? " · total " + RoundRules.plain(rubric.total(scores)) : "")
                + (card.reopenedReason != null && submit ? " · after reopening: " + card.reopenedReason : "");
        audit.record(submit ? "SCORECARD_SUBMITTED" : "SCORECARD_SAVED", ENTITY, card.id, a.round.program.id, before,
                card.status, detail);
        if (submit) {
            metrics.countOnCommit(DomainMetrics.SCORECARDS);
        }
        return card;
    }
}
