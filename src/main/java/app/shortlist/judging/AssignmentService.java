package app.shortlist.judging;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

import app.shortlist.account.CurrentUser;
import app.shortlist.application.Application;
import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.judging.rules.Assigner;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/**
 * 评审分配: the automatic run (through the pure {@link Assigner}), the admin's manual additions and removals, and a
 * judge's recusal. Each is one audited transaction. A run never removes an assignment whose scorecard was
 * submitted.
 */
@ApplicationScoped
public class AssignmentService {

    public static final String ENTITY = "assignment";
    private static final int CHUNK = 500;
    private static final int ROWS_PER_INSERT = 250;
    private static final String INSERT = "INSERT INTO assignment (id, round_id, entry_id, application_id, judge_id,"
            + " state, manual, created_at, version) VALUES ";

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage language;

    @Inject
    CurrentUser currentUser;

    @Inject
    JudgeService judges;

    /** What a run did. {@code keptSubmitted}: pairs the assigner would have removed, kept for their scorecard. */
    public record RunResult(int added, int removed, int keptSubmitted, List<Assigner.Shortfall> shortfalls,
            List<Assigner.Rejection> rejected, Map<Long, Integer> loads) {
    }

    @Transactional
    public RunResult run(long roundId) {
        Round r = assignableRound(roundId);
        EntityManager em = Round.getEntityManager();
        AssignmentInputs in = AssignmentInputs.load(em, r.id);
        Assigner.Result result = Assigner.assign(in.candidates.values(), in.judges.values(), in.existing(),
                r.judgesPerEntry, in.manualChanges());

        // Keep what carries a submitted scorecard; its application then needs one fresh pair fewer.
        List<Assigner.Pair> toAdd = new ArrayList<>(result.toAdd());
        Map<Long, Integer> loads = new HashMap<>(result.loads());
        List<Long> removeIds = new ArrayList<>();
        List<String> removedLines = new ArrayList<>();
        int kept = 0;
        for (Assigner.Pair p : result.toRemove()) {
            AssignmentInputs.Current c = in.assignments.get(p);
            if (in.submitted.contains(c.id())) {
                kept++;
                loads.merge(p.judgeId(), 1, Integer::sum);
                toAdd.stream().filter(a -> a.applicationId() == p.applicationId() && !isManualAdd(in, a))
                        .max(Comparator.comparingInt((Assigner.Pair a) -> loads.getOrDefault(a.judgeId(), 0))
                                .thenComparingLong(Assigner.Pair::judgeId))
                        .ifPresent(a -> {
                            toAdd.remove(a);
                            loads.merge(a.judgeId(), -1, Integer::sum);
                        });
            } else {
                removeIds.add(c.id());
                removedLines.add(p.applicationId() + "×" + p.judgeId() + " (" + result.reasons().get(p) + ")");
            }
        }
        delete(em, removeIds);
        insert(em, r.id, in, toAdd, Instant.now(clock));
        String detail = "k=" + r.judgesPerEntry + ", added " + toAdd.size() + ", removed " + removeIds.size()
                + ", kept with submitted scorecards " + kept + ", shortfalls " + result.shortfalls().size()
                + ", manual additions refused " + result.rejected().size()
                + (removedLines.isEmpty() ? "" : "; removed: " + String.join("; ", removedLines));
        audit.record("ASSIGNMENTS_RUN", RoundService.ENTITY, r.id, r.program.id, null, null, detail);
        return new RunResult(toAdd.size(), removeIds.size(), kept, result.shortfalls(), result.rejected(), loads);
    }

