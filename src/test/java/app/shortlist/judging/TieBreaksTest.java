package app.shortlist.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.shortlist.judging.rules.Advancement;
import app.shortlist.judging.rules.TieBreak;
import app.shortlist.program.RuleKind;

/** Plain JUnit: the stored tie-break list and advancement rule, read and written back. */
class TieBreaksTest {

    @Test
    void parsesTheThreeFormsInOrder() {
        assertEquals(List.of(TieBreak.criterion("innovation"), TieBreak.MORE_TOP_SCORES, TieBreak.APPLICATION_ID),
                TieBreaks.parse("criterion:innovation,MORE_TOP_SCORES,APPLICATION_ID"));
        assertEquals(List.of(TieBreak.MORE_TOP_SCORES, TieBreak.criterion("team"), TieBreak.APPLICATION_ID),
                TieBreaks.parse(" more_top_scores , Criterion: team "));
    }

    @Test
    void alwaysEndsWithTheApplicationIdSoTheOrderIsTotal() {
        assertEquals(List.of(TieBreak.APPLICATION_ID), TieBreaks.parse(null));
        assertEquals(List.of(TieBreak.APPLICATION_ID), TieBreaks.parse(" , "));
        assertEquals(List.of(TieBreak.criterion("market"), TieBreak.APPLICATION_ID),
                TieBreaks.parse("criterion:market"));
        // nothing after the last resort could ever decide; repeats are dropped
        assertEquals(List.of(TieBreak.criterion("a"), TieBreak.APPLICATION_ID),
                TieBreaks.parse("criterion:a,criterion:a,APPLICATION_ID,MORE_TOP_SCORES"));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThrows(IllegalArgumentException.class, () -> TieBreaks.parse("criterion:"));
        assertThrows(IllegalArgumentException.class, () -> TieBreaks.parse("HIGHEST_BUDGET"));
    }

    @Test
    void formatsBackToTheStoredForm() {
        String text = "criterion:innovation,MORE_TOP_SCORES,APPLICATION_ID";
        assertEquals(text, TieBreaks.format(TieBreaks.parse(text)));
        assertEquals("criterion:team", TieBreaks.format(TieBreak.criterion("team")));
    }

    @Test
    void advancementRuleRoundTripsThroughItsText() {
        for (AdvancementRule r : List.of(new AdvancementRule(RuleKind.TOP_N, 15, null, true),
                new AdvancementRule(RuleKind.TOP_N, 4, null, false),
                new AdvancementRule(RuleKind.THRESHOLD, null, new BigDecimal("75.5"), false),
                new AdvancementRule(RuleKind.MANUAL, null, null, false))) {
            AdvancementRule back = AdvancementRule.parse(r.text());
            assertEquals(r.kind(), back.kind());
            assertEquals(r.n(), back.n());
            assertEquals(r.perTrack(), back.perTrack());
            assertEquals(0, r.threshold() == null ? (back.threshold() == null ? 0 : 1)
                    : r.threshold().compareTo(back.threshold()));
        }
        assertEquals("TOP_N 15 PER_TRACK", new AdvancementRule(RuleKind.TOP_N, 15, null, true).text());
    }

    @Test
    void anIncompleteRuleProposesNobody() {
        AdvancementRule noN = new AdvancementRule(RuleKind.TOP_N, null, null, false);
        assertFalse(noN.complete());
        assertEquals(Advancement.manual(), noN.advancement());
        assertTrue(new AdvancementRule(RuleKind.THRESHOLD, null, BigDecimal.ONE, false).complete());
        assertEquals(Advancement.topN(3), new AdvancementRule(RuleKind.TOP_N, 3, null, false).advancement());
    }
}
