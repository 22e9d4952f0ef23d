package app.shortlist.judging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.notification.Notifier;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;

/**
 * A round's progress: scorecards submitted against those due (one per active assignment), per judge and per
 * application; and reminders to the judges who still owe some. Counts come from grouped queries.
 */
@ApplicationScoped
public class ProgressService {

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    public record JudgeProgress(long judgeId, String username, String name, String email, boolean active,
            long submitted, long due) {
        public long open() {
            return due - submitted;
        }
    }

    public record ApplicationProgress(long applicationId, String reference, String project, long submitted,
            long due) {
    }

    public record Progress(long submitted, long due, List<JudgeProgress> judges) {
    }

    /** Totals and every pool judge's counts (judges by name). */
    public Progress byJudge(long roundId) {
        RoundService.scoring(roundId);
        EntityManager em = Round.getEntityManager();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select x.judge.id, count(x), count(s) from Assignment x"
                + " left join Scorecard s on s.assignment = x and s.status = :sub"
                + " where x.round.id = :r and x.state = :active group by x.judge.id", Object[].class)
                .setParameter("r", roundId).setParameter("active", AssignmentState.ACTIVE)
                .setParameter("sub", ScorecardStatus.SUBMITTED).getResultList()) {
            counts.put((Long) row[0], new long[] { (Long) row[2], (Long) row[1] });
        }
        List<JudgeProgress> judges = new ArrayList<>();
        long submitted = 0;
        long due = 0;
        for (Object[] row : em.createQuery("select j.id, j.username, j.name, j.email, m.active from PoolMember m"
                + " join m.judge j where m.round.id = :r order by j.name, j.id", Object[].class)
                .setParameter("r", roundId).getResultList()) {
            long[] c = counts.getOrDefault((Long) row[0], new long[2]);
            judges.add(new JudgeProgress((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (Boolean) row[4], c[0], c[1]));
            submitted += c[0];
            due += c[1];
        }
        return new Progress(submitted, due, judges);
    }

    /** One page of applications, least complete first (then by reference). */
    public List<ApplicationProgress> byApplication(long roundId, int page, int size) {
        return Round.getEntityManager().createQuery("select a.id, a.reference, a.projectName, count(s), count(x)"
                + " from Assignment x join x.application a"
                + " left join Scorecard s on s.assignment = x and s.status = :sub"
                + " where x.round.id = :r and x.state = :active"
                + " group by a.id, a.reference, a.projectName"
                + " order by count(x) - count(s) desc, a.reference, a.id", Object[].class)
                .setParameter("r", roundId).setParameter("active", AssignmentState.ACTIVE)
                .setParameter("sub", ScorecardStatus.SUBMITTED).setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream()
                .map(row -> new ApplicationProgress((Long) row[0], (String) row[1], (String) row[2], (Long) row[3],
                        (Long) row[4]))
                .toList();
    }

    /** How many applications have active assignments (for paging). */
    public long applicationsWithAssignments(long roundId) {
        return Round.getEntityManager().createQuery("select count(distinct x.application.id) from Assignment x"
                + " where x.round.id = :r and x.state = :active", Long.class).setParameter("r", roundId)
                .setParameter("active", AssignmentState.ACTIVE).getSingleResult();
    }

    /**
     * Queues one bilingual reminder per active judge who still owes scorecards in this open round; returns how
     * many were queued. Audited as one entry.
     */
    @Transactional
    public int remind(long roundId) {
        Round r = RoundService.scoring(roundId);
        if (r.state != RoundState.OPEN) {
            throw new DomainException(RoundFailure.NO_REMINDERS, r.state.label());
        }
        int queued = 0;
        List<String> who = new ArrayList<>();
        for (JudgeProgress j : byJudge(roundId).judges()) {
            if (!j.active() || j.open() <= 0) {
                continue;
            }
            notifier.queue(j.username(), j.email(), Lang.ZH.tag(), null, subject(r), body(r, j));
            queued++;
            who.add(j.username() + " (" + j.open() + ")");
        }
        audit.record("REMINDERS_QUEUED", RoundService.ENTITY, r.id, r.program.id, null, queued + " reminders",
                String.join(", ", who));
        return queued;
    }

    private static String subject(Round r) {
        return "评审提醒：" + r.program.name.zh + " · " + r.name.zh + " / Scoring reminder: " + r.program.name.en
                + " · " + r.name.en;
    }

    private static String body(Round r, JudgeProgress j) {
        String until = r.endsAt == null ? null : Dates.format(r.endsAt);
        return """
                %s 老师，您好：

                您在「%s · %s」中还有 %d 份评分表未提交（共 %d 份）。%s请登录 Shortlist 完成评审。

                ----

                Dear %s,

                You still have %d of %d scorecards to submit in %s · %s.%s Please sign in to Shortlist to complete them.
                """.formatted(j.name(), r.program.name.zh, r.name.zh, j.open(), j.due(),
                until == null ? "" : "截止时间：" + until + "（北京时间）。", j.name(), j.open(), j.due(),
                r.program.name.en, r.name.en, until == null ? "" : " The round closes on " + until
                        + " (China Standard Time).");
    }
}
