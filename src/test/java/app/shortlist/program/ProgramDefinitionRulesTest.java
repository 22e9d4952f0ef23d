package app.shortlist.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.shortlist.program.ProgramDefinition.FieldSpec;
import app.shortlist.program.ProgramDefinition.RoundSpec;
import app.shortlist.program.ProgramDefinition.Text;

/** Plain JUnit: the rules across a definition's fields, and the reference templates obey them. */
class ProgramDefinitionRulesTest {

    @Test
    void bothReferenceTemplatesAreValid() {
        for (ProgramTemplates.Template t : ProgramTemplates.all()) {
            assertEquals(Map.of(), DefinitionRules.check(t.definition()), t.id());
        }
        assertEquals(9, ProgramTemplates.jiangxi().allDirections().size());
        assertEquals(5, ProgramTemplates.hangzhou().allTracks().size());
    }

    @Test
    void choicesNeedWellFormedDistinctLines() {
        assertTrue(DefinitionRules.choicesWellFormed("a|甲|A\nb_2|乙|B"));
        assertFalse(DefinitionRules.choicesWellFormed("a|甲"));
        assertFalse(DefinitionRules.choicesWellFormed("a|甲|A\na|乙|B"));
        assertFalse(DefinitionRules.choicesWellFormed("a,b|甲|A"));
        assertFalse(DefinitionRules.choicesWellFormed("a||A"));
    }

    @Test
    void crossFieldProblemsAreReportedByPath() {
        Instant t = Instant.parse("2030-01-01T00:00:00Z");
        ProgramDefinition d = ProgramTemplates.hangzhou();
        List<RoundSpec> rounds = List.of(
                new RoundSpec(null, RoundKind.SCREENING, new Text("甲", "A"), t.plus(Duration.ofDays(5)), t),
                new RoundSpec(null, RoundKind.SCORING, new Text("乙", "B"), t.minus(Duration.ofDays(1)), null));
        List<FieldSpec> fields = List.of(
                new FieldSpec(null, "phone", FieldType.TEXT, null, new Text("电话", "Phone"), null, false, null, null,
                        null, null, null, null),
                new FieldSpec(null, "size", FieldType.NUMBER, null, new Text("人数", "Size"), null, false, null,
                        BigDecimal.TEN, BigDecimal.ONE, null, null, null),
                new FieldSpec(null, "size", FieldType.MULTI_CHOICE, null, new Text("类型", "Kind"), null, false, null,
                        null, null, null, null, null));
        ProgramDefinition bad = new ProgramDefinition(null, null, null, d.code(), ProgramKind.FUNDING_CALL, d.name(),
                d.organiser(), null, t, t, false, false, false, d.divisions(), List.of(), List.of(), List.of(), List.of(),
                rounds, fields);
        assertEquals(Map.of(
                "submissionDeadline", DefinitionProblem.DEADLINE_BEFORE_OPENING,
                "divisions", DefinitionProblem.NOT_FOR_FUNDING_CALL,
                "rounds[0].endsAt", DefinitionProblem.ENDS_BEFORE_START,
                "rounds[1].startsAt", DefinitionProblem.ROUND_ORDER,
                "fields[0].key", DefinitionProblem.KEY_RESERVED,
                "fields[1].maxValue", DefinitionProblem.MIN_ABOVE_MAX,
                "fields[2].key", DefinitionProblem.KEY_DUPLICATE,
                "fields[2].options", DefinitionProblem.CHOICES_REQUIRED), DefinitionRules.check(bad));
    }

    @Test
    void templatesShiftAsAWhole() {
        ProgramDefinition d = ProgramTemplates.jiangxi();
        ProgramDefinition moved = d.shiftedBy(Duration.ofDays(800));
        assertEquals(d.opensAt().plus(Duration.ofDays(800)), moved.opensAt());
        assertEquals(d.rounds().get(2).endsAt().plus(Duration.ofDays(800)), moved.rounds().get(2).endsAt());
        assertEquals(d.sections(), moved.sections());
    }
}
