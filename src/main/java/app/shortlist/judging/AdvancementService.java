package app.shortlist.judging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.shortlist.account.CurrentUser;
import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.notification.Notifier;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.Pipeline;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;

/**
 * The write side of advancement: the admin's overrides across the cut line and the confirmation
 * that freezes the ranking, decides every entry, moves the selected on and tells each applicant —
 * each one transaction, audited with its reason.
 */
@ApplicationScoped
public class AdvancementService {

    static final int MAX_REASON = 1000;
    private static final int BATCH = 1000;

    @Inject
    RankingService ranking;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    Pipeline pipeline;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** What a confirmation did. {@code next} is null after the program's last round. */
    public record Confirmed(long snapshotId, int selected, int total, LocalizedText next) {
    }

    /**
     * Moves one entry across the cut line: in ({@code selected}) when the rule leaves it out, out when
     * the rule puts it through. Only while the round is closed, with a reason.
     */
    @Transactional
    public AdvancementOverride override(long roundId, long applicationId, boolean selected, String reason) {
        Round round = RoundService.scoring(roundId);
        requireClosed(round);
        String why = reason(reason);
        Standing.Line line = line(ranking.live(round), applicationId);
        if (selected == line.proposed()) {
            throw new DomainException(selected ? RankingFailure.ALREADY_IN : RankingFailure.ALREADY_OUT);
        }
        AdvancementOverride o = find(roundId, applicationId).orElseGet(AdvancementOverride::new);
        o.roundId = roundId;
        o.applicationId = applicationId;
        o.selected = selected;
        o.reason = why;
        o.decidedBy = actor();
        o.decidedAt = Instant.now(clock);
        o.persist();
        touch(round);
        audit.record("ADVANCEMENT_OVERRIDE", "application", applicationId, round.program.id, word(line.selected()),
                word(selected), "round " + roundId + " (" + round.name.zh + "): " + why);
        return o;
    }

