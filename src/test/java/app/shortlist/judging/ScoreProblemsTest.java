package app.shortlist.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.shortlist.i18n.Lang;
import app.shortlist.judging.rules.Rubric;

/** Plain JUnit: reading typed scores and naming each problem, as drafts and as submissions. */
class ScoreProblemsTest {

    static final Rubric RUBRIC = Rubric.of(Rubric.Criterion.of("innovation", "40", "0", "10", "0.5"),
            Rubric.Criterion.of("impact", "60", "-2", "2", "0.25"));

    @Test
    void aDraftMayLeaveCriteriaOutButASubmissionMayNot() {
        ScoreProblems.Read read = ScoreProblems.read(Map.of("innovation", " 8.5 ", "impact", ""));
        assertEquals(Map.of("innovation", new BigDecimal("8.5")), read.scores());
        assertEquals(Map.of(), ScoreProblems.check(RUBRIC, read, null, false, Lang.EN));
        assertEquals(Map.of("impact", "Please score this criterion (-2 to 2)."),
                ScoreProblems.check(RUBRIC, read, null, true, Lang.EN));
        assertEquals(Map.of("impact", "请为此项打分（-2 至 2）。"), ScoreProblems.check(RUBRIC, read, null, true, Lang.ZH));
    }

    @Test
    void offStepNamesTheTwoNearestValidScoresAlsoBelowZero() {
        Map<String, String> errors = ScoreProblems.check(RUBRIC,
                ScoreProblems.read(Map.of("innovation", "7.3", "impact", "-1.1")), null, false, Lang.EN);
        assertEquals("The score must go in steps of 0.5, e.g. 7 or 7.5.", errors.get("innovation"));
        assertEquals("The score must go in steps of 0.25, e.g. -1.25 or -1.", errors.get("impact"));
    }

    @Test
    void unreadableUnknownOutOfRangeAndTooLongCommentAreEachNamed() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("innovation", "1e12");
        typed.put("impact", "2.5");
        typed.put("team", "abc");
        typed.put("extra", "3");
        Map<String, String> errors = ScoreProblems.check(RUBRIC, ScoreProblems.read(typed), "x".repeat(4001), true,
                Lang.EN);
        assertEquals("Enter a number, e.g. 8 or 8.5.", errors.get("innovation"));
        assertEquals("The score must be between -2 and 2.", errors.get("impact"));
        assertEquals("This round's rubric has no such criterion.", errors.get("team"));
        assertEquals("This round's rubric has no such criterion.", errors.get("extra"));
        assertEquals("The comment can be at most 4000 characters.", errors.get("comment"));
        assertEquals(5, errors.size());
    }
}
