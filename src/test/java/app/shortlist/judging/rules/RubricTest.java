package app.shortlist.judging.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.shortlist.judging.rules.Rubric.Criterion;
import app.shortlist.judging.rules.Rubric.ScoreProblem;
import app.shortlist.judging.rules.Rubric.ScoreProblem.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubricTest {

    // innovation counts double: total = (2·innovation + feasibility + team) / 4
    static final Rubric RUBRIC = Rubric.of(
            Criterion.of("innovation", "2", "0", "10", "0.5"),
            Criterion.of("feasibility", "1", "0", "10", "1"),
            Criterion.of("team", "1", "0", "10", "1"));

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static void assertNumber(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void weightedTotalIsWeightedMeanOfScores() {
        // (2·8 + 6 + 7) / (2 + 1 + 1) = 29 / 4 = 7.25
        assertNumber("7.25", RUBRIC.total(Map.of("innovation", d("8"), "feasibility", d("6"), "team", d("7"))));
        // (2·9.5 + 10 + 3) / 4 = 32 / 4 = 8
        assertNumber("8", RUBRIC.total(Map.of("innovation", d("9.5"), "feasibility", d("10"), "team", d("3"))));
    }

    @Test
    void weightsAreRelative() {
        Rubric percent = Rubric.of(
                Criterion.of("innovation", "50", "0", "10", "0.5"),
                Criterion.of("feasibility", "25", "0", "10", "1"),
                Criterion.of("team", "25", "0", "10", "1"));
        // (50·8 + 25·6 + 25·7) / 100 = (400 + 150 + 175) / 100 = 7.25, same as weights 2:1:1
        assertNumber("7.25", percent.total(Map.of("innovation", d("8"), "feasibility", d("6"), "team", d("7"))));
    }

    @Test
    void totalOfCriteriaWithDifferentRangesLiesInTheRubricRange() {
        Rubric mixed = Rubric.of(Criterion.of("plan", "3", "0", "100", "1"), Criterion.of("pitch", "1", "0", "20", "0.5"));
        // min = (3·0 + 1·0) / 4 = 0; max = (3·100 + 1·20) / 4 = 320 / 4 = 80
        assertNumber("0", mixed.min());
        assertNumber("80", mixed.max());
        // (3·90 + 1·10) / 4 = 280 / 4 = 70
        assertNumber("70", mixed.total(Map.of("plan", d("90"), "pitch", d("10"))));
    }

    @Test
    void nonTerminatingTotalIsRoundedToSixteenDigits() {
        Rubric thirds = Rubric.of(Criterion.of("a", "1", "0", "10", "1"), Criterion.of("b", "2", "0", "10", "1"));
        // (1·1 + 2·0) / 3 = 0.333…
        assertNumber("0.3333333333333333", thirds.total(Map.of("a", d("1"), "b", d("0"))));
    }

    @Test
    void validScoresHaveNoProblems() {
        assertEquals(List.of(), RUBRIC.problems(Map.of("innovation", d("0"), "feasibility", d("10"), "team", d("5"))));
    }

    @Test
    void problemsNameMissingOutOfRangeOffStepAndUnknownCriteria() {
        List<ScoreProblem> problems = RUBRIC.problems(Map.of(
                "innovation", d("7.3"), // 7.3 − 0 is not a multiple of 0.5
                "team", d("11"), // above max 10
                "budget", d("5"))); // not in the rubric; feasibility is missing
        assertEquals(List.of(
                new ScoreProblem("innovation", Kind.OFF_STEP, d("7.3")),
                new ScoreProblem("feasibility", Kind.MISSING, null),
                new ScoreProblem("team", Kind.OUT_OF_RANGE, d("11")),
                new ScoreProblem("budget", Kind.UNKNOWN_CRITERION, d("5"))), problems);
    }

    @Test
    void belowMinIsOutOfRangeAndStepCountsFromMin() {
        Rubric fromOne = Rubric.of(Criterion.of("a", "1", "1", "5", "2"));
        assertEquals(List.of(new ScoreProblem("a", Kind.OUT_OF_RANGE, d("0"))), fromOne.problems(Map.of("a", d("0"))));
        assertEquals(List.of(), fromOne.problems(Map.of("a", d("3")))); // 1 + 1·2
        assertEquals(List.of(new ScoreProblem("a", Kind.OFF_STEP, d("2"))), fromOne.problems(Map.of("a", d("2"))));
    }

    @Test
    void totalRefusesInvalidScores() {
        assertThrows(IllegalArgumentException.class, () -> RUBRIC.total(Map.of("innovation", d("8"))));
    }

    @Test
    void badRubricsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Criterion.of("a", "0", "0", "10", "1"));
        assertThrows(IllegalArgumentException.class, () -> Criterion.of("a", "-1", "0", "10", "1"));
        assertThrows(IllegalArgumentException.class, () -> Criterion.of("a", "1", "10", "10", "1"));
        assertThrows(IllegalArgumentException.class, () -> Criterion.of("a", "1", "0", "10", "3"));
        assertThrows(IllegalArgumentException.class, () -> Rubric.of());
        assertThrows(IllegalArgumentException.class,
                () -> Rubric.of(Criterion.of("a", "1", "0", "10", "1"), Criterion.of("a", "2", "0", "10", "1")));
        assertTrue(RUBRIC.criterion("team").isPresent());
    }
}
