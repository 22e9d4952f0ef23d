package app.shortlist.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.program.RoundState;
import app.shortlist.program.RuleKind;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The read side against the database: the hand-computed round, the rules' cut lines, determinism. */
@QuarkusTest
class RankingServiceTest {

    @Inject
    RankingService ranking;

    @BeforeEach
    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    @Test
    void handComputedRoundIsRankedExactly() {
        RankingFixture.Hand h = RankingFixture.hand("RK");
        List<Standing.Line> lines = RankingFixture.lines(ranking, h.roundId());

        assertEquals(List.of(h.a3(), h.a2(), h.a1(), h.a4(), h.a5()),
                lines.stream().map(Standing.Line::applicationId).toList());
        assertEquals(List.of("8.1667", "8.0000", "8.0000", "6.0000"),
                lines.subList(0, 4).stream().map(l -> l.score().toPlainString()).toList());
        assertNull(lines.get(4).score(), "A5 has no scorecard: listed, not scored");
        assertEquals(java.util.Arrays.asList(1, 2, 3, 4, null), lines.stream().map(Standing.Line::rank).toList());
        // counted / valid: A3 lost a recused judge and a missing card (plain mean of 3); A1, A2 trimmed 5 → 3;
        // A4's draft does not count
        assertEquals(List.of("3/3", "3/5", "3/5", "4/4", "0/0"),
                lines.stream().map(l -> l.counted() + "/" + l.scorecards()).toList());
        assertEquals(List.of("3/4", "5/5", "5/5", "4/5", "0/5"),
                lines.stream().map(l -> l.submitted() + "/" + l.due()).toList());
        // A2 and A1 are both 8.0000: A2 goes first on innovation (9.5 against 7)
        assertEquals(java.util.Arrays.asList(null, "criterion:innovation", null, null, null),
                lines.stream().map(Standing.Line::tieBrokenBy).toList());
        long judge5 = h.sr().judgeIds().get(4);
        assertEquals(List.of(judge5), lines.get(2).outliers(), "A1's total of 2 is 5 below the panel's mean of 7");
        assertTrue(lines.get(0).outliers().isEmpty());
        // TOP_N 3 overall
        assertEquals(List.of(true, true, true, false, false), lines.stream().map(Standing.Line::proposed).toList());
        assertEquals(List.of(true, true, true, false, false), lines.stream().map(Standing.Line::selected).toList());
    }

    @Test
    void topNPerTrackCutsEveryTrackOnItsOwn() {
        RankingFixture.Hand h = RankingFixture.hand("RKT");
        RankingFixture.rule(h.roundId(), RuleKind.TOP_N, 1, null, true);
        List<Standing.Line> lines = RankingFixture.lines(ranking, h.roundId());
        // track 1: A3 > A1 > A5; track 2: A2 > A4 — the best of each goes on
        assertEquals(List.of(h.a3(), h.a2()), lines.stream().filter(Standing.Line::proposed)
                .map(Standing.Line::applicationId).toList());
    }

    @Test
    void thresholdTakesEveryoneAtOrAboveTheScore() {
        RankingFixture.Hand h = RankingFixture.hand("RKS");
        RankingFixture.rule(h.roundId(), RuleKind.THRESHOLD, null, "8", false);
        assertEquals(List.of(h.a3(), h.a2(), h.a1()), proposed(h));
        RankingFixture.rule(h.roundId(), RuleKind.THRESHOLD, null, "8.1", false);
        assertEquals(List.of(h.a3()), proposed(h));
        RankingFixture.rule(h.roundId(), RuleKind.MANUAL, null, null, false);
        assertEquals(List.of(), proposed(h));
    }

    @Test
    void sameScoresInAnyInsertionOrderGiveTheSameRanking() {
        TestData.ScoringRound sr = TestData.scoringRound("DET", 12, 5, 5);
        List<TestData.Assigned> assigned = TestData.assign(sr);
        RankingFixture.state(sr.roundId(), RoundState.CLOSED);
        // Few distinct values, so many totals and aggregates tie and every tie-break gets used.
        Random random = new Random(42);
        String[] values = { "6", "7", "8", "10" };
        List<String[]> cards = new ArrayList<>();
        for (TestData.Assigned a : assigned) {
            cards.add(new String[] { String.valueOf(a.assignmentId()), values[random.nextInt(values.length)],
                    values[random.nextInt(values.length)], values[random.nextInt(values.length)] });
        }
        insert(cards);
        List<Standing.Line> first = RankingFixture.lines(ranking, sr.roundId());

        QuarkusTransaction.requiringNew().run(() -> Scorecard.deleteAll());
        List<String[]> shuffled = new ArrayList<>(cards);
        Collections.shuffle(shuffled, new Random(7));
        insert(shuffled);
        List<Standing.Line> second = RankingFixture.lines(ranking, sr.roundId());

        assertEquals(first, second);
        assertEquals(12, first.size());
        assertTrue(first.stream().anyMatch(l -> l.tieBrokenBy() != null), "the data must contain ties: " + first);
        for (int i = 1; i < first.size(); i++) {
            Standing.Line a = first.get(i - 1);
            Standing.Line b = first.get(i);
            assertTrue(a.score().compareTo(b.score()) >= 0);
            assertFalse(a.rank().equals(b.rank()), "APPLICATION_ID ends every tie: ranks are all distinct");
            if (a.score().compareTo(b.score()) == 0) {
                assertTrue(a.tieBrokenBy() != null, "a tie between " + a + " and " + b + " says how it was broken");
            }
        }
    }

    private List<Long> proposed(RankingFixture.Hand h) {
        return RankingFixture.lines(ranking, h.roundId()).stream().filter(Standing.Line::proposed)
                .map(Standing.Line::applicationId).toList();
    }

    private static void insert(List<String[]> cards) {
        for (String[] c : cards) {
            RankingFixture.card(Long.parseLong(c[0]), c[1], c[2], c[3], ScorecardStatus.SUBMITTED);
        }
    }
}
