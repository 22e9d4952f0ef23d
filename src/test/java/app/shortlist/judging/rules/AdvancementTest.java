package app.shortlist.judging.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.shortlist.judging.rules.Advancement.CutLine;
import app.shortlist.judging.rules.Advancement.Selection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AdvancementTest {

    static RankedEntry e(long app, String score, int rank) {
        return new RankedEntry(app, new BigDecimal(score), 3, 3, rank, null, List.of());
    }

    // Track A: 1 (90), 2 (85), 3 (80), 4 (80), 5 (70). Track B: 6 (88), 7 (60).
    static final List<RankedEntry> RANKING = List.of(e(1, "90", 1), e(6, "88", 2), e(2, "85", 3), e(3, "80", 4),
            e(4, "80", 4), e(5, "70", 6), e(7, "60", 7));

    static final Map<Long, String> TRACK = Map.of(1L, "A", 2L, "A", 3L, "A", 4L, "A", 5L, "A", 6L, "B", 7L, "B");

    static final Function<Long, String> BY_TRACK = TRACK::get;

    @Test
    void topNPerTrackReportsTheTieOnTheCutLine() {
        Selection s = Advancement.select(RANKING, Advancement.topN(3), BY_TRACK);
        assertEquals(List.of(1L, 6L, 2L, 3L, 7L), s.selected()); // ranking order
        // A's third and fourth both have 80: the proposed cut goes through a tie and says so
        assertEquals(new CutLine("A", 3L, 4L, true, List.of(3L, 4L)), s.cutLines().get("A"));
        // B has only two entries: both go on, nobody is left out
        assertEquals(new CutLine("B", 7L, null, false, List.of()), s.cutLines().get("B"));
    }

    @Test
    void topNWithoutATieAtTheCut() {
        Selection s = Advancement.select(RANKING, Advancement.topN(2), BY_TRACK);
        assertEquals(List.of(1L, 6L, 2L, 7L), s.selected());
        assertEquals(new CutLine("A", 2L, 3L, false, List.of()), s.cutLines().get("A"));
    }

    @Test
    void tieListsEveryEntryOfTheGroupWithTheCutScore() {
        List<RankedEntry> ranking = List.of(e(1, "9", 1), e(2, "8", 2), e(3, "8", 2), e(4, "8", 2), e(5, "7", 5));
        Selection s = Advancement.select(ranking, Advancement.topN(2), null);
        assertEquals(List.of(1L, 2L), s.selected());
        CutLine cut = s.cutLines().get("");
        assertTrue(cut.tieAtCut());
        assertEquals(List.of(2L, 3L, 4L), cut.tiedIds());
    }

    @Test
    void thresholdSelectsScoresAtOrAboveItWithoutTies() {
        Selection s = Advancement.select(RANKING, Advancement.threshold(new BigDecimal("80")), BY_TRACK);
        assertEquals(List.of(1L, 6L, 2L, 3L, 4L), s.selected());
        assertEquals(new CutLine("A", 4L, 5L, false, List.of()), s.cutLines().get("A"));
        assertEquals(new CutLine("B", 6L, 7L, false, List.of()), s.cutLines().get("B"));
    }

    @Test
    void thresholdAboveEveryoneSelectsNobody() {
        Selection s = Advancement.select(RANKING, Advancement.threshold(new BigDecimal("95.5")), BY_TRACK);
        assertEquals(List.of(), s.selected());
        assertEquals(new CutLine("A", null, 1L, false, List.of()), s.cutLines().get("A"));
    }

    @Test
    void manualSelectsNobodyAndLeavesTheChoiceToTheAdmin() {
        Selection s = Advancement.select(RANKING, Advancement.manual(), BY_TRACK);
        assertEquals(List.of(), s.selected());
        assertEquals(new CutLine("B", null, 6L, false, List.of()), s.cutLines().get("B"));
        assertFalse(s.cutLines().get("A").tieAtCut());
    }

    @Test
    void worksOnARealRankingAcrossOneGroup() {
        Rubric rubric = Rubric.of(Rubric.Criterion.of("s", "1", "0", "10", "1"));
        List<Scorecard> cards = List.of(
                Scorecard.of(1, 1, Map.of("s", BigDecimal.valueOf(9))),
                Scorecard.of(1, 2, Map.of("s", BigDecimal.valueOf(7))),
                Scorecard.of(1, 3, Map.of("s", BigDecimal.valueOf(7))));
        List<RankedEntry> ranking = Ranking.rank(cards, rubric, Aggregation.MEAN, List.of(TieBreak.APPLICATION_ID));
        Selection s = Advancement.select(ranking, Advancement.topN(2), null);
        // the ranking put 2 before 3 by id; the cut line still reports the tie for the admin
        assertEquals(List.of(1L, 2L), s.selected());
        assertEquals(new CutLine("", 2L, 3L, true, List.of(2L, 3L)), s.cutLines().get(""));
    }

    @Test
    void rankingOutOfOrderIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Advancement.select(List.of(e(1, "5", 2), e(2, "6", 1)), Advancement.topN(1), null));
        assertThrows(IllegalArgumentException.class, () -> Advancement.topN(-1));
    }
}
