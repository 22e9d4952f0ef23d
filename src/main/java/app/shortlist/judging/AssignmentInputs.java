package app.shortlist.judging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import app.shortlist.judging.rules.Assigner;
import app.shortlist.pipeline.EntryState;

/**
 * What the assigner needs of a round, read in a handful of bulk queries (no query per application or judge):
 * the waiting entries as candidates, the pool with each judge's declared conflicts, the assignments and the
 * scorecards already submitted, and the admin's manual changes (the latest per pair).
 */
final class AssignmentInputs {

    /** An assignment row as it stands. */
    record Current(long id, long applicationId, long judgeId, AssignmentState state) {
    }

    final Map<Long, Assigner.Candidate> candidates = new LinkedHashMap<>();
    /** Application id → its entry in the round. */
    final Map<Long, Long> entryOf = new HashMap<>();
    final Map<Long, Assigner.Judge> judges = new LinkedHashMap<>();
    final Map<Assigner.Pair, Current> assignments = new HashMap<>();
    /** Assignment ids with a submitted scorecard: never removed by a run. */
    final Set<Long> submitted = new HashSet<>();
    /** The latest manual change per pair. */
    final Map<Assigner.Pair, AssignmentChange> manual = new LinkedHashMap<>();

    static AssignmentInputs load(EntityManager em, long roundId) {
        AssignmentInputs in = new AssignmentInputs();
        for (Object[] row : em.createQuery("select e.id, a.id, t.id, a.organisation, a.uscc, a.applicantName, u.name.zh"
                + " from RoundEntry e join e.application a left join a.track t left join a.unit u"
                + " where e.round.id = :r and e.state = :s order by a.id", Object[].class)
                .setParameter("r", roundId).setParameter("s", EntryState.WAITING).getResultList()) {
            long appId = (Long) row[1];
            in.entryOf.put(appId, (Long) row[0]);
            in.candidates.put(appId, new Assigner.Candidate(appId, row[2] == null ? null : row[2].toString(),
                    (String) row[3], (String) row[4], (String) row[5], (String) row[6]));
        }
        Map<Long, Set<String>> orgs = new HashMap<>();
        Map<Long, Set<String>> usccs = new HashMap<>();
        Map<Long, Set<String>> applicants = new HashMap<>();
        for (Object[] row : em.createQuery("select c.judge.id, c.kind, c.value from JudgeConflict c where c.judge.id in"
                + " (select m.judge.id from PoolMember m where m.round.id = :r)", Object[].class)
                .setParameter("r", roundId).getResultList()) {
            Map<Long, Set<String>> target = switch ((ConflictKind) row[1]) {
                case ORGANISATION -> orgs;
                case USCC -> usccs;
                case APPLICANT -> applicants;
            };
            target.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((String) row[2]);
        }
        for (Object[] row : em.createQuery("select j.id, j.organisation, j.unitName, m.panels, m.active"
                + " from PoolMember m join m.judge j where m.round.id = :r order by j.id", Object[].class)
                .setParameter("r", roundId).getResultList()) {
            long id = (Long) row[0];
            Set<String> panels = new HashSet<>();
            JudgeService.panelIds((String) row[3]).forEach(t -> panels.add(t.toString()));
            in.judges.put(id, new Assigner.Judge(id, (String) row[1], (String) row[2], orgs.get(id), usccs.get(id),
                    applicants.get(id), panels, (Boolean) row[4]));
        }
        for (Object[] row : em.createQuery("select x.id, x.application.id, x.judge.id, x.state from Assignment x"
                + " where x.round.id = :r", Object[].class).setParameter("r", roundId).getResultList()) {
            Current c = new Current((Long) row[0], (Long) row[1], (Long) row[2], (AssignmentState) row[3]);
            in.assignments.put(new Assigner.Pair(c.applicationId(), c.judgeId()), c);
        }
        in.submitted.addAll(em.createQuery("select s.assignment.id from Scorecard s where s.roundId = :r"
                + " and s.status = :s", Long.class).setParameter("r", roundId)
                .setParameter("s", ScorecardStatus.SUBMITTED).getResultList());
        for (AssignmentChange c : em.createQuery("from AssignmentChange c where c.roundId = :r"
                + " order by c.changedAt, c.id", AssignmentChange.class).setParameter("r", roundId).getResultList()) {
            in.manual.put(new Assigner.Pair(c.applicationId, c.judgeId), c);
        }
        return in;
    }

    /** The active pairs, as the assigner's existing assignments. */
    List<Assigner.Pair> existing() {
        List<Assigner.Pair> out = new ArrayList<>();
        assignments.forEach((p, c) -> {
            if (c.state() == AssignmentState.ACTIVE) {
                out.add(p);
            }
        });
        return out;
    }

    /**
     * The manual changes to replay: the latest per pair, plus a removal for every recusal (a judge who recused
     * is never assigned to that application again; a manual addition of that pair made before is dropped).
     */
    List<Assigner.ManualChange> manualChanges() {
        Map<Assigner.Pair, Assigner.ManualChange> out = new LinkedHashMap<>();
        manual.forEach((p, c) -> out.put(p, new Assigner.ManualChange(p, c.action, c.reason)));
        assignments.forEach((p, c) -> {
            if (c.state() == AssignmentState.RECUSED) {
                out.put(p, new Assigner.ManualChange(p, Assigner.ManualChange.Action.REMOVE, "recused"));
            }
        });
        return new ArrayList<>(out.values());
    }
}
