package app.shortlist.judging.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import app.shortlist.judging.rules.Assigner.Candidate;
import app.shortlist.judging.rules.Assigner.Judge;
import app.shortlist.judging.rules.Assigner.Pair;
import app.shortlist.judging.rules.Rubric.Criterion;

/**
 * jqwik properties of the pure judging rules: what must hold for every round, not just the examples of
 * {@link RankingTest}, {@link AdvancementTest} and {@link AssignerTest}. Scores are drawn from a small
 * range so that ties (and so the tie-breaks) are common.
 */
class JudgingPropertiesTest {

    /** Two criteria with different weights, whole points: totals such as 20/3 are not exact decimals. */
    static final Rubric AB = Rubric.of(Criterion.of("a", "2", "0", "10", "1"), Criterion.of("b", "1", "0", "10", "1"));

    /** One criterion on a 4-decimal step, so an aggregate (scale 4) is itself a valid score. */
    static final Rubric FINE = Rubric.of(Criterion.of("s", "1", "0", "100", "0.0001"));

    /** Every judge scored every application (some scorecards recused or incomplete under {@link #rounds}). */
    record Round(int apps, int judges, List<Scorecard> cards) {
    }

    static long appId(int i) {
        return 10 + 7L * i; // not 1..n: the id tie-break must not coincide with input position
    }