    /** Gives an entry back to the rule's proposal. The reason is optional (the rule needs no excuse). */
    @Transactional
    public void removeOverride(long roundId, long applicationId, String reason) {
        Round round = RoundService.scoring(roundId);
        requireClosed(round);
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new DomainException(RankingFailure.REASON_TOO_LONG);
        }
        AdvancementOverride o = find(roundId, applicationId)
                .orElseThrow(() -> new DomainException(RankingFailure.NO_OVERRIDE));
        boolean was = o.selected;
        o.delete();
        touch(round);
        audit.record("ADVANCEMENT_OVERRIDE_REMOVED", "application", applicationId, round.program.id, word(was),
                "rule", "round " + roundId + " (" + round.name.zh + "), override was: " + o.reason
                        + (reason == null || reason.isBlank() ? "" : "; removed because: " + reason.strip()));
    }

    /**
     * Confirms the round's advancement as it stands: writes the frozen ranking, decides every entry
     * (PASSED when selected, else REJECTED), confirms the round, moves the selected into the next
     * round and queues each applicant's mail. Refused unless the round is CLOSED and
     * {@code expectedVersion} is its current version.
     */
    @Transactional
    public Confirmed confirm(long roundId, long expectedVersion) {
        Round round = RoundService.scoring(roundId);
        requireClosed(round);
        if (round.version != expectedVersion) {
            throw new DomainException(CommonFailure.STALE);
        }
        Standing standing = ranking.live(round);
        EntityManager em = Round.getEntityManager();
        Instant now = Instant.now(clock);
        String who = actor();

        // The round's version moves first: a concurrent confirmation waits on its row and then fails as
        // stale (409) before writing anything; the unique snapshot per round is the last line of defence.
        round.state = RoundState.CONFIRMED;
        em.flush();
        RankingSnapshot snapshot = new RankingSnapshot();
        snapshot.roundId = roundId;
        snapshot.aggregation = standing.aggregation();
        snapshot.tieBreaks = TieBreaks.format(standing.tieBreaks());
        snapshot.ruleText = standing.rule().text();
        snapshot.confirmedBy = who;
        snapshot.confirmedAt = now;
        snapshot.persist();
        long snapshotId = snapshot.id;
        long programId = round.program.id;
        LocalizedText roundName = round.name;
        LocalizedText programName = round.program.name;
        Optional<Round> nextRound = Pipeline.next(round);
        LocalizedText next = nextRound.map(r -> r.name).orElse(null);

        List<Long> selected = standing.lines().stream().filter(Standing.Line::selected)
                .map(Standing.Line::applicationId).toList();
        int i = 0;
        for (Standing.Line l : standing.lines()) {
            RankingLine r = new RankingLine();
            r.snapshotId = snapshotId;
            r.position = l.position();
            r.applicationId = l.applicationId();
            r.trackId = l.trackId();
            r.score = l.score();
            r.scoresCounted = l.counted();
            r.scorecards = l.scorecards();
            r.rank = l.rank();
            r.tieBrokenBy = l.tieBrokenBy();
            r.outlierJudges = RankingService.judgeIds(l.outliers());
            r.proposed = l.proposed();
            r.selected = l.selected();
            r.overrideReason = l.overrideReason();
            r.persist();
            if (++i % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();

        List<EntryState> open = List.of(EntryState.WAITING, EntryState.RETURNED);
        em.createQuery("update RoundEntry e set e.state = :passed, e.decidedBy = :who, e.decidedAt = :now,"
                + " e.version = e.version + 1 where e.round.id = :r and e.state in :open and e.application.id in"
                + " (select l.applicationId from RankingLine l where l.snapshotId = :s and l.selected = true)")
                .setParameter("passed", EntryState.PASSED).setParameter("who", who).setParameter("now", now)
                .setParameter("r", roundId).setParameter("open", open).setParameter("s", snapshotId).executeUpdate();
        em.createQuery("update RoundEntry e set e.state = :rejected, e.decidedBy = :who, e.decidedAt = :now,"
                + " e.version = e.version + 1 where e.round.id = :r and e.state in :open")
                .setParameter("rejected", EntryState.REJECTED).setParameter("who", who).setParameter("now", now)
                .setParameter("r", roundId).setParameter("open", open).executeUpdate();

        round = Round.findById(roundId);
        int moved = pipeline.moveOn(round, selected);
        notifyApplicants(snapshotId, programName, roundName, next);
        audit.record("ROUND_CONFIRMED", "round", roundId, programId, RoundState.CLOSED, RoundState.CONFIRMED,
                "snapshot " + snapshotId + ": " + selected.size() + " of " + standing.lines().size()
                        + " selected by " + snapshot.ruleText + ", "
                        + standing.lines().stream().filter(Standing.Line::overridden).count() + " override(s); "
                        + moved + " moved into " + (next == null ? "no further round" : next.zh));
        return new Confirmed(snapshotId, selected.size(), standing.lines().size(), next);
    }

    private void notifyApplicants(long snapshotId, LocalizedText program, LocalizedText round, LocalizedText next) {
        List<Object[]> rows = RankingLine.getEntityManager().createQuery("select a.id, a.applicantId, a.applicantEmail,"
                + " a.applicantLang, a.projectName, a.reference, l.selected from RankingLine l, Application a"
                + " where l.snapshotId = :s and a.id = l.applicationId order by l.position", Object[].class)
                .setParameter("s", snapshotId).getResultList();
        for (Object[] r : rows) {
            Lang to = Lang.of((String) r[3]).orElse(Lang.DEFAULT);
            boolean advanced = (Boolean) r[6];
            notifier.queue((String) r[1], (String) r[2], to.tag(), (Long) r[0],
                    AdvancementMails.subject(to, advanced, program.in(to), round.in(to)),
                    AdvancementMails.body(to, advanced, program.in(to), round.in(to),
                            next == null ? null : next.in(to), (String) r[4], (String) r[5]));
        }
    }

    /** Overrides and confirmation need the scores to stand still: CLOSED, and not yet CONFIRMED. */
    private static void requireClosed(Round round) {
        if (round.state == RoundState.CONFIRMED) {
            RankingSnapshot s = RankingSnapshot.find("roundId", round.id).firstResult();
            throw new DomainException(RankingFailure.ALREADY_CONFIRMED, s == null ? "—" : Dates.format(s.confirmedAt));
        }
        if (round.state != RoundState.CLOSED) {
            throw new DomainException(RankingFailure.NOT_CLOSED, round.state.label());
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(RankingFailure.REASON_REQUIRED);
        }
        String why = reason.strip();
        if (why.length() > MAX_REASON) {
            throw new DomainException(RankingFailure.REASON_TOO_LONG);
        }
        return why;
    }

    private static Standing.Line line(Standing standing, long applicationId) {
        return standing.lines().stream().filter(l -> l.applicationId() == applicationId).findFirst()
                .orElseThrow(() -> new DomainException(CommonFailure.NOT_FOUND));
    }

    private static Optional<AdvancementOverride> find(long roundId, long applicationId) {
        return AdvancementOverride.find("roundId = ?1 and applicationId = ?2", roundId, applicationId)
                .firstResultOptional();
    }

    /** A changed proposal makes a confirmation form showing the old one stale. */
    private static void touch(Round round) {
        Round.getEntityManager().lock(round, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private String actor() {
        String u = currentUser.getUsername();
        return u == null ? "system" : u;
    }

    private static String word(boolean selected) {
        return selected ? "selected" : "not selected";
    }
}