    /** Assigns a judge by hand, with the reason; refused for a conflicted or otherwise ineligible pair. */
    @Transactional
    public Assignment addManual(long roundId, long applicationId, long judgeId, String reason) {
        Round r = assignableRound(roundId);
        String why = requireReason(reason);
        EntityManager em = Round.getEntityManager();
        AssignmentInputs in = AssignmentInputs.load(em, r.id);
        Lang lang = language.get();
        Assigner.Candidate c = in.candidates.get(applicationId);
        Assigner.Judge j = in.judges.get(judgeId);
        Judge judge = Judge.findById(judgeId);
        if (c == null || judge == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        if (j == null) {
            throw new DomainException(RoundFailure.NOT_ELIGIBLE, JudgingText.NOT_IN_POOL.text());
        }
        Set<Assigner.Conflict> conflicts = Assigner.conflicts(j, c);
        if (!conflicts.isEmpty()) {
            throw new DomainException(RoundFailure.CONFLICTED, judge.name,
                    conflicts.stream().map(JudgingText::of).map(t -> t.in(lang))
                            .collect(Collectors.joining(lang == Lang.EN ? ", " : "、")));
        }
        if (!j.active()) {
            throw new DomainException(RoundFailure.NOT_ELIGIBLE, JudgingText.DROPPED_OUT.text());
        }
        if (!j.panels().isEmpty() && (c.track() == null || !j.panels().contains(c.track()))) {
            throw new DomainException(RoundFailure.NOT_ELIGIBLE, JudgingText.OUTSIDE_PANEL.text());
        }
        AssignmentInputs.Current current = in.assignments.get(new Assigner.Pair(applicationId, judgeId));
        if (current != null && current.state() == AssignmentState.RECUSED) {
            throw new DomainException(RoundFailure.NOT_ELIGIBLE, JudgingText.RECUSED.text());
        }
        if (current != null) {
            throw new DomainException(RoundFailure.ALREADY_ASSIGNED, judge.name);
        }
        record(r, applicationId, judgeId, Assigner.ManualChange.Action.ADD, why);
        Assignment a = new Assignment();
        a.round = r;
        a.entry = em.getReference(RoundEntry.class, in.entryOf.get(applicationId));
        a.application = em.getReference(Application.class, applicationId);
        a.judge = judge;
        a.state = AssignmentState.ACTIVE;
        a.manual = true;
        a.createdAt = Instant.now(clock);
        a.persist();
        em.flush();
        audit.record("ASSIGNMENT_ADDED", ENTITY, a.id, r.program.id, null, applicationId + "×" + judge.username, why);
        return a;
    }

    /** Removes a judge from an application by hand, with the reason; later runs never put them back. */
    @Transactional
    public void removeManual(long roundId, long applicationId, long judgeId, String reason) {
        Round r = assignableRound(roundId);
        String why = requireReason(reason);
        Assignment a = Assignment.find("round.id = ?1 and application.id = ?2 and judge.id = ?3 and state = ?4",
                r.id, applicationId, judgeId, AssignmentState.ACTIVE).firstResult();
        if (a == null) {
            throw new DomainException(RoundFailure.NOT_ASSIGNED);
        }
        if (Scorecard.count("assignment.id = ?1 and status = ?2", a.id, ScorecardStatus.SUBMITTED) > 0) {
            throw new DomainException(RoundFailure.HAS_SCORECARD);
        }
        record(r, applicationId, judgeId, Assigner.ManualChange.Action.REMOVE, why);
        audit.record("ASSIGNMENT_REMOVED", ENTITY, a.id, r.program.id, applicationId + "×" + a.judge.username, null,
                why);
        delete(Round.getEntityManager(), List.of(a.id));
    }

    /**
     * 回避: the assigned judge withdraws from one assignment, with the reason. Someone else's assignment (or one
     * that does not exist) is not found. The next run gives the application another judge.
     */
    @Transactional
    public Assignment recuse(long assignmentId, String reason) {
        Judge me = judges.me();
        Assignment a = Assignment.findById(assignmentId);
        if (me == null || a == null || !a.judge.id.equals(me.id)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        String why = requireReason(reason);
        if (a.state == AssignmentState.RECUSED) {
            throw new DomainException(RoundFailure.ALREADY_RECUSED);
        }
        if (a.round.state == RoundState.CONFIRMED) {
            throw new DomainException(RoundFailure.CONFIRMED);
        }
        Scorecard card = Scorecard.find("assignment.id", a.id).firstResult();
        if (card != null && card.status == ScorecardStatus.SUBMITTED) {
            throw new DomainException(RoundFailure.SUBMITTED);
        }
        if (card != null) {
            card.delete(); // a draft of a recused assignment never counts
        }
        a.state = AssignmentState.RECUSED;
        a.recusalReason = why;
        Round.getEntityManager().flush();
        audit.record("ASSIGNMENT_RECUSED", ENTITY, a.id, a.round.program.id, AssignmentState.ACTIVE,
                AssignmentState.RECUSED, why);
        return a;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The round, locked for the rest of the transaction: runs and manual changes of one round take turns, so two
     * admins running at once never insert the same pair twice.
     */
    private Round assignableRound(long roundId) {
        Round r = RoundService.scoring(roundId);
        if (r.state == RoundState.CLOSED || r.state == RoundState.CONFIRMED) {
            throw new DomainException(RoundFailure.ASSIGN_CLOSED, r.state.label());
        }
        Round.getEntityManager().lock(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    private String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(RoundFailure.REASON_REQUIRED,
                    Map.of("reason", RoundFailure.REASON_REQUIRED.message(language.get())));
        }
        return RoundService.clip(reason.strip(), 1000);
    }

    private void record(Round r, long applicationId, long judgeId, Assigner.ManualChange.Action action,
            String reason) {
        AssignmentChange c = new AssignmentChange();
        c.roundId = r.id;
        c.applicationId = applicationId;
        c.judgeId = judgeId;
        c.action = action;
        c.reason = reason;
        c.changedBy = currentUser.getUsername() == null ? "system" : currentUser.getUsername();
        c.changedAt = Instant.now(clock);
        c.persist();
    }

    private static boolean isManualAdd(AssignmentInputs in, Assigner.Pair p) {
        AssignmentChange c = in.manual.get(p);
        return c != null && c.action == Assigner.ManualChange.Action.ADD;
    }

    /**
     * Inserts the new pairs on the transaction's connection, many rows per statement (a full round is thousands
     * of rows; one statement per row is what makes a run slow). Ids come from Hibernate's own generator for
     * Assignment, so they share its sequence arithmetic with every other insert.
     */
    private static void insert(EntityManager em, long roundId, AssignmentInputs in, List<Assigner.Pair> pairs,
            Instant now) {
        if (pairs.isEmpty()) {
            return;
        }
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(Assignment.class).getGenerator();
        em.flush();
        OffsetDateTime created = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        session.doWork(connection -> {
            for (int from = 0; from < pairs.size(); from += ROWS_PER_INSERT) {
                List<Assigner.Pair> chunk = pairs.subList(from, Math.min(pairs.size(), from + ROWS_PER_INSERT));
                StringBuilder sql = new StringBuilder(INSERT);
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, 0)");
                }
                try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                    int k = 0;
                    for (Assigner.Pair p : chunk) {
                        ps.setLong(++k, ((Number) ids.generate(session, null, null, EventType.INSERT)).longValue());
                        ps.setLong(++k, roundId);
                        ps.setLong(++k, in.entryOf.get(p.applicationId()));
                        ps.setLong(++k, p.applicationId());
                        ps.setLong(++k, p.judgeId());
                        ps.setString(++k, AssignmentState.ACTIVE.name());
                        ps.setBoolean(++k, isManualAdd(in, p));
                        ps.setObject(++k, created);
                    }
                    ps.executeUpdate();
                }
            }
        });
    }

    /** Removes assignments (and their draft scorecards) in bulk statements. */
    private static void delete(EntityManager em, List<Long> ids) {
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            em.createQuery("delete from Scorecard s where s.assignment.id in :ids").setParameter("ids", chunk)
                    .executeUpdate();
            em.createQuery("delete from Assignment a where a.id in :ids").setParameter("ids", chunk).executeUpdate();
        }
    }
}
