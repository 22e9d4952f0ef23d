package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import app.shortlist.i18n.LocalizedText;
import app.shortlist.judging.rules.Aggregation;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.program.RoundState;
import app.shortlist.program.RuleKind;

/** What the round pages and the API show of a scoring round, its rubric and its assignments. */
public final class RoundViews {

    private RoundViews() {
    }

    /** One criterion; {@code percent} is its weight's share of the rubric, e.g. "40%". */
    public record CriterionView(String key, LocalizedText name, LocalizedText guidance, BigDecimal min,
            BigDecimal max, BigDecimal step, BigDecimal weight, String percent) {
    }

    public record Counts(long entriesWaiting, long poolActive, long poolTotal, long assignments, long recused,
            long scorecardsSubmitted) {
    }

    /** A round with its settings, rubric and counts. {@code version}: send it back to change the round. */
    public record RoundView(long id, long programId, int position, LocalizedText name, RoundKind kind,
            RoundState state, Instant startsAt, Instant endsAt, Instant closedAt, String closedReason,
            int judgesPerEntry, boolean blind, boolean live, Aggregation aggregation, String tieBreaks,
            RuleKind ruleKind, Integer ruleN, BigDecimal ruleThreshold, boolean rulePerTrack, long version,
            List<CriterionView> rubric, boolean rubricLocked, Counts counts) {
    }

    /** A round in its program's list. */
    public record RoundSummary(long id, int position, LocalizedText name, RoundKind kind, RoundState state,
            Instant startsAt, Instant endsAt, int judgesPerEntry) {
    }

    public static RoundSummary summary(Round r) {
        return new RoundSummary(r.id, r.position, r.name, r.kind, r.state, r.startsAt, r.endsAt, r.judgesPerEntry);
    }

    public static RoundView of(Round r) {
        List<Criterion> cs = Criterion.ofRound(r.id);
        BigDecimal sum = cs.stream().map(c -> c.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CriterionView> rubric = cs.stream().map(c -> new CriterionView(c.key, c.name, c.guidance, c.min, c.max,
                c.step, c.weight, RoundRules.percent(c.weight, sum))).toList();
        long submitted = Scorecard.count("roundId = ?1 and status = ?2", r.id, ScorecardStatus.SUBMITTED);
        Counts counts = new Counts(RoundEntry.count("round.id = ?1 and state = ?2", r.id, EntryState.WAITING),
                PoolMember.count("round.id = ?1 and active = true", r.id), PoolMember.count("round.id", r.id),
                Assignment.count("round.id = ?1 and state = ?2", r.id, AssignmentState.ACTIVE),
                Assignment.count("round.id = ?1 and state = ?2", r.id, AssignmentState.RECUSED), submitted);
        return new RoundView(r.id, r.program.id, r.position, r.name, r.kind, r.state, r.startsAt, r.endsAt,
                r.closedAt, r.closedReason, r.judgesPerEntry, r.blind, r.live, r.aggregation, r.tieBreaks,
                r.ruleKind, r.ruleN, r.ruleThreshold, r.rulePerTrack, r.version, rubric,
                RoundService.scorecards(r.id) > 0, counts);
    }

    // ---------------------------------------------------------------- assignments

    public record AssignmentRow(long id, long applicationId, String reference, String project, long judgeId,
            String judgeUsername, String judgeName, AssignmentState state, boolean manual, String recusalReason,
            ScorecardStatus scorecard) {
    }

    public record JudgeLoad(long judgeId, String username, String name, boolean active, long load) {
    }

    /** A page of a round's assignments (by application reference, then judge name) and every judge's load. */
    public record AssignmentPage(long total, int page, int size, List<AssignmentRow> items, List<JudgeLoad> loads,
            List<Shortfall> shortfalls) {
    }

    /** An application with fewer active judges than k. */
    public record Shortfall(long applicationId, String reference, String project, long assigned, int required) {
    }

    public static AssignmentPage assignments(Round r, Long judgeId, int page, int size) {
        EntityManager em = Round.getEntityManager();
        String where = " where x.round.id = :r" + (judgeId == null ? "" : " and x.judge.id = :j");
        var count = em.createQuery("select count(x) from Assignment x" + where, Long.class).setParameter("r", r.id);
        var rows = em.createQuery("select x.id, a.id, a.reference, a.projectName, j.id, j.username, j.name, x.state,"
                + " x.manual, x.recusalReason, s.status from Assignment x join x.application a join x.judge j"
                + " left join Scorecard s on s.assignment = x" + where
                + " order by a.reference, a.id, j.name, j.id", Object[].class).setParameter("r", r.id);
        if (judgeId != null) {
            count.setParameter("j", judgeId);
            rows.setParameter("j", judgeId);
        }
        List<AssignmentRow> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(x -> new AssignmentRow((Long) x[0], (Long) x[1], (String) x[2], (String) x[3], (Long) x[4],
                        (String) x[5], (String) x[6], (AssignmentState) x[7], (Boolean) x[8], (String) x[9],
                        (ScorecardStatus) x[10]))
                .toList();
        return new AssignmentPage(count.getSingleResult(), page, size, items, loads(r), shortfalls(r));
    }

    /** Every pool judge's number of active assignments. */
    public static List<JudgeLoad> loads(Round r) {
        EntityManager em = Round.getEntityManager();
        Map<Long, Long> load = new HashMap<>();
        for (Object[] row : em.createQuery("select x.judge.id, count(x) from Assignment x where x.round.id = :r"
                + " and x.state = :s group by x.judge.id", Object[].class).setParameter("r", r.id)
                .setParameter("s", AssignmentState.ACTIVE).getResultList()) {
            load.put((Long) row[0], (Long) row[1]);
        }
        List<JudgeLoad> out = new ArrayList<>();
        for (Object[] row : em.createQuery("select j.id, j.username, j.name, m.active from PoolMember m join m.judge j"
                + " where m.round.id = :r order by j.name, j.id", Object[].class).setParameter("r", r.id)
                .getResultList()) {
            out.add(new JudgeLoad((Long) row[0], (String) row[1], (String) row[2], (Boolean) row[3],
                    load.getOrDefault((Long) row[0], 0L)));
        }
        return out;
    }

    /** Waiting entries with fewer than k active assignments (at most 200, fewest first). */
    public static List<Shortfall> shortfalls(Round r) {
        return Round.getEntityManager().createQuery("select a.id, a.reference, a.projectName, count(x)"
                + " from RoundEntry e join e.application a"
                + " left join Assignment x on x.entry = e and x.state = :active"
                + " where e.round.id = :r and e.state = :waiting group by a.id, a.reference, a.projectName"
                + " having count(x) < :k order by count(x), a.reference, a.id", Object[].class)
                .setParameter("r", r.id).setParameter("active", AssignmentState.ACTIVE)
                .setParameter("waiting", EntryState.WAITING).setParameter("k", (long) r.judgesPerEntry)
                .setMaxResults(200).getResultList().stream()
                .map(x -> new Shortfall((Long) x[0], (String) x[1], (String) x[2], (Long) x[3], r.judgesPerEntry))
                .toList();
    }
}
