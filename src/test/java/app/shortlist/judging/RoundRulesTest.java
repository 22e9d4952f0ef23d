package app.shortlist.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.shortlist.i18n.Lang;
import app.shortlist.judging.RoundRules.CriterionRow;
import app.shortlist.judging.RoundRules.Settings;
import app.shortlist.judging.rules.Aggregation;
import app.shortlist.judging.rules.Rubric;
import app.shortlist.judging.rules.TieBreak;
import app.shortlist.program.RuleKind;

class RoundRulesTest {

    static final Rubric RUBRIC = Rubric.of(Rubric.Criterion.of("innovation", "40", "0", "10", "0.5"),
            Rubric.Criterion.of("market", "60", "0", "10", "0.5"));

    static Settings settings(int k, String tieBreaks, RuleKind kind, Integer n, String threshold) {
        return new Settings(k, false, false, Aggregation.TRIMMED_MEAN, tieBreaks, kind, n,
                threshold == null ? null : new BigDecimal(threshold), false, null, null);
    }

    @Test
    void validSettingsHaveNoProblem() {
        assertEquals(Map.of(), RoundRules.settingsProblems(
                settings(5, "criterion:innovation, MORE_TOP_SCORES,APPLICATION_ID", RuleKind.TOP_N, 15, null), RUBRIC,
                Lang.ZH));
        assertEquals(Map.of(), RoundRules.settingsProblems(settings(1, null, RuleKind.THRESHOLD, null, "7.5"),
                RUBRIC, Lang.EN));
    }

    @Test
    void everyBadSettingIsReportedAtOnceInBothLanguages() {
        Settings bad = new Settings(0, false, false, null, "criterion:team", RuleKind.TOP_N, 0, null, false,
                Instant.parse("2026-05-02T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"));
        Map<String, String> zh = RoundRules.settingsProblems(bad, RUBRIC, Lang.ZH);
        assertEquals(List.of("k", "aggregation", "tieBreaks", "ruleN", "endsAt"), List.copyOf(zh.keySet()));
        assertEquals("每件申报的评委人数须在 1 至 50 之间。", zh.get("k"));
        assertEquals("同分规则引用的指标“team”不在本轮评分标准中。", zh.get("tieBreaks"));
        Map<String, String> en = RoundRules.settingsProblems(bad, RUBRIC, Lang.EN);
        assertEquals("Judges per application must be between 1 and 50.", en.get("k"));
        assertEquals("For top N, give how many go on (at least 1).", en.get("ruleN"));
        assertEquals("The close time must come after the start.", en.get("endsAt"));
    }

    @Test
    void tieBreaksAreCheckedAgainstTheRubricAndParsedInOrder() {
        assertTrue(RoundRules.settingsProblems(settings(5, "FASTEST", RuleKind.MANUAL, null, null), RUBRIC, Lang.EN)
                .get("tieBreaks").startsWith("Unknown tie-break “FASTEST”"));
        assertTrue(RoundRules.settingsProblems(settings(5, "MORE_TOP_SCORES,more_top_scores", RuleKind.MANUAL, null,
                null), RUBRIC, Lang.EN).get("tieBreaks").contains("appears twice"));
        // no rubric yet: a criterion cannot be named
        assertTrue(RoundRules.settingsProblems(settings(5, "criterion:innovation", RuleKind.MANUAL, null, null), null,
                Lang.ZH).containsKey("tieBreaks"));
        // what is stored is what TieBreaks.parse reads for the ranking
        assertEquals(List.of(TieBreak.criterion("market"), TieBreak.MORE_TOP_SCORES, TieBreak.APPLICATION_ID),
                TieBreaks.parse(RoundRules.normaliseTieBreaks("criterion:market，more_top_scores APPLICATION_ID")));
        assertEquals("criterion:market,MORE_TOP_SCORES", RoundRules.normaliseTieBreaks(" criterion:market , more_top_scores"));
        assertEquals(null, RoundRules.normaliseTieBreaks("  "));
    }

    @Test
    void thresholdMustLieWithinTheRubricsRange() {
        assertEquals("分数线须在评分标准的总分范围 0 至 10 之内。", RoundRules.settingsProblems(
                settings(5, null, RuleKind.THRESHOLD, null, "10.5"), RUBRIC, Lang.ZH).get("ruleThreshold"));
        assertEquals("For a score threshold, give the threshold.", RoundRules.settingsProblems(
                settings(5, null, RuleKind.THRESHOLD, null, null), RUBRIC, Lang.EN).get("ruleThreshold"));
    }

    static CriterionRow row(String key, String zh, String en, String min, String max, String step, String weight) {
        return new CriterionRow(key, zh, en, null, null, min, max, step, weight);
    }

    @Test
    void rubricRowsAreCheckedFieldByFieldAndBlankRowsIgnored() {
        List<CriterionRow> rows = List.of(row("innovation", "创新性", "Innovation", "0", "10", "0.5", "40"),
                row("", "", "", "", "", "", ""),
                row("Innovation!", "", "Market", "10", "0", "0", "-1"),
                row("innovation", "团队", "Team", "0", "10", "3", "x"));
        Map<String, String> en = RoundRules.rubricProblems(rows, Lang.EN);
        assertEquals("A criterion key starts with a lower-case letter and has only lower-case letters, digits and underscores (at most 64).",
                en.get("c[2].key"));
        assertEquals("Give the name in Chinese and in English.", en.get("c[2].name"));
        assertEquals("The minimum must be below the maximum.", en.get("c[2].max"));
        assertEquals("The step must be greater than 0.", en.get("c[2].step"));
        assertEquals("The weight must be greater than 0.", en.get("c[2].weight"));
        assertEquals("The key “innovation” is used by another criterion.", en.get("c[3].key"));
        assertEquals("The range must be a whole number of steps (0 to 10, step 3).", en.get("c[3].step"));
        assertEquals("Enter a number with at most 4 decimals, e.g. 0.5.", en.get("c[3].weight"));
        assertTrue(en.keySet().stream().noneMatch(k -> k.startsWith("c[0]") || k.startsWith("c[1]")), en.toString());
        Map<String, String> zh = RoundRules.rubricProblems(rows, Lang.ZH);
        assertEquals("最高分与最低分之差须为步长的整数倍（0 至 10，步长 3）。", zh.get("c[3].step"));
        assertEquals("评分标准至少需要一项指标。",
                RoundRules.rubricProblems(List.of(row("", "", "", "", "", "", "")), Lang.ZH).get("rubric"));
    }

    @Test
    void aValidRubricBecomesTheRuleRubricWithPercentages() {
        List<CriterionRow> rows = List.of(row("innovation", "创新性", "Innovation", "0", "10", "0.5", "2"),
                row("market", "市场", "Market", "0", "10", "0.5", "1"), row("", "", "", "", "", "", ""));
        assertEquals(Map.of(), RoundRules.rubricProblems(rows, Lang.ZH));
        Rubric r = RoundRules.rubric(rows).rubric();
        assertEquals(2, r.criteria().size());
        assertEquals("66.7%", RoundRules.percent(new BigDecimal("2"), r.weightSum()));
        assertEquals("33.3%", RoundRules.percent(new BigDecimal("1"), r.weightSum()));
        assertEquals("40%", RoundRules.percent(new BigDecimal("40.0000"), new BigDecimal("100")));
        assertEquals("10", RoundRules.plain(new BigDecimal("10.0000")));
    }
}
