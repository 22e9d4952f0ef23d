package app.shortlist.judging.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import app.shortlist.judging.rules.Assigner.Candidate;
import app.shortlist.judging.rules.Assigner.Conflict;
import app.shortlist.judging.rules.Assigner.Judge;
import app.shortlist.judging.rules.Assigner.ManualChange;
import app.shortlist.judging.rules.Assigner.Pair;
import app.shortlist.judging.rules.Assigner.Result;
import app.shortlist.judging.rules.Assigner.Shortfall;

/** Plain JUnit: automatic judge assignment. */
class AssignerTest {

    // ---------------------------------------------------------------- fixtures

    private static Candidate app(long id, String track, String org, String unit) {
        return new Candidate(id, track, org, "USCC" + id, "applicant-" + id, unit);
    }

    private static Judge judge(long id, String org, String unit) {
        return new Judge(id, org, unit, Set.of(), Set.of(), Set.of(), Set.of(), true);
    }

    private static Judge panelJudge(long id, String... tracks) {
        return new Judge(id, "judge-org-" + id, "judge-unit-" + id, Set.of(), Set.of(), Set.of(), Set.of(tracks),
                true);
    }

    private static Judge inactive(Judge j) {
        return new Judge(j.judgeId(), j.organisation(), j.unit(), j.conflictOrganisations(), j.conflictUscc(),
                j.conflictApplicants(), j.panels(), false);
    }

