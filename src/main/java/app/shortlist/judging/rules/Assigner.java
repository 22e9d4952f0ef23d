package app.shortlist.judging.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Automatic judge assignment for one scoring round (DESIGN.md §4 "Scoring rounds"). Pure Java, no framework.
 *
 * <p><b>Eligibility.</b> A judge may judge an application when the judge is active, the judge's panels are
 * empty or contain the application's track, and {@link #conflicts(Judge, Candidate)} is empty. A pair the admin
 * removed manually is never assigned automatically again (the caller stores its manual changes and passes them
 * on every run).
 *
 * <p><b>Algorithm</b> (deterministic: all inputs are sorted by id, ties broken by the lowest id).
 * <ol>
 * <li>Existing pairs are kept when still valid (application in the round, judge in the pool, active, within the
 * panels, not conflicted, not manually removed); the others go to {@code toRemove}. Valid existing pairs are
 * kept even if an application then has more than k judges (k lowered): they may already carry scores.</li>
 * <li>Manual additions are applied (rejected with a reason when ineligible) and are never moved.</li>
 * <li>Applications are topped up to k, fewest eligible judges first (then lowest id), each picking the eligible
 * judges with the lowest current load (then lowest id). An application with fewer than k eligible judges gets
 * them all and is reported as a {@link Shortfall}; no other choice can help it, since judges have no capacity
 * limit.</li>
 * <li>Balancing: while some pair added <em>in this run</em> sits on judge A and another judge B is eligible for
 * that application, not yet on it, and {@code load(A) >= load(B) + 2}, the pair moves from A to B. Each move
 * lowers the sum of squared loads, so this terminates.</li>
 * </ol>
 *
 * <p><b>Balance guarantee.</b> On return, no pair added in this run can move to another eligible judge
 * whose load is at least 2 lower ("no improving single move"). Consequently, on a first run (no existing
 * pairs, no manual additions), for any two judges A and B such that B is eligible for every application A
 * carries, {@code load(A) <= load(B) + 1}; in particular in a uniform pool (everyone eligible for everything)
 * max load − min load ≤ 1. When panels or conflicts restrict who can take what, a judge may stay idler than the
 * rest only because every application of a busier judge is one it cannot take (or already has). On re-runs,
 * existing pairs are never moved (stability over balance): only the new pairs are balanced.
 */
public final class Assigner {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Assigner() {
    }

    /** Why a judge must not judge an application. */
    public enum Conflict {
        /** The judge's own organisation is the applicant's organisation. */
        SAME_ORGANISATION,
        /** The judge's own unit is the application's recommending unit. */
        SAME_UNIT,
        /** The applicant's organisation is among the judge's declared conflicts. */
        DECLARED_ORGANISATION,
        /** The applicant's USCC (unified social credit code) is among the judge's declared conflicts. */
        DECLARED_USCC,
        /** The applicant is among the judge's declared conflicts. */
        DECLARED_APPLICANT
    }

    /** An application to be judged in this round. Null or blank fields never match anything. */
    public record Candidate(long applicationId, String track, String organisation, String uscc, String applicantId,
            String unit) {
    }

    /**
     * A judge of the round's pool. {@code panels}: tracks the judge may judge, empty = all. Null sets are read
     * as empty.
     */
    public record Judge(long judgeId, String organisation, String unit, Set<String> conflictOrganisations,
            Set<String> conflictUscc, Set<String> conflictApplicants, Set<String> panels, boolean active) {
        public Judge {
            conflictOrganisations = copy(conflictOrganisations);
            conflictUscc = copy(conflictUscc);
            conflictApplicants = copy(conflictApplicants);
            panels = copy(panels);
        }

        private static Set<String> copy(Set<String> s) {
            if (s == null) {
                return Set.of();
            }
            Set<String> out = new HashSet<>();
            for (String v : s) {
                if (v != null) {
                    out.add(v);
                }
            }
            return Collections.unmodifiableSet(out);
        }
    }