    @Provide
    Arbitrary<Round> rounds() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 7))
                .flatAs((apps, judges) -> Combinators.combine(
                        Arbitraries.integers().between(0, 10).list().ofSize(apps * judges * 2),
                        Arbitraries.integers().between(0, 9).list().ofSize(apps * judges))
                        .as((scores, kind) -> {
                            List<Scorecard> cards = new ArrayList<>();
                            for (int i = 0; i < apps * judges; i++) {
                                long app = appId(i / judges);
                                long judge = 100 + i % judges;
                                BigDecimal a = BigDecimal.valueOf(scores.get(2 * i));
                                BigDecimal b = BigDecimal.valueOf(scores.get(2 * i + 1));
                                cards.add(switch (kind.get(i)) {
                                    case 0 -> Scorecard.recused(judge, app);
                                    case 1 -> Scorecard.of(judge, app, Map.of("a", a)); // incomplete: ignored
                                    default -> Scorecard.of(judge, app, Map.of("a", a, "b", b));
                                });
                            }
                            return new Round(apps, judges, cards);
                        }));
    }

    /** Full panels of {@code minJudges}..7 on {@link #FINE}, whole-point scores. */
    private static Arbitrary<Round> fullPanels(int minJudges) {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(minJudges, 7))
                .flatAs((apps, judges) -> Arbitraries.integers().between(0, 100).list().ofSize(apps * judges)
                        .map(scores -> {
                            List<Scorecard> cards = new ArrayList<>();
                            for (int i = 0; i < apps * judges; i++) {
                                cards.add(Scorecard.of(100 + i % judges, appId(i / judges),
                                        Map.of("s", BigDecimal.valueOf(scores.get(i)))));
                            }
                            return new Round(apps, judges, cards);
                        }));
    }

    @Provide
    Arbitrary<Round> anyPanel() {
        return fullPanels(1);
    }

    @Provide
    Arbitrary<Round> panelsOfFive() {
        return fullPanels(5);
    }

    @Provide
    Arbitrary<List<TieBreak>> tieBreaks() {
        return Arbitraries.of(TieBreak.criterion("a"), TieBreak.criterion("b"), TieBreak.MORE_TOP_SCORES,
                TieBreak.APPLICATION_ID).list().uniqueElements().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<TieBreak>> fineTieBreaks() {
        return Arbitraries.of(TieBreak.criterion("s"), TieBreak.MORE_TOP_SCORES, TieBreak.APPLICATION_ID).list()
                .uniqueElements().ofMaxSize(3);
    }

    // ---------------------------------------------------------------- ranking

    @Property
    void theOrderOfTheScorecardsNeverChangesTheRanking(@ForAll("rounds") Round round, @ForAll Random random,
            @ForAll Aggregation aggregation, @ForAll("tieBreaks") List<TieBreak> breaks) {
        List<Scorecard> shuffled = new ArrayList<>(round.cards());
        Collections.shuffle(shuffled, random);
        assertEquals(Ranking.rank(round.cards(), AB, aggregation, breaks),
                Ranking.rank(shuffled, AB, aggregation, breaks));
    }

    @Property
    void aJudgeWhoGivesEachApplicationItsMeanChangesNothing(@ForAll("anyPanel") Round round,
            @ForAll("fineTieBreaks") List<TieBreak> breaks) {
        assertUnchangedByAJudgeAtTheScore(round, Aggregation.MEAN, breaks);
    }

    /** From 5 judges on, both the old and the new panel are trimmed (below 5 it is the plain mean). */
    @Property
    void aJudgeWhoGivesEachApplicationItsTrimmedMeanChangesNothing(@ForAll("panelsOfFive") Round round,
            @ForAll("fineTieBreaks") List<TieBreak> breaks) {
        assertUnchangedByAJudgeAtTheScore(round, Aggregation.TRIMMED_MEAN, breaks);
    }

    private static void assertUnchangedByAJudgeAtTheScore(Round round, Aggregation aggregation, List<TieBreak> breaks) {
        List<RankedEntry> before = Ranking.rank(round.cards(), FINE, aggregation, breaks);
        List<Scorecard> more = new ArrayList<>(round.cards());
        for (RankedEntry e : before) {
            more.add(Scorecard.of(999, e.applicationId(), Map.of("s", e.score())));
        }
        List<RankedEntry> after = Ranking.rank(more, FINE, aggregation, breaks);
        assertEquals(places(before), places(after));
    }

    /** What the ranking says of each application, leaving out counts and outlier flags (the panel grew). */
    private static List<String> places(List<RankedEntry> ranking) {
        return ranking.stream().map(e -> e.applicationId() + " #" + e.rank() + " " + e.score().toPlainString()
                + " by " + e.tieBrokenBy()).toList();
    }

    @Property
    void anAggregateLiesBetweenTheLowestAndHighestTotal(@ForAll("rounds") Round round, @ForAll Aggregation aggregation) {
        Map<Long, List<BigDecimal>> totals = new HashMap<>();
        for (Scorecard s : round.cards()) {
            if (!s.recused() && AB.problems(s.scores()).isEmpty()) {
                totals.computeIfAbsent(s.applicationId(), k -> new ArrayList<>()).add(AB.total(s.scores()));
            }
        }
        for (RankedEntry e : Ranking.rank(round.cards(), AB, aggregation, List.of())) {
            List<BigDecimal> t = new ArrayList<>(totals.get(e.applicationId()));
            Collections.sort(t);
            assertEquals(t.size(), e.scorecards());
            BigDecimal low = t.get(0);
            BigDecimal high = t.get(t.size() - 1);
            if (aggregation == Aggregation.TRIMMED_MEAN && t.size() >= 5) {
                low = t.get(1); // the trimmed mean averages what is left: between its extremes
                high = t.get(t.size() - 2);
                assertEquals(t.size() - 2, e.scoresCounted());
            }
            if (aggregation == Aggregation.Z_SCORE) {
                low = AB.min(); // normalised totals are clamped to the rubric, not to the application's totals
                high = AB.max();
            }
            // the aggregate is rounded to 4 decimals: allow half a unit of the last place
            BigDecimal slack = new BigDecimal("0.00005");
            assertTrue(e.score().compareTo(low.subtract(slack)) >= 0 && e.score().compareTo(high.add(slack)) <= 0,
                    e + " outside [" + low + ", " + high + "]");
        }
    }

    @Property
    void ranksFollowTheScoresAndOnlyFullTiesShareARank(@ForAll("rounds") Round round, @ForAll Aggregation aggregation,
            @ForAll("tieBreaks") List<TieBreak> breaks) {
        List<RankedEntry> ranking = Ranking.rank(round.cards(), AB, aggregation, breaks);
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < ranking.size(); i++) {
            RankedEntry e = ranking.get(i);
            assertTrue(ids.add(e.applicationId()), "each application once");
            if (i == 0) {
                assertEquals(1, e.rank());
                continue;
            }
            RankedEntry prev = ranking.get(i - 1);
            assertTrue(prev.score().compareTo(e.score()) >= 0, "scores descend");
            assertTrue(e.rank() == prev.rank() || e.rank() == i + 1, "competition ranking 1, 2, 2, 4");
            if (e.rank() == prev.rank()) {
                assertEquals(0, prev.score().compareTo(e.score()));
                assertEquals(null, prev.tieBrokenBy(), "a shared rank means no tie-break separated them");
            }
        }
        if (breaks.contains(TieBreak.APPLICATION_ID)) {
            for (int i = 0; i < ranking.size(); i++) {
                assertEquals(i + 1, ranking.get(i).rank(), "the id tie-break leaves no tie");
            }
        }
    }

    // ---------------------------------------------------------------- advancement

    @Property
    void topNSelectsExactlyNOfEachGroupAndFlagsATieAtTheCut(@ForAll("rounds") Round round,
            @ForAll @IntRange(min = 0, max = 14) int n, @ForAll @IntRange(min = 1, max = 3) int groups) {
        List<RankedEntry> ranking = Ranking.rank(round.cards(), AB, Aggregation.MEAN, List.of(TieBreak.APPLICATION_ID));
        Advancement.Selection s = Advancement.select(ranking, Advancement.topN(n), id -> "g" + id % groups);
        Map<String, List<RankedEntry>> byGroup = ranking.stream()
                .collect(Collectors.groupingBy(e -> "g" + e.applicationId() % groups));
        int expected = 0;
        for (Map.Entry<String, List<RankedEntry>> g : byGroup.entrySet()) {
            List<RankedEntry> entries = g.getValue();
            int taken = Math.min(n, entries.size());
            expected += taken;
            for (int i = 0; i < entries.size(); i++) {
                assertEquals(i < taken, s.selected().contains(entries.get(i).applicationId()), "the first n of " + g.getKey());
            }
            Advancement.CutLine cut = s.cutLines().get(g.getKey());
            boolean tie = taken > 0 && taken < entries.size()
                    && entries.get(taken - 1).score().compareTo(entries.get(taken).score()) == 0;
            assertEquals(tie, cut.tieAtCut());
        }
        assertEquals(expected, s.selected().size());
    }

    @Property
    void aThresholdSelectsExactlyTheScoresAtOrAboveIt(@ForAll("rounds") Round round,
            @ForAll @IntRange(min = 0, max = 10) int threshold) {
        List<RankedEntry> ranking = Ranking.rank(round.cards(), AB, Aggregation.TRIMMED_MEAN, List.of());
        Advancement.Selection s = Advancement.select(ranking, Advancement.threshold(BigDecimal.valueOf(threshold)), null);
        assertEquals(ranking.stream().filter(e -> e.score().compareTo(BigDecimal.valueOf(threshold)) >= 0)
                .map(RankedEntry::applicationId).toList(), s.selected());
        assertTrue(s.cutLines().values().stream().noneMatch(Advancement.CutLine::tieAtCut));
    }

    // ---------------------------------------------------------------- assignment

    @Provide
    Arbitrary<List<Judge>> pools() {
        // Judges from 3 organisations and units; some declare a conflict with one of 4 applicant organisations.
        return Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(8).map(conflicts -> {
            List<Judge> out = new ArrayList<>();
            for (int i = 0; i < conflicts.size(); i++) {
                int c = conflicts.get(i);
                out.add(new Judge(500 + i, "org-" + i % 3, "unit-" + i % 3,
                        c == 4 ? Set.of() : Set.of("org-" + c), Set.of(), Set.of(), Set.of(), true));
            }
            return out;
        });
    }

    @Property
    void noConflictedPairIsEverAssignedAndEveryoneGetsWhatIsPossible(@ForAll("pools") List<Judge> pool,
            @ForAll @IntRange(min = 1, max = 20) int apps, @ForAll @IntRange(min = 0, max = 5) int k) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < apps; i++) {
            // applicant organisations org-0..org-4 (org-0..2 are also judges' own), units unit-0..unit-3
            candidates.add(new Candidate(appId(i), "t", "org-" + i % 5, "USCC" + i, "applicant-" + i, "unit-" + i % 4));
        }
        Assigner.Result r = Assigner.assign(candidates, pool, List.of(), k);
        Map<Long, Judge> judges = pool.stream().collect(Collectors.toMap(Judge::judgeId, j -> j));
        Map<Long, Candidate> byId = candidates.stream().collect(Collectors.toMap(Candidate::applicationId, c -> c));
        Map<Long, Integer> perApp = new HashMap<>();
        for (Pair p : r.toAdd()) {
            assertEquals(Set.of(), Assigner.conflicts(judges.get(p.judgeId()), byId.get(p.applicationId())), p.toString());
            perApp.merge(p.applicationId(), 1, Integer::sum);
        }
        for (Candidate c : candidates) {
            long eligible = pool.stream().filter(j -> Assigner.eligible(j, c)).count();
            assertEquals((int) Math.min(k, eligible), perApp.getOrDefault(c.applicationId(), 0), "application " + c);
        }
    }

    @Property
    void inAUniformPoolLoadsDifferByAtMostOne(@ForAll @IntRange(min = 1, max = 9) int judges,
            @ForAll @IntRange(min = 1, max = 40) int apps, @ForAll @IntRange(min = 0, max = 9) int k) {
        List<Judge> pool = new ArrayList<>();
        for (int j = 0; j < judges; j++) {
            pool.add(new Judge(500 + j, "judge-org-" + j, "judge-unit-" + j, Set.of(), Set.of(), Set.of(), Set.of(), true));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < apps; i++) {
            candidates.add(new Candidate(appId(i), "t", "applicant-org-" + i, "USCC" + i, "applicant-" + i, "unit-" + i));
        }
        Assigner.Result r = Assigner.assign(candidates, pool, List.of(), k);
        assertEquals(apps * Math.min(k, judges), r.toAdd().size());
        int max = Collections.max(r.loads().values());
        int min = Collections.min(r.loads().values());
        assertTrue(max - min <= 1, "loads " + r.loads());
    }
}