    private static List<Candidate> apps(int n, String track) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(app(i, track, "applicant-org-" + i, "unit-" + (i % 7)));
        }
        return out;
    }

    private static List<Judge> uniformPool(int n) {
        List<Judge> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(judge(1000 + i, "judge-org-" + i, "judge-unit-" + i));
        }
        return out;
    }

    /** Existing pairs minus removals plus additions. */
    private static Set<Pair> after(Collection<Pair> existing, Result r) {
        Set<Pair> out = new TreeSet<>(existing);
        out.removeAll(r.toRemove());
        out.addAll(r.toAdd());
        return out;
    }

    private static Map<Long, Integer> perApp(Set<Pair> pairs) {
        Map<Long, Integer> out = new HashMap<>();
        for (Pair p : pairs) {
            out.merge(p.applicationId(), 1, Integer::sum);
        }
        return out;
    }

    private static int spread(Map<Long, Integer> loads) {
        return Collections.max(loads.values()) - Collections.min(loads.values());
    }

    /** Every assigned pair is eligible and the reported loads match the final assignment. */
    private static void assertValid(List<Candidate> apps, List<Judge> judges, Set<Pair> pairs, Result r) {
        Map<Long, Candidate> a = new HashMap<>();
        apps.forEach(c -> a.put(c.applicationId(), c));
        Map<Long, Judge> j = new HashMap<>();
        judges.forEach(x -> j.put(x.judgeId(), x));
        Map<Long, Integer> loads = new HashMap<>();
        judges.forEach(x -> loads.put(x.judgeId(), 0));
        for (Pair p : pairs) {
            Candidate c = a.get(p.applicationId());
            Judge x = j.get(p.judgeId());
            assertTrue(c != null && x != null, "pair refers to the round: " + p);
            assertEquals(Set.of(), Assigner.conflicts(x, c), "no conflicted pair: " + p);
            assertTrue(Assigner.eligible(x, c), "eligible: " + p);
            loads.merge(p.judgeId(), 1, Integer::sum);
        }
        assertEquals(loads, r.loads());
    }

    /** The documented guarantee: no pair added in this run can move to an eligible judge with load 2 lower. */
    private static void assertNoImprovingMove(List<Candidate> apps, List<Judge> judges, Set<Pair> pairs, Result r) {
        Map<Long, Candidate> a = new HashMap<>();
        apps.forEach(c -> a.put(c.applicationId(), c));
        for (Pair p : r.toAdd()) {
            int from = r.loads().get(p.judgeId());
            for (Judge other : judges) {
                if (from - r.loads().get(other.judgeId()) >= 2
                        && !pairs.contains(new Pair(p.applicationId(), other.judgeId()))) {
                    assertFalse(Assigner.eligible(other, a.get(p.applicationId())),
                            "improving move left: " + p + " -> judge " + other.judgeId() + " loads " + r.loads());
                }
            }
        }
    }

    // ---------------------------------------------------------------- conflicts

    @Test
    void conflictsReportEveryReason() {
        Candidate c = new Candidate(1, "t", "Acme Ltd", "91430100MA4L0XXXX1", "u-42", "Changsha Bureau");
        Judge clean = judge(1, "Other Org", "Other Unit");
        assertEquals(Set.of(), Assigner.conflicts(clean, c));
        assertTrue(Assigner.eligible(clean, c));

        assertEquals(EnumSet.of(Conflict.SAME_ORGANISATION), Assigner.conflicts(judge(2, "Acme Ltd", "x"), c));
        assertEquals(EnumSet.of(Conflict.SAME_UNIT), Assigner.conflicts(judge(3, "x", "Changsha Bureau"), c));
        assertEquals(EnumSet.of(Conflict.DECLARED_ORGANISATION), Assigner.conflicts(
                new Judge(4, "x", "y", Set.of("Acme Ltd"), Set.of(), Set.of(), Set.of(), true), c));
        assertEquals(EnumSet.of(Conflict.DECLARED_USCC), Assigner.conflicts(
                new Judge(5, "x", "y", Set.of(), Set.of("91430100MA4L0XXXX1"), Set.of(), Set.of(), true), c));
        assertEquals(EnumSet.of(Conflict.DECLARED_APPLICANT), Assigner.conflicts(
                new Judge(6, "x", "y", Set.of(), Set.of(), Set.of("u-42"), Set.of(), true), c));
        assertEquals(EnumSet.allOf(Conflict.class), Assigner.conflicts(new Judge(7, "Acme Ltd", "Changsha Bureau",
                Set.of("Acme Ltd"), Set.of("91430100MA4L0XXXX1"), Set.of("u-42"), Set.of(), true), c));
    }

    @Test
    void conflictMatchingIgnoresWidthCaseAndSpacingButNotMissingValues() {
        Candidate c = new Candidate(1, "t", "湖南大学（长沙）", "91430100ma4l0xxxx1", "u-42", null);
        assertEquals(EnumSet.of(Conflict.SAME_ORGANISATION), Assigner.conflicts(judge(1, " 湖南大学(长沙) ", null), c));
        assertEquals(EnumSet.of(Conflict.DECLARED_USCC), Assigner.conflicts(
                new Judge(2, null, null, null, Set.of("９１４３０１００MA4L0XXXX1"), null, null, true), c));
        // null / blank never match each other
        Candidate anonymous = new Candidate(2, "t", null, " ", null, null);
        assertEquals(Set.of(), Assigner.conflicts(judge(3, null, " "), anonymous));
    }

    @Test
    void noConflictedPairIsEverAssigned() {
        // 40 applications over 6 organisations and 5 units; 12 judges, each conflicted in several ways
        List<Candidate> apps = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            apps.add(new Candidate(i, "t", "org-" + (i % 6), "USCC-" + i, "applicant-" + i, "unit-" + (i % 5)));
        }
        List<Judge> judges = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            judges.add(new Judge(100 + i, "org-" + (i % 6), "unit-" + (i % 5),
                    i % 2 == 0 ? Set.of("org-" + ((i + 1) % 6)) : Set.of(),
                    Set.of("USCC-" + (i + 1), "USCC-" + (i + 5)), Set.of("applicant-" + (i + 9)), Set.of(), true));
        }
        Result r = Assigner.assign(apps, judges, List.of(), 3);
        Set<Pair> pairs = after(List.of(), r);
        assertValid(apps, judges, pairs, r);
        assertEquals(List.of(), r.shortfalls());
        perApp(pairs).values().forEach(n -> assertEquals(3, n));
        assertEquals(40, perApp(pairs).size());
        assertNoImprovingMove(apps, judges, pairs, r);
    }

    // ---------------------------------------------------------------- k and balance

    @Test
    void exactlyKPerApplicationAndLoadsWithinOneForAUniformPool() {
        List<Candidate> apps = apps(101, "t");
        List<Judge> judges = uniformPool(13);
        Result r = Assigner.assign(apps, judges, List.of(), 4);
        Set<Pair> pairs = after(List.of(), r);
        assertEquals(404, r.toAdd().size());
        assertEquals(List.of(), r.toRemove());
        assertEquals(List.of(), r.shortfalls());
        Map<Long, Integer> perApp = perApp(pairs);
        assertEquals(101, perApp.size());
        perApp.values().forEach(n -> assertEquals(4, n));
        assertValid(apps, judges, pairs, r);
        assertTrue(spread(r.loads()) <= 1, r.loads().toString());
        // 404 / 13 = 31.08: loads are 31 or 32
        r.loads().values().forEach(l -> assertTrue(l == 31 || l == 32, r.loads().toString()));
    }

    @Test
    void panelsAreRespectedAndBalanceIsBestPossibleWhenPanelsForbidPerfectBalance() {
        // Track A: 10 applications, two panel judges; 4 general judges (empty panels) may judge everything.
        // Track B: 100 applications only the general judges may judge. k = 2.
        List<Candidate> apps = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            apps.add(app(i, "A", "oa-" + i, "ua"));
        }
        for (int i = 11; i <= 110; i++) {
            apps.add(app(i, "B", "ob-" + i, "ub"));
        }
        List<Judge> judges = new ArrayList<>(List.of(panelJudge(1, "A"), panelJudge(2, "A")));
        for (int i = 3; i <= 6; i++) {
            judges.add(judge(i, "jo-" + i, "ju-" + i));
        }
        Result r = Assigner.assign(apps, judges, List.of(), 2);
        Set<Pair> pairs = after(List.of(), r);
        assertValid(apps, judges, pairs, r);
        for (Pair p : pairs) {
            if (p.judgeId() <= 2) {
                assertTrue(p.applicationId() <= 10, "panel judge only on track A: " + p);
            }
        }
        perApp(pairs).values().forEach(n -> assertEquals(2, n));
        // Perfect balance (220 / 6) is impossible: the panel judges can take at most the 20 track-A pairs.
        // Best possible, and what the guarantee yields: panel judges take all of A, the rest is even.
        assertEquals(Map.of(1L, 10, 2L, 10, 3L, 50, 4L, 50, 5L, 50, 6L, 50), r.loads());
        assertNoImprovingMove(apps, judges, pairs, r);
    }

    @Test
    void balanceGuaranteeHoldsWhenConflictsForbidPerfectBalance() {
        // Judge 1 is conflicted (same unit) with 90 of the 100 applications: it can reach at most 10.
        List<Candidate> apps = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            apps.add(app(i, "t", "o-" + i, i <= 90 ? "busy-unit" : "u-" + i));
        }
        List<Judge> judges = new ArrayList<>(List.of(judge(1, "j-1", "busy-unit")));
        for (int i = 2; i <= 5; i++) {
            judges.add(judge(i, "j-" + i, "ju-" + i));
        }
        Result r = Assigner.assign(apps, judges, List.of(), 2);
        Set<Pair> pairs = after(List.of(), r);
        assertValid(apps, judges, pairs, r);
        assertEquals(10, r.loads().get(1L), "the restricted judge gets everything it may take");
        for (long j = 2; j <= 5; j++) {
            int l = r.loads().get(j);
            assertTrue(l == 47 || l == 48, r.loads().toString()); // 190 / 4 = 47.5
        }
        assertNoImprovingMove(apps, judges, pairs, r);
    }

    @Test
    void shortfallIsReportedWhenTooFewEligibleJudges() {
        // Application 1 is in "same unit" conflict with 3 of the 4 judges; k = 2.
        List<Candidate> apps = List.of(app(1, "t", "o1", "hot"), app(2, "t", "o2", "cold"));
        List<Judge> judges = List.of(judge(1, "a", "hot"), judge(2, "b", "hot"), judge(3, "c", "hot"),
                judge(4, "d", "elsewhere"));
        Result r = Assigner.assign(apps, judges, List.of(), 2);
        assertEquals(1, r.shortfalls().size());
        Shortfall s = r.shortfalls().get(0);
        assertEquals(1L, s.applicationId());
        assertEquals(2, s.required());
        assertEquals(1, s.assigned());
        assertEquals(1, s.eligible());
        assertTrue(s.reason().contains("not enough eligible judges"), s.reason());
        assertTrue(r.toAdd().contains(new Pair(1, 4)), "it still gets the judges it can have");
        assertEquals(2, (int) perApp(after(List.of(), r)).get(2L));
    }

    @Test
    void inactiveJudgesAreNeverAssigned() {
        List<Candidate> apps = apps(10, "t");
        List<Judge> judges = new ArrayList<>(uniformPool(4));
        judges.set(0, inactive(judges.get(0)));
        Result r = Assigner.assign(apps, judges, List.of(), 3);
        assertEquals(0, r.loads().get(1001L));
        assertEquals(List.of(), r.shortfalls());
        assertTrue(r.toAdd().stream().noneMatch(p -> p.judgeId() == 1001L));
    }

    @Test
    void randomPoolsWithPanelsAndConflictsAlwaysMeetTheBalanceGuarantee() {
        // Seeded, so deterministic. Mixed panels make the greedy pass alone leave improving moves behind.
        Random rnd = new Random(1);
        for (int round = 0; round < 500; round++) {
            int nApps = 3 + rnd.nextInt(30);
            int nJudges = 3 + rnd.nextInt(6);
            int k = 1 + rnd.nextInt(3);
            List<Candidate> apps = new ArrayList<>();
            for (int i = 1; i <= nApps; i++) {
                apps.add(new Candidate(i, "t" + rnd.nextInt(2), "o" + rnd.nextInt(10), null, null,
                        "u" + rnd.nextInt(3)));
            }
            List<Judge> judges = new ArrayList<>();
            for (int j = 1; j <= nJudges; j++) {
                int panel = rnd.nextInt(3);
                judges.add(new Judge(j, "o" + rnd.nextInt(20), "u" + rnd.nextInt(5), Set.of(), Set.of(), Set.of(),
                        panel == 2 ? Set.of() : Set.of("t" + panel), rnd.nextInt(8) != 0));
            }
            Result r = Assigner.assign(apps, judges, List.of(), k);
            Set<Pair> pairs = after(List.of(), r);
            assertValid(apps, judges, pairs, r);
            assertNoImprovingMove(apps, judges, pairs, r);
            Map<Long, Integer> perApp = perApp(pairs);
            Map<Long, Shortfall> shortfalls = new HashMap<>();
            r.shortfalls().forEach(s -> shortfalls.put(s.applicationId(), s));
            for (Candidate c : apps) {
                long eligible = judges.stream().filter(j -> Assigner.eligible(j, c)).count();
                int got = perApp.getOrDefault(c.applicationId(), 0);
                assertEquals(Math.min(k, eligible), got, "round " + round + " application " + c.applicationId());
                assertEquals(eligible < k, shortfalls.containsKey(c.applicationId()));
            }
        }
    }

    // ---------------------------------------------------------------- re-runs

    @Test
    void reRunWithNothingChangedChangesNothing() {
        List<Candidate> apps = apps(50, "t");
        List<Judge> judges = uniformPool(8);
        Set<Pair> first = after(List.of(), Assigner.assign(apps, judges, List.of(), 3));
        Result again = Assigner.assign(apps, judges, first, 3);
        assertEquals(List.of(), again.toAdd());
        assertEquals(List.of(), again.toRemove());
    }

    @Test
    void reRunAfterAJudgeBecomesInactiveChangesOnlyThatJudgesPairs() {
        List<Candidate> apps = apps(120, "t");
        List<Judge> judges = new ArrayList<>(uniformPool(10));
        Set<Pair> before = after(List.of(), Assigner.assign(apps, judges, List.of(), 3));
        long dropped = 1004L;
        Set<Pair> droppedPairs = new TreeSet<>();
        before.stream().filter(p -> p.judgeId() == dropped).forEach(droppedPairs::add);
        assertFalse(droppedPairs.isEmpty());

        judges.set(3, inactive(judges.get(3)));
        Result r = Assigner.assign(apps, judges, before, 3);

        assertEquals(List.copyOf(droppedPairs), r.toRemove(), "exactly the dropped judge's pairs are removed");
        r.toRemove().forEach(p -> assertEquals("judge inactive", r.reasons().get(p)));
        assertEquals(droppedPairs.size(), r.toAdd().size(), "one replacement each");
        Set<Long> touched = new HashSet<>();
        droppedPairs.forEach(p -> touched.add(p.applicationId()));
        for (Pair p : r.toAdd()) {
            assertTrue(touched.contains(p.applicationId()), "replacement only on the dropped judge's applications");
            assertTrue(p.judgeId() != dropped);
        }
        Set<Pair> now = after(before, r);
        assertValid(apps, judges, now, r);
        perApp(now).values().forEach(n -> assertEquals(3, n));
        // every pair not of the dropped judge survives
        before.stream().filter(p -> p.judgeId() != dropped).forEach(p -> assertTrue(now.contains(p)));
        // the replacements are spread: 36 pairs over 9 judges
        Map<Long, Integer> active = new HashMap<>(r.loads());
        active.remove(dropped);
        assertTrue(spread(active) <= 1, active.toString());
    }

    @Test
    void reRunRemovesPairsThatBecameConflictedAndTopsThemUp() {
        List<Candidate> apps = apps(20, "t");
        List<Judge> judges = new ArrayList<>(uniformPool(5));
        Set<Pair> before = after(List.of(), Assigner.assign(apps, judges, List.of(), 2));
        Pair victim = before.stream().filter(p -> p.judgeId() == 1002L).findFirst().orElseThrow();
        Judge j = judges.get(1);
        judges.set(1, new Judge(j.judgeId(), j.organisation(), j.unit(), Set.of(),
                Set.of("USCC" + victim.applicationId()), Set.of(), Set.of(), true));
        Result r = Assigner.assign(apps, judges, before, 2);
        assertEquals(List.of(victim), r.toRemove());
        assertTrue(r.reasons().get(victim).contains("DECLARED_USCC"), r.reasons().get(victim));
        assertEquals(1, r.toAdd().size());
        assertEquals(victim.applicationId(), r.toAdd().get(0).applicationId());
    }

    @Test
    void reRunKeepsValidPairsOfApplicationsWithMoreThanKJudges() {
        List<Candidate> apps = apps(5, "t");
        List<Judge> judges = uniformPool(4);
        Set<Pair> before = after(List.of(), Assigner.assign(apps, judges, List.of(), 3));
        Result r = Assigner.assign(apps, judges, before, 2);
        assertEquals(List.of(), r.toRemove());
        assertEquals(List.of(), r.toAdd());
    }

    @Test
    void pairsOfWithdrawnApplicationsOrUnknownJudgesAreRemoved() {
        List<Candidate> apps = apps(3, "t");
        List<Judge> judges = uniformPool(3);
        List<Pair> existing = List.of(new Pair(99, 1001), new Pair(1, 7777));
        Result r = Assigner.assign(apps, judges, existing, 1);
        assertEquals(List.of(new Pair(1, 7777), new Pair(99, 1001)), r.toRemove());
        assertEquals("judge is not in the pool", r.reasons().get(new Pair(1, 7777)));
        assertEquals("application is not in this round", r.reasons().get(new Pair(99, 1001)));
    }

    // ---------------------------------------------------------------- manual changes

    @Test
    void manualRemovalIsReplacedAndNeverReassigned() {
        List<Candidate> apps = apps(6, "t");
        List<Judge> judges = uniformPool(4);
        Set<Pair> before = after(List.of(), Assigner.assign(apps, judges, List.of(), 2));
        Pair out = before.iterator().next();
        List<ManualChange> manual = List.of(new ManualChange(out, ManualChange.Action.REMOVE, "knows the founder"));
        Result r = Assigner.assign(apps, judges, before, 2, manual);
        assertEquals(List.of(out), r.toRemove());
        assertEquals("removed manually: knows the founder", r.reasons().get(out));
        assertEquals(1, r.toAdd().size());
        assertEquals(out.applicationId(), r.toAdd().get(0).applicationId());
        // next run with the same manual list: stable, the removed judge does not come back
        Set<Pair> now = after(before, r);
        Result again = Assigner.assign(apps, judges, now, 2, manual);
        assertEquals(List.of(), again.toAdd());
        assertEquals(List.of(), again.toRemove());
    }

    @Test
    void manualAdditionIsKeptAndNotMovedByBalancing() {
        List<Candidate> apps = apps(4, "t");
        List<Judge> judges = uniformPool(4);
        List<ManualChange> manual = new ArrayList<>();
        for (long a = 1; a <= 4; a++) {
            manual.add(new ManualChange(new Pair(a, 1001), ManualChange.Action.ADD, "domain expert"));
        }
        Result r = Assigner.assign(apps, judges, List.of(), 1, manual);
        assertEquals(4, r.loads().get(1001L), "pinned even though it unbalances the pool");
        assertEquals(List.of(new Pair(1, 1001), new Pair(2, 1001), new Pair(3, 1001), new Pair(4, 1001)),
                r.toAdd());
        assertEquals("added manually: domain expert", r.reasons().get(new Pair(1, 1001)));
    }

    @Test
    void manualAdditionOfAConflictedPairIsRejectedWithTheReason() {
        List<Candidate> apps = List.of(app(1, "t", "same-org", "u"));
        List<Judge> judges = List.of(judge(1, "same-org", "x"), judge(2, "y", "z"));
        ManualChange add = new ManualChange(new Pair(1, 1), ManualChange.Action.ADD, "asked for it");
        Result r = Assigner.assign(apps, judges, List.of(), 1, List.of(add));
        assertEquals(1, r.rejected().size());
        assertEquals(add, r.rejected().get(0).change());
        assertTrue(r.rejected().get(0).reason().contains("SAME_ORGANISATION"), r.rejected().get(0).reason());
        assertEquals(List.of(new Pair(1, 2)), r.toAdd());
    }

    @Test
    void manualChangesNeedAReason() {
        assertThrows(IllegalArgumentException.class,
                () -> new ManualChange(new Pair(1, 1), ManualChange.Action.REMOVE, "  "));
        assertThrows(IllegalArgumentException.class,
                () -> Assigner.assign(List.of(), List.of(), List.of(), 1,
                        List.of(new ManualChange(new Pair(1, 1), ManualChange.Action.ADD, "a"),
                                new ManualChange(new Pair(1, 1), ManualChange.Action.REMOVE, "b"))));
    }

    // ---------------------------------------------------------------- determinism and scale

    @Test
    void shuffledInputsGiveTheSameResult() {
        Fixture f = Fixture.realistic(300, 20, 7);
        List<Pair> existing = new ArrayList<>(after(List.of(), Assigner.assign(f.apps, f.judges, List.of(), 3)));
        List<Judge> judges = new ArrayList<>(f.judges);
        judges.set(5, inactive(judges.get(5)));
        Result reference = Assigner.assign(f.apps, judges, existing, 4);
        Random rnd = new Random(42);
        for (int i = 0; i < 5; i++) {
            List<Candidate> a = new ArrayList<>(f.apps);
            List<Judge> j = new ArrayList<>(judges);
            List<Pair> e = new ArrayList<>(existing);
            Collections.shuffle(a, rnd);
            Collections.shuffle(j, rnd);
            Collections.shuffle(e, rnd);
            assertEquals(reference, Assigner.assign(a, j, new HashSet<>(e), 4));
        }
    }

    @Test
    void fullScale1350ApplicationsTimes5JudgesOverAPoolOf60IsValidAndBalanced() {
        Fixture f = Fixture.realistic(1350, 60, 1);
        Result r = Assigner.assign(f.apps, f.judges, List.of(), 5);
        Set<Pair> pairs = after(List.of(), r);
        assertEquals(List.of(), r.shortfalls());
        assertEquals(1350 * 5, pairs.size());
        Map<Long, Integer> perApp = perApp(pairs);
        assertEquals(1350, perApp.size());
        perApp.values().forEach(n -> assertEquals(5, n));
        assertValid(f.apps, f.judges, pairs, r);
        assertNoImprovingMove(f.apps, f.judges, pairs, r);
        // sparse conflicts, no panels: 6750 / 60 = 112.5, so every judge has 112 or 113
        r.loads().values().forEach(l -> assertTrue(l == 112 || l == 113, r.loads().toString()));
    }

    /** 5 tracks, 14 recommending units, organisations shared by a few applicants, judges with sparse conflicts. */
    private record Fixture(List<Candidate> apps, List<Judge> judges) {
        static Fixture realistic(int nApps, int nJudges, long seed) {
            Random rnd = new Random(seed);
            String[] tracks = { "AI", "Biotech", "Materials", "Energy", "Equipment" };
            List<Candidate> apps = new ArrayList<>();
            for (int i = 1; i <= nApps; i++) {
                apps.add(new Candidate(10_000 + i, tracks[rnd.nextInt(tracks.length)], "org-" + rnd.nextInt(nApps),
                        "USCC-" + i, "applicant-" + i, "unit-" + rnd.nextInt(14)));
            }
            List<Judge> judges = new ArrayList<>();
            for (int i = 1; i <= nJudges; i++) {
                Set<String> orgs = new HashSet<>();
                Set<String> usccs = new HashSet<>();
                Set<String> applicants = new HashSet<>();
                for (int c = 0; c < 3; c++) {
                    orgs.add("org-" + rnd.nextInt(nApps));
                    usccs.add("USCC-" + (1 + rnd.nextInt(nApps)));
                    applicants.add("applicant-" + (1 + rnd.nextInt(nApps)));
                }
                judges.add(new Judge(i, "org-" + rnd.nextInt(nApps), rnd.nextInt(3) == 0 ? "unit-" + rnd.nextInt(14)
                        : "university-" + i, orgs, usccs, applicants, Set.of(), true));
            }
            return new Fixture(apps, judges);
        }
    }
}