    /** One judge assigned to one application. Ordered by application id, then judge id. */
    public record Pair(long applicationId, long judgeId) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            int c = Long.compare(applicationId, o.applicationId);
            return c != 0 ? c : Long.compare(judgeId, o.judgeId);
        }
    }

    /** A manual addition or removal by an admin, with its (required) reason. */
    public record ManualChange(Pair pair, Action action, String reason) {
        public enum Action {
            ADD, REMOVE
        }

        public ManualChange {
            Objects.requireNonNull(pair, "pair");
            Objects.requireNonNull(action, "action");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a manual change needs a reason: " + pair);
            }
        }
    }

    /** An application that cannot get k judges: only {@code eligible} judges may judge it. */
    public record Shortfall(long applicationId, int required, int assigned, int eligible, String reason) {
    }

    /** A manual addition that was not applied, and why. */
    public record Rejection(ManualChange change, String reason) {
    }

    /**
     * What to change. {@code loads}: every pool judge's load after the changes, by judge id. {@code reasons}: why
     * each pair in {@code toAdd} / {@code toRemove} is there (for the audit log).
     */
    public record Result(List<Pair> toAdd, List<Pair> toRemove, List<Shortfall> shortfalls, Map<Long, Integer> loads,
            Map<Pair, String> reasons, List<Rejection> rejected) {
        public Result {
            toAdd = List.copyOf(toAdd);
            toRemove = List.copyOf(toRemove);
            shortfalls = List.copyOf(shortfalls);
            loads = Collections.unmodifiableMap(new TreeMap<>(loads));
            reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
            rejected = List.copyOf(rejected);
        }
    }

    // ---------------------------------------------------------------- conflicts and eligibility

    /** Every conflict between the judge and the application; empty when there is none. */
    public static Set<Conflict> conflicts(Judge judge, Candidate candidate) {
        return conflicts(NormJudge.of(judge), NormCand.of(candidate));
    }

    /** Whether the judge may judge the application: active, within the panels, no conflict. */
    public static boolean eligible(Judge judge, Candidate candidate) {
        return ineligibility(NormJudge.of(judge), NormCand.of(candidate)) == null;
    }

    private static Set<Conflict> conflicts(NormJudge j, NormCand c) {
        EnumSet<Conflict> out = EnumSet.noneOf(Conflict.class);
        if (c.organisation != null && c.organisation.equals(j.organisation)) {
            out.add(Conflict.SAME_ORGANISATION);
        }
        if (c.unit != null && c.unit.equals(j.unit)) {
            out.add(Conflict.SAME_UNIT);
        }
        if (c.organisation != null && j.conflictOrganisations.contains(c.organisation)) {
            out.add(Conflict.DECLARED_ORGANISATION);
        }
        if (c.uscc != null && j.conflictUscc.contains(c.uscc)) {
            out.add(Conflict.DECLARED_USCC);
        }
        if (c.applicantId != null && j.conflictApplicants.contains(c.applicantId)) {
            out.add(Conflict.DECLARED_APPLICANT);
        }
        return out;
    }

    private static boolean hasConflict(NormJudge j, NormCand c) {
        return c.organisation != null && (c.organisation.equals(j.organisation)
                || j.conflictOrganisations.contains(c.organisation))
                || c.unit != null && c.unit.equals(j.unit)
                || c.uscc != null && j.conflictUscc.contains(c.uscc)
                || c.applicantId != null && j.conflictApplicants.contains(c.applicantId);
    }

    private static boolean inPanel(NormJudge j, NormCand c) {
        return j.panels.isEmpty() || c.track != null && j.panels.contains(c.track);
    }

    /** Null when eligible, else a human-readable reason. */
    private static String ineligibility(NormJudge j, NormCand c) {
        if (!j.active) {
            return "judge inactive";
        }
        if (!inPanel(j, c)) {
            return "track " + c.rawTrack + " is outside the judge's panels";
        }
        if (hasConflict(j, c)) {
            return "conflict: " + conflicts(j, c);
        }
        return null;
    }

    /** Names compared after NFKC (full-width → half-width), trimmed, inner spaces collapsed, lower case. */
    static String normName(String s) {
        if (s == null) {
            return null;
        }
        String n = SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).strip()).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        return n.isEmpty() ? null : n;
    }

    /** Codes compared after NFKC, all whitespace removed, upper case. */
    static String normCode(String s) {
        if (s == null) {
            return null;
        }
        String n = SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("")
                .toUpperCase(Locale.ROOT);
        return n.isEmpty() ? null : n;
    }

    private record NormJudge(long id, String organisation, String unit, Set<String> conflictOrganisations,
            Set<String> conflictUscc, Set<String> conflictApplicants, Set<String> panels, boolean active) {
        static NormJudge of(Judge j) {
            return new NormJudge(j.judgeId(), normName(j.organisation()), normName(j.unit()),
                    normAll(j.conflictOrganisations(), false), normAll(j.conflictUscc(), true),
                    normAll(j.conflictApplicants(), true), normAll(j.panels(), false), j.active());
        }

        private static Set<String> normAll(Set<String> in, boolean code) {
            Set<String> out = new HashSet<>();
            for (String s : in) {
                String n = code ? normCode(s) : normName(s);
                if (n != null) {
                    out.add(n);
                }
            }
            return out;
        }
    }

    private record NormCand(long id, String track, String rawTrack, String organisation, String uscc,
            String applicantId, String unit) {
        static NormCand of(Candidate c) {
            return new NormCand(c.applicationId(), normName(c.track()), c.track(), normName(c.organisation()),
                    normCode(c.uscc()), normCode(c.applicantId()), normName(c.unit()));
        }
    }

    // ---------------------------------------------------------------- assignment

    /** {@link #assign(Collection, Collection, Collection, int, Collection)} without manual changes. */
    public static Result assign(Collection<Candidate> candidates, Collection<Judge> judges,
            Collection<Pair> existing, int k) {
        return assign(candidates, judges, existing, k, List.of());
    }

    /**
     * Computes the changes that bring the round to k judges per application.
     *
     * @param candidates every application of the round (pairs of other applications are removed)
     * @param judges the round's judge pool, active or not (pairs of other judges are removed)
     * @param existing the current assignments
     * @param k judges per application
     * @param manual the admin's manual additions and removals, all of them, on every run
     */
    public static Result assign(Collection<Candidate> candidates, Collection<Judge> judges,
            Collection<Pair> existing, int k, Collection<ManualChange> manual) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        // ---- index, sorted by id
        List<Candidate> cs = new ArrayList<>(candidates);
        cs.sort((a, b) -> Long.compare(a.applicationId(), b.applicationId()));
        List<Judge> js = new ArrayList<>(judges);
        js.sort((a, b) -> Long.compare(a.judgeId(), b.judgeId()));
        int nA = cs.size();
        int nJ = js.size();
        Map<Long, Integer> appIdx = new HashMap<>();
        Map<Long, Integer> judgeIdx = new HashMap<>();
        NormCand[] apps = new NormCand[nA];
        NormJudge[] jus = new NormJudge[nJ];
        for (int a = 0; a < nA; a++) {
            apps[a] = NormCand.of(cs.get(a));
            if (appIdx.put(apps[a].id, a) != null) {
                throw new IllegalArgumentException("duplicate application id " + apps[a].id);
            }
        }
        for (int j = 0; j < nJ; j++) {
            jus[j] = NormJudge.of(js.get(j));
            if (judgeIdx.put(jus[j].id, j) != null) {
                throw new IllegalArgumentException("duplicate judge id " + jus[j].id);
            }
        }

        // ---- manual changes
        Map<Pair, ManualChange> removedByAdmin = new TreeMap<>();
        Map<Pair, ManualChange> addedByAdmin = new TreeMap<>();
        for (ManualChange m : manual) {
            Map<Pair, ManualChange> target = m.action() == ManualChange.Action.ADD ? addedByAdmin : removedByAdmin;
            Map<Pair, ManualChange> other = m.action() == ManualChange.Action.ADD ? removedByAdmin : addedByAdmin;
            if (other.containsKey(m.pair())) {
                throw new IllegalArgumentException("pair both added and removed manually: " + m.pair());
            }
            target.put(m.pair(), m);
        }

        // ---- eligibility per application (judge indices ascending, i.e. by id)
        int[][] eligible = new int[nA][];
        int[] buf = new int[nJ];
        for (int a = 0; a < nA; a++) {
            int n = 0;
            for (int j = 0; j < nJ; j++) {
                NormJudge ju = jus[j];
                if (ju.active && inPanel(ju, apps[a]) && !hasConflict(ju, apps[a])
                        && (removedByAdmin.isEmpty()
                                || !removedByAdmin.containsKey(new Pair(apps[a].id, ju.id)))) {
                    buf[n++] = j;
                }
            }
            eligible[a] = Arrays.copyOf(buf, n);
        }

        boolean[][] on = new boolean[nA][nJ];
        boolean[][] fresh = new boolean[nA][nJ]; // added automatically in this run: may be moved
        int[] count = new int[nA];
        int[] load = new int[nJ];
        List<Pair> toRemove = new ArrayList<>();
        Map<Pair, String> removeReasons = new HashMap<>();
        List<Rejection> rejected = new ArrayList<>();

        // ---- 1. existing pairs: keep the valid ones
        for (Pair p : new TreeSet<>(existing)) {
            Integer a = appIdx.get(p.applicationId());
            Integer j = judgeIdx.get(p.judgeId());
            String why;
            if (a == null) {
                why = "application is not in this round";
            } else if (j == null) {
                why = "judge is not in the pool";
            } else if (removedByAdmin.containsKey(p)) {
                why = "removed manually: " + removedByAdmin.get(p).reason();
            } else {
                why = ineligibility(jus[j], apps[a]);
            }
            if (why == null) {
                on[a][j] = true;
                count[a]++;
                load[j]++;
            } else {
                toRemove.add(p);
                removeReasons.put(p, why);
            }
        }

        // ---- 2. manual additions: applied when eligible, never moved
        List<Pair> manualAdds = new ArrayList<>();
        for (ManualChange m : addedByAdmin.values()) {
            Integer a = appIdx.get(m.pair().applicationId());
            Integer j = judgeIdx.get(m.pair().judgeId());
            String why = a == null ? "application is not in this round"
                    : j == null ? "judge is not in the pool" : ineligibility(jus[j], apps[a]);
            if (why != null) {
                rejected.add(new Rejection(m, why));
            } else if (!on[a][j]) {
                on[a][j] = true;
                count[a]++;
                load[j]++;
                manualAdds.add(m.pair());
            }
        }

        // ---- 3. top up: fewest eligible judges first, lowest load (then id) first
        Integer[] order = new Integer[nA];
        for (int a = 0; a < nA; a++) {
            order[a] = a;
        }
        Arrays.sort(order, (x, y) -> eligible[x].length != eligible[y].length
                ? Integer.compare(eligible[x].length, eligible[y].length)
                : Integer.compare(x, y));
        List<Shortfall> shortfalls = new ArrayList<>();
        for (int a : order) {
            int need = k - count[a];
            while (need > 0) {
                int best = -1;
                for (int j : eligible[a]) {
                    if (!on[a][j] && (best < 0 || load[j] < load[best])) {
                        best = j; // ascending j: first of equal loads is the lowest id
                    }
                }
                if (best < 0) {
                    break;
                }
                on[a][best] = true;
                fresh[a][best] = true;
                count[a]++;
                load[best]++;
                need--;
            }
        }
        for (int a = 0; a < nA; a++) {
            if (count[a] < k) {
                shortfalls.add(new Shortfall(apps[a].id, k, count[a], eligible[a].length,
                        "not enough eligible judges: " + eligible[a].length + " eligible, " + k + " required"));
            }
        }

        // ---- 4. balance the pairs added in this run
        boolean moved = true;
        Integer[] byLoad = new Integer[nJ];
        while (moved) {
            moved = false;
            for (int j = 0; j < nJ; j++) {
                byLoad[j] = j;
            }
            int[] snapshot = load.clone();
            Arrays.sort(byLoad, (x, y) -> snapshot[x] != snapshot[y] ? Integer.compare(snapshot[y], snapshot[x])
                    : Integer.compare(x, y));
            for (int from : byLoad) {
                for (int a = 0; a < nA; a++) {
                    if (!fresh[a][from]) {
                        continue;
                    }
                    int best = -1;
                    for (int j : eligible[a]) {
                        if (!on[a][j] && (best < 0 || load[j] < load[best])) {
                            best = j;
                        }
                    }
                    if (best >= 0 && load[from] - load[best] >= 2) {
                        on[a][from] = false;
                        fresh[a][from] = false;
                        load[from]--;
                        on[a][best] = true;
                        fresh[a][best] = true;
                        load[best]++;
                        moved = true;
                    }
                }
            }
        }

        // ---- result
        List<Pair> toAdd = new ArrayList<>();
        for (int a = 0; a < nA; a++) {
            for (int j = 0; j < nJ; j++) {
                if (fresh[a][j]) {
                    toAdd.add(new Pair(apps[a].id, jus[j].id));
                }
            }
        }
        toAdd.addAll(manualAdds);
        Collections.sort(toAdd);
        Collections.sort(toRemove);
        Map<Pair, String> reasons = new LinkedHashMap<>();
        for (Pair p : toAdd) {
            ManualChange m = addedByAdmin.get(p);
            reasons.put(p, m != null ? "added manually: " + m.reason() : "automatic assignment, k=" + k);
        }
        for (Pair p : toRemove) {
            reasons.put(p, removeReasons.get(p));
        }
        Map<Long, Integer> loads = new TreeMap<>();
        for (int j = 0; j < nJ; j++) {
            loads.put(jus[j].id, load[j]);
        }
        return new Result(toAdd, toRemove, shortfalls, loads, reasons, rejected);
    }
}
