package app.shortlist.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.shortlist.application.FormRules;
import app.shortlist.application.FormRules.Rule;
import app.shortlist.i18n.Lang;
import app.shortlist.program.FieldType;
import app.shortlist.screening.ScreeningFlags.Flag;
import app.shortlist.screening.ScreeningFlags.Kind;
import app.shortlist.screening.ScreeningFlags.Other;
import app.shortlist.screening.ScreeningFlags.Subject;

/** Plain JUnit: the automatic screening flags, on stored values. */
class ScreeningFlagsTest {

    static final List<Rule> RULES = List.of(
            Rule.text("projectName", true, 200),
            Rule.text("organisation", true, 200),
            new Rule("team_size", FieldType.NUMBER, FormRules.Format.PLAIN, false, 20, BigDecimal.ONE,
                    new BigDecimal("50"), Set.of()),
            new Rule("business_plan", FieldType.FILE, FormRules.Format.PLAIN, true, null, null, null, Set.of()));

    @Test
    void keyIgnoresCaseSpacesAndFullWidth() {
        assertEquals("acmegmbh(hangzhou)", ScreeningFlags.key(" ＡＣＭＥ　GmbH （Hangzhou） "));
        assertEquals(ScreeningFlags.key("91330100MA2B3C4D5E"), ScreeningFlags.key("９１３３０１００ma2b3c4d5e"));
        assertEquals("杭州某某科技有限公司", ScreeningFlags.key("杭州某某科技 有限公司"));
        assertNull(ScreeningFlags.key("　 "));
        assertNull(ScreeningFlags.key(null));
    }

    @Test
    void missingRequiredDocumentAndOutOfRangeNumberAreFlagged() {
        Subject s = new Subject(1, "A", null, Map.of("projectName", "P", "organisation", "A", "team_size", "80"),
                Set.of());
        List<Flag> flags = ScreeningFlags.of(RULES, List.of(s), List.of()).get(1L);
        assertEquals(List.of(new Flag(Kind.INVALID_VALUE, "team_size", FormRules.Problem.ABOVE_MAX, List.of()),
                new Flag(Kind.MISSING_ATTACHMENT, "business_plan", null, List.of())), flags);
        assertEquals("Team size: The number is above the allowed maximum.", flags.get(0).message(Lang.EN, "Team size"));
        assertEquals("缺少必需附件：商业计划书", flags.get(1).message(Lang.ZH, "商业计划书"));
    }

    @Test
    void completeApplicationHasNoFlag() {
        Subject s = new Subject(1, "A", null, Map.of("projectName", "P", "organisation", "A", "team_size", "5"),
                Set.of("business_plan"));
        assertEquals(Map.of(1L, List.of()), ScreeningFlags.of(RULES, List.of(s), List.of(new Other(1, "R-1", "A", null))));
    }

    @Test
    void answersTheFormNoLongerAsksForAreNotFlagged() {
        Subject s = new Subject(1, "A", null, Map.of("projectName", "P", "organisation", "A", "old_field", "x"),
                Set.of("business_plan"));
        assertEquals(List.of(), ScreeningFlags.of(RULES, List.of(s), List.of()).get(1L));
    }

    @Test
    void sameOrganisationOrCreditCodeAsAnotherApplicationIsFlaggedNamingIt() {
        Map<String, String> v = Map.of("projectName", "P", "organisation", "x");
        Subject a = new Subject(1, "杭州甲科技有限公司（分公司）", "91330100MA2B3C4D5E", v, Set.of("business_plan"));
        Subject b = new Subject(2, "Other Ltd", null, v, Set.of("business_plan"));
        List<Other> others = List.of(new Other(1, "R-1", a.organisation(), a.uscc()),
                new Other(7, "R-7", "杭州甲科技有限公司(分公司)", null),
                new Other(9, "R-9", "Someone", "９１３３０１００ＭＡ２Ｂ３Ｃ４Ｄ５Ｅ"),
                new Other(3, "R-3", "Someone else", null));
        Map<Long, List<Flag>> flags = ScreeningFlags.of(RULES, List.of(a, b), others);
        assertEquals(List.of(new Flag(Kind.DUPLICATE_ORGANISATION, null, null, List.of("R-7")),
                new Flag(Kind.DUPLICATE_USCC, null, null, List.of("R-9"))), flags.get(1L));
        assertEquals(List.of(), flags.get(2L));
        assertEquals("申报单位重复，同 R-7", flags.get(1L).get(0).message(Lang.ZH, ""));
        assertEquals("Same credit code as R-9", flags.get(1L).get(1).message(Lang.EN, ""));
    }

    @Test
    void aDuplicateFlagNamesTheFirstFewByReferenceAndCountsTheRest() {
        Map<String, String> v = Map.of("projectName", "P", "organisation", "x");
        Subject listed = new Subject(1, "Acme", null, v, Set.of("business_plan"), true);
        Subject withdrawn = new Subject(2, "ACME", null, v, Set.of("business_plan"), false);
        // 120 submitted share the key; the database sent the first four by reference, the subject among them.
        var group = new ScreeningFlags.Group(120, List.of(new Other(7, "R-007", "Acme", null),
                new Other(1, "R-001", "Acme", null), new Other(5, "R-005", "Acme", null), new Other(6, "R-006", "Acme", null)));
        var same = new ScreeningFlags.Same(Map.of(ScreeningFlags.key("Acme"), group), Map.of());
        Map<Long, List<Flag>> flags = ScreeningFlags.of(RULES, List.of(listed, withdrawn), same, 3);
        assertEquals(List.of(new Flag(Kind.DUPLICATE_ORGANISATION, null, null, List.of("R-005", "R-006", "R-007"), 116)),
                flags.get(1L), "119 others: three named");
        assertEquals(List.of(new Flag(Kind.DUPLICATE_ORGANISATION, null, null, List.of("R-001", "R-005", "R-006"), 117)),
                flags.get(2L), "not submitted, so not one of the 120");
        assertEquals("Same organisation as R-005, R-006, R-007 and 116 more", flags.get(1L).get(0).message(Lang.EN, ""));
        assertEquals("申报单位重复，同 R-005, R-006, R-007 等 119 份", flags.get(1L).get(0).message(Lang.ZH, ""));
    }
}
