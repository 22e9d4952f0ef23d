package app.shortlist.judging.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.shortlist.judging.rules.Rubric.Criterion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankingTest {

    /** One criterion 0..100: a scorecard's total is its score. */
    static final Rubric HUNDRED = Rubric.of(Criterion.of("s", "1", "0", "100", "1"));

    /** Two equal criteria 0..10: total = (a + b) / 2. */
    static final Rubric AB = Rubric.of(Criterion.of("a", "1", "0", "10", "1"), Criterion.of("b", "1", "0", "10", "1"));

    static final List<TieBreak> NONE = List.of();

    static Scorecard s(long judge, long app, int score) {
        return Scorecard.of(judge, app, Map.of("s", BigDecimal.valueOf(score)));
    }

    static Scorecard ab(long judge, long app, int a, int b) {
        return Scorecard.of(judge, app, Map.of("a", BigDecimal.valueOf(a), "b", BigDecimal.valueOf(b)));
    }

    static RankedEntry only(List<RankedEntry> ranking) {
        assertEquals(1, ranking.size());
        return ranking.get(0);
    }

    static List<Long> ids(List<RankedEntry> ranking) {
        return ranking.stream().map(RankedEntry::applicationId).toList();
    }

    static List<Integer> ranks(List<RankedEntry> ranking) {
        return ranking.stream().map(RankedEntry::rank).toList();
    }

    // ---- aggregations

    @Test
    void meanOfTotalsRoundedToFourDecimalsHalfUp() {
        // (70 + 71 + 71) / 3 = 70.6666… -> 70.6667
        RankedEntry e = only(Ranking.rank(List.of(s(1, 9, 70), s(2, 9, 71), s(3, 9, 71)), HUNDRED, Aggregation.MEAN, NONE));
        assertEquals(new BigDecimal("70.6667"), e.score());
        assertEquals(3, e.scoresCounted());
        // (1 + 2) / 2 = 1.5 exactly, HALF_UP at scale 4 -> 1.5000
        assertEquals(new BigDecimal("1.5000"),
                only(Ranking.rank(List.of(s(1, 9, 1), s(2, 9, 2)), HUNDRED, Aggregation.MEAN, NONE)).score());
    }

    @Test
    void trimmedMeanWithFiveScoresDropsOneHighestAndOneLowest() {
        // 90 80 70 60 10: drop 90 and 10 -> (80 + 70 + 60) / 3 = 70; the plain mean would be 62
        List<Scorecard> cards = List.of(s(1, 9, 90), s(2, 9, 80), s(3, 9, 70), s(4, 9, 60), s(5, 9, 10));
        RankedEntry e = only(Ranking.rank(cards, HUNDRED, Aggregation.TRIMMED_MEAN, NONE));
        assertEquals(new BigDecimal("70.0000"), e.score());
        assertEquals(3, e.scoresCounted());
        assertEquals(5, e.scorecards());
        assertEquals(new BigDecimal("62.0000"), only(Ranking.rank(cards, HUNDRED, Aggregation.MEAN, NONE)).score());
    }

    @Test
    void trimmedMeanDropsOnlyOneOfEqualLowestScores() {
        // 50 50 50 80 90: drop one 50 and the 90 -> (50 + 50 + 80) / 3 = 60
        List<Scorecard> cards = List.of(s(1, 9, 50), s(2, 9, 50), s(3, 9, 50), s(4, 9, 80), s(5, 9, 90));
        assertEquals(new BigDecimal("60.0000"), only(Ranking.rank(cards, HUNDRED, Aggregation.TRIMMED_MEAN, NONE)).score());
    }

    @Test
    void trimmedMeanWithFourScoresIsThePlainMean() {
        // below 5 scores nothing is dropped: (90 + 80 + 70 + 10) / 4 = 62.5
        List<Scorecard> cards = List.of(s(1, 9, 90), s(2, 9, 80), s(3, 9, 70), s(4, 9, 10));
        RankedEntry e = only(Ranking.rank(cards, HUNDRED, Aggregation.TRIMMED_MEAN, NONE));
        assertEquals(new BigDecimal("62.5000"), e.score());
        assertEquals(4, e.scoresCounted());
    }

    @Test
    void zScoreLiftsTheHarshJudgesApplicationsAboveTheLenientJudgesWeakerOnes() {
        // Harsh judge 1 scores apps 1, 2: 60, 40.       μ = 50, σ = 10           -> z = +1, −1
        // Lenient judge 2 scores apps 3, 4, 5: 90, 80, 70. μ = 80, σ = √(200/3) = 8.1650
        //                                                  -> z = +√1.5 = +1.2247, 0, −1.2247
        // Round: totals 60 40 90 80 70, μ_all = 340/5 = 68,
        //        σ_all = √((8² + 28² + 22² + 12² + 2²)/5) = √(1480/5) = √296 = 17.2047
        // Normalised: app 3 = 68 + 1.2247·17.2047 = 89.0713   app 1 = 68 + 17.2047 = 85.2047
        //             app 4 = 68 + 0              = 68.0000   app 2 = 68 − 17.2047 = 50.7953
        //             app 5 = 68 − 1.2247·17.2047 = 46.9287
        // Raw order 3, 4, 5, 1, 2 becomes 3, 1, 4, 2, 5: the harsh judge's 60 now beats the lenient 80 and 70.
        List<Scorecard> cards = List.of(s(1, 1, 60), s(1, 2, 40), s(2, 3, 90), s(2, 4, 80), s(2, 5, 70));
        assertEquals(List.of(3L, 4L, 5L, 1L, 2L), ids(Ranking.rank(cards, HUNDRED, Aggregation.MEAN, NONE)));

        List<RankedEntry> z = Ranking.rank(cards, HUNDRED, Aggregation.Z_SCORE, NONE);
        assertEquals(List.of(3L, 1L, 4L, 2L, 5L), ids(z));
        assertEquals(List.of(new BigDecimal("89.0713"), new BigDecimal("85.2047"), new BigDecimal("68.0000"),
                new BigDecimal("50.7953"), new BigDecimal("46.9287")), z.stream().map(RankedEntry::score).toList());
    }

    @Test
    void zScoreAveragesTheNormalisedScoresOfAnApplicationsPanel() {
        // Judge 1: app 1 = 60, app 2 = 40 -> z = +1, −1.  Judge 2: app 1 = 100, app 2 = 80 -> z = +1, −1.
        // μ_all = 70, σ_all = √((10² + 30² + 30² + 10²)/4) = √500 = 22.3607
        // app 1 = mean(70 + 22.3607, 70 + 22.3607) = 92.3607; app 2 = 70 − 22.3607 = 47.6393
        List<Scorecard> cards = List.of(s(1, 1, 60), s(1, 2, 40), s(2, 1, 100), s(2, 2, 80));
        List<RankedEntry> z = Ranking.rank(cards, HUNDRED, Aggregation.Z_SCORE, NONE);
        assertEquals(List.of(1L, 2L), ids(z));
        assertEquals(new BigDecimal("92.3607"), z.get(0).score());
        assertEquals(new BigDecimal("47.6393"), z.get(1).score());
    }

    @Test
    void zScoreOfAJudgeWithoutSpreadIsTheRoundMean() {
        // Judge 1 gives 80 to both apps (σ = 0 -> z = 0); judge 2 scores app 3 only (σ = 0 -> z = 0).
        // μ_all = (80 + 80 + 50) / 3 = 70: every normalised score is 70.
        List<Scorecard> cards = List.of(s(1, 1, 80), s(1, 2, 80), s(2, 3, 50));
        for (RankedEntry e : Ranking.rank(cards, HUNDRED, Aggregation.Z_SCORE, NONE)) {
            assertEquals(new BigDecimal("70.0000"), e.score());
        }
    }

    @Test
    void zScoreIsClampedToTheRubricRange() {
        // Judge 1: apps 1..8 = 0, app 9 = 100 -> μ = 100/9, σ = √(720000/729) = 31.4270, z(100) = 2√2 = 2.8284,
        //          z(0) = −0.3536.   Judge 2: app 10 = 0, app 11 = 100 -> z = −1, +1.
        // Round: μ_all = 200/11 = 18.1818, σ_all = √(1980000/1331) = 38.5695.
        // app 9  = 18.1818 + 2.8284·38.5695 = 127.27 -> clamped to 100
        // app 11 = 18.1818 + 38.5695        =  56.7513
        // apps 1..8 = 18.1818 − 0.3536·38.5695 = 4.5455
        // app 10 = 18.1818 − 38.5695        = −20.39 -> clamped to 0
        List<Scorecard> cards = new ArrayList<>();
        for (long app = 1; app <= 8; app++) {
            cards.add(s(1, app, 0));
        }
        cards.add(s(1, 9, 100));
        cards.add(s(2, 10, 0));
        cards.add(s(2, 11, 100));
        List<RankedEntry> z = Ranking.rank(cards, HUNDRED, Aggregation.Z_SCORE, NONE);
        assertEquals(List.of(9L, 11L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 10L), ids(z));
        assertEquals(new BigDecimal("100.0000"), z.get(0).score());
        assertEquals(new BigDecimal("56.7513"), z.get(1).score());
        assertEquals(new BigDecimal("4.5455"), z.get(2).score());
        assertEquals(new BigDecimal("0.0000"), z.get(10).score());
        assertEquals(List.of(1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 11), ranks(z)); // apps 1..8 tie, no tie-breaks given
    }

    // ---- which scorecards count

    @Test
    void recusedScorecardIsIgnoredNotCountedAsZero() {
        List<Scorecard> cards = List.of(s(1, 9, 80), s(2, 9, 70),
                new Scorecard(3, 9, Map.of("s", BigDecimal.ZERO), true), Scorecard.recused(4, 9));
        RankedEntry e = only(Ranking.rank(cards, HUNDRED, Aggregation.MEAN, NONE));
        assertEquals(new BigDecimal("75.0000"), e.score()); // (80 + 70) / 2, not (80 + 70 + 0) / 3
        assertEquals(2, e.scorecards());
    }

    @Test
    void recusedScorecardDoesNotEnterTheJudgesZScoreStatistics() {
        // Judge 1's recused 0 on app 3 is not part of μ/σ: judge 1 has 60, 40 -> z = ±1 as without it.
        List<Scorecard> with = List.of(s(1, 1, 60), s(1, 2, 40), new Scorecard(1, 3, Map.of("s", BigDecimal.ZERO), true),
                s(2, 3, 50));
        List<Scorecard> without = List.of(s(1, 1, 60), s(1, 2, 40), s(2, 3, 50));
        assertEquals(Ranking.rank(without, HUNDRED, Aggregation.Z_SCORE, NONE),
                Ranking.rank(with, HUNDRED, Aggregation.Z_SCORE, NONE));
    }

    @Test
    void incompleteScorecardIsIgnoredAndAnApplicationWithoutValidScorecardsIsNotRanked() {
        List<Scorecard> cards = List.of(ab(1, 1, 8, 8), ab(2, 1, 6, 6),
                Scorecard.of(3, 1, Map.of("a", BigDecimal.ONE)), // b missing: ignored
                Scorecard.of(1, 2, Map.of("b", BigDecimal.TEN)), // app 2's only scorecard is incomplete
                Scorecard.recused(2, 3)); // app 3 only has a recusal
        RankedEntry e = only(Ranking.rank(cards, AB, Aggregation.MEAN, NONE));
        assertEquals(1L, e.applicationId());
        assertEquals(new BigDecimal("7.0000"), e.score()); // (8 + 6) / 2
        assertEquals(2, e.scorecards());
        assertEquals(List.of(), Ranking.rank(List.of(), AB, Aggregation.Z_SCORE, NONE));
    }

    @Test
    void scoreOutsideTheRubricIsADataErrorNotSilentlyDropped() {
        assertThrows(IllegalArgumentException.class,
                () -> Ranking.rank(List.of(s(1, 1, 101)), HUNDRED, Aggregation.MEAN, NONE));
        assertThrows(IllegalArgumentException.class, () -> Ranking.rank(
                List.of(Scorecard.of(1, 1, Map.of("s", new BigDecimal("50.5")))), HUNDRED, Aggregation.MEAN, NONE));
    }

    @Test
    void twoCountedScorecardsOfOneJudgeForOneApplicationAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Ranking.rank(List.of(s(1, 1, 50), s(1, 1, 60)), HUNDRED, Aggregation.MEAN, NONE));
    }

    @Test
    void unknownTieBreakCriterionIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Ranking.rank(List.of(s(1, 1, 50)), HUNDRED, Aggregation.MEAN, List.of(TieBreak.criterion("x"))));
    }

    // ---- ties

    @Test
    void tieBrokenByHigherMeanOnTheCriterion() {
        // app 1: a = 8, b = 6 -> 7; app 2: a = 6, b = 8 -> 7
        List<Scorecard> cards = List.of(ab(1, 1, 8, 6), ab(1, 2, 6, 8));
        List<RankedEntry> byA = Ranking.rank(cards, AB, Aggregation.MEAN, List.of(TieBreak.criterion("a")));
        assertEquals(List.of(1L, 2L), ids(byA));
        assertEquals(List.of(1, 2), ranks(byA));
        assertEquals(TieBreak.criterion("a"), byA.get(0).tieBrokenBy());
        assertNull(byA.get(1).tieBrokenBy());

        List<RankedEntry> byB = Ranking.rank(cards, AB, Aggregation.MEAN, List.of(TieBreak.criterion("b")));
        assertEquals(List.of(2L, 1L), ids(byB));
        assertEquals(TieBreak.criterion("b"), byB.get(0).tieBrokenBy());
    }

    @Test
    void criterionTieBreakComparesMeansOfPanelsOfDifferentSize() {
        // app 1: (a, b) = (7, 7), (9, 5) -> total 7, mean a = 8
        // app 2: (8, 6), (8, 6), (5, 9)  -> total 7, mean a = 21/3 = 7
        List<Scorecard> cards = List.of(ab(1, 1, 7, 7), ab(2, 1, 9, 5), ab(1, 2, 8, 6), ab(2, 2, 8, 6), ab(3, 2, 5, 9));
        assertEquals(List.of(1L, 2L), ids(Ranking.rank(cards, AB, Aggregation.MEAN, List.of(TieBreak.criterion("a")))));
        assertEquals(List.of(2L, 1L), ids(Ranking.rank(cards, AB, Aggregation.MEAN, List.of(TieBreak.criterion("b")))));
    }

    @Test
    void tieBrokenByMoreFullMarks() {
        // app 1: 100 and 60 -> 80, one full mark; app 2: 80 and 80 -> 80, none. Lower id would favour app 1 anyway,
        // so app 2 gets the full mark here.
        List<Scorecard> cards = List.of(s(1, 1, 80), s(2, 1, 80), s(1, 2, 100), s(2, 2, 60));
        List<RankedEntry> r = Ranking.rank(cards, HUNDRED, Aggregation.MEAN,
                List.of(TieBreak.MORE_TOP_SCORES, TieBreak.APPLICATION_ID));
        assertEquals(List.of(2L, 1L), ids(r));
        assertEquals(TieBreak.MORE_TOP_SCORES, r.get(0).tieBrokenBy());
        assertEquals(List.of(1, 2), ranks(r));
    }

    @Test
    void tieBrokenByApplicationIdOnlyAsLastResortAndSaidSo() {
        // apps 7 and 3 have identical scorecards; criterion and full marks cannot separate them
        List<Scorecard> cards = List.of(ab(1, 7, 9, 5), ab(1, 3, 9, 5), ab(1, 5, 2, 2));
        List<TieBreak> breaks = List.of(TieBreak.criterion("a"), TieBreak.MORE_TOP_SCORES, TieBreak.APPLICATION_ID);
        List<RankedEntry> r = Ranking.rank(cards, AB, Aggregation.MEAN, breaks);
        assertEquals(List.of(3L, 7L, 5L), ids(r));
        assertEquals(List.of(1, 2, 3), ranks(r));
        assertEquals(TieBreak.APPLICATION_ID, r.get(0).tieBrokenBy());
        assertNull(r.get(1).tieBrokenBy()); // 7 vs 5: scores differ
    }

    @Test
    void tieRemainingAfterAllTieBreaksSharesARankWithStandardCompetitionRanking() {
        // apps 7 and 3 tie (7.0), app 9 is ahead (8.0), app 5 behind: ranks 1, 2, 2, 4
        List<Scorecard> cards = List.of(ab(1, 7, 9, 5), ab(1, 3, 9, 5), ab(1, 9, 8, 8), ab(1, 5, 2, 2));
        List<RankedEntry> r = Ranking.rank(cards, AB, Aggregation.MEAN, List.of(TieBreak.criterion("a")));
        assertEquals(List.of(9L, 3L, 7L, 5L), ids(r)); // tied entries listed by id, for determinism only
        assertEquals(List.of(1, 2, 2, 4), ranks(r));
        assertNull(r.get(1).tieBrokenBy());
    }

    // ---- outliers

    @Test
    void judgeMoreThanTwentyPercentOfTheRangeFromThePanelMeanIsFlagged() {
        // totals 50, 52, 48, 90: panel mean 60; deviations 10, 8, 12, 30; limit 20 % of 100 = 20 -> judge 4 only
        List<Scorecard> cards = List.of(s(1, 9, 50), s(2, 9, 52), s(3, 9, 48), s(4, 9, 90));
        assertEquals(List.of(4L), only(Ranking.rank(cards, HUNDRED, Aggregation.MEAN, NONE)).outlierJudges());
        // a configured 10 % (= 10 points) also flags judge 3 (12) but not judge 1 (exactly 10)
        assertEquals(List.of(3L, 4L), only(Ranking.rank(cards, HUNDRED, Aggregation.MEAN, NONE,
                new BigDecimal("0.10"))).outlierJudges());
    }

    @Test
    void deviationExactlyAtTheLimitIsNotAnOutlier() {
        // 40 and 80: mean 60, both deviate by exactly 20 = 20 % of 100
        List<Scorecard> cards = List.of(s(1, 9, 40), s(2, 9, 80));
        assertEquals(List.of(), only(Ranking.rank(cards, HUNDRED, Aggregation.MEAN, NONE)).outlierJudges());
        assertEquals(List.of(1L, 2L), only(Ranking.rank(cards, HUNDRED, Aggregation.MEAN, NONE,
                new BigDecimal("0.19"))).outlierJudges());
    }

    // ---- input order

    @Test
    void resultDoesNotDependOnInputOrder() {
        Random random = new Random(42);
        List<Scorecard> cards = new ArrayList<>();
        for (long app = 1; app <= 60; app++) {
            int panel = 3 + random.nextInt(4); // 3..6 judges out of 8
            List<Long> judges = new ArrayList<>(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
            Collections.shuffle(judges, random);
            for (int k = 0; k < panel; k++) {
                // a narrow range makes ties frequent
                cards.add(ab(judges.get(k), app, 7 + random.nextInt(4), 7 + random.nextInt(4)));
            }
            if (random.nextInt(5) == 0) {
                cards.add(Scorecard.recused(judges.get(panel), app));
            }
        }
        List<TieBreak> breaks = List.of(TieBreak.criterion("a"), TieBreak.MORE_TOP_SCORES);
        for (Aggregation aggregation : Aggregation.values()) {
            List<RankedEntry> expected = Ranking.rank(cards, AB, aggregation, breaks);
            assertEquals(60, expected.size());
            for (int round = 0; round < 10; round++) {
                List<Scorecard> shuffled = new ArrayList<>(cards);
                Collections.shuffle(shuffled, random);
                assertEquals(expected, Ranking.rank(shuffled, AB, aggregation, breaks), aggregation + " round " + round);
            }
        }
    }
}
