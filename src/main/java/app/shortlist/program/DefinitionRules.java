package app.shortlist.program;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import app.shortlist.program.ProgramDefinition.FieldSpec;
import app.shortlist.program.ProgramDefinition.RoundSpec;

/**
 * The rules of a {@link ProgramDefinition} that span several values, beyond the
 * annotations: dates in order, choices for choice fields, min ≤ max, keys not
 * reserved and distinct, and parts that fit the program's kind. Pure Java.
 */
public final class DefinitionRules {

    /** The keys of the built-in fields every application form has. */
    public static final Set<String> RESERVED_KEYS = Set.of("projectName", "organisation", "contactName", "phone",
            "email", "trackId", "directionId", "unitId", "uscc", "countryRegion", "requestedAmount");

    /** The file kinds an upload field may accept (see the application's content sniffing). */
    public static final Set<String> FILE_KINDS = Set.of("PDF", "DOCX", "XLSX", "PPTX", "DOC_LEGACY", "PNG", "JPEG");

    private static final Pattern CHOICE_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private DefinitionRules() {
    }

    /** Problems by field path (as Bean Validation names them, e.g. {@code fields[2].options}), in order. */
    public static Map<String, DefinitionProblem> check(ProgramDefinition d) {
        Map<String, DefinitionProblem> problems = new LinkedHashMap<>();
        if (d.opensAt() != null && d.submissionDeadline() != null && !d.submissionDeadline().isAfter(d.opensAt())) {
            problems.put("submissionDeadline", DefinitionProblem.DEADLINE_BEFORE_OPENING);
        }
        if (d.kind() == ProgramKind.COMPETITION) {
            putIf(problems, !d.sections().isEmpty(), "sections", DefinitionProblem.NOT_FOR_COMPETITION);
            putIf(problems, !d.directions().isEmpty(), "directions", DefinitionProblem.NOT_FOR_COMPETITION);
            putIf(problems, !d.units().isEmpty(), "units", DefinitionProblem.NOT_FOR_COMPETITION);
        } else if (d.kind() == ProgramKind.FUNDING_CALL) {
            putIf(problems, !d.divisions().isEmpty(), "divisions", DefinitionProblem.NOT_FOR_FUNDING_CALL);
            putIf(problems, !d.tracks().isEmpty(), "tracks", DefinitionProblem.NOT_FOR_FUNDING_CALL);
        }
        checkRounds(d.rounds(), problems);
        checkFields(d.fields(), problems);
        return problems;
    }

    private static void checkRounds(List<RoundSpec> rounds, Map<String, DefinitionProblem> problems) {
        Instant previousStart = null;
        for (int i = 0; i < rounds.size(); i++) {
            RoundSpec r = rounds.get(i);
            if (r == null) {
                continue;
            }
            if (r.startsAt() != null && r.endsAt() != null && r.endsAt().isBefore(r.startsAt())) {
                problems.put("rounds[" + i + "].endsAt", DefinitionProblem.ENDS_BEFORE_START);
            }
            if (r.startsAt() != null) {
                if (previousStart != null && r.startsAt().isBefore(previousStart)) {
                    problems.put("rounds[" + i + "].startsAt", DefinitionProblem.ROUND_ORDER);
                }
                previousStart = r.startsAt();
            }
        }
    }

    private static void checkFields(List<FieldSpec> fields, Map<String, DefinitionProblem> problems) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec f = fields.get(i);
            if (f == null) {
                continue;
            }
            String at = "fields[" + i + "].";
            if (f.key() != null) {
                if (RESERVED_KEYS.contains(f.key())) {
                    problems.put(at + "key", DefinitionProblem.KEY_RESERVED);
                } else if (!keys.add(f.key())) {
                    problems.put(at + "key", DefinitionProblem.KEY_DUPLICATE);
                }
            }
            if (f.type() == FieldType.CHOICE || f.type() == FieldType.MULTI_CHOICE) {
                if (f.options() == null) {
                    problems.put(at + "options", DefinitionProblem.CHOICES_REQUIRED);
                } else if (!choicesWellFormed(f.options())) {
                    problems.put(at + "options", DefinitionProblem.CHOICES_FORMAT);
                }
            }
            if (f.minValue() != null && f.maxValue() != null && f.minValue().compareTo(f.maxValue()) > 0) {
                problems.put(at + "maxValue", DefinitionProblem.MIN_ABOVE_MAX);
            }
            if (f.type() == FieldType.FILE && f.allowedTypes() != null && !fileKindsKnown(f.allowedTypes())) {
                problems.put(at + "allowedTypes", DefinitionProblem.FILE_TYPES);
            }
        }
    }

    /** One choice a line: value|中文|English, values distinct and free of the separators answers use. */
    static boolean choicesWellFormed(String options) {
        Set<String> values = new HashSet<>();
        for (String line : options.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3 || !CHOICE_VALUE.matcher(parts[0].strip()).matches() || parts[1].isBlank()
                    || parts[2].isBlank() || !values.add(parts[0].strip())) {
                return false;
            }
        }
        return !values.isEmpty();
    }

    static boolean fileKindsKnown(String allowedTypes) {
        String[] kinds = allowedTypes.split(",");
        for (String kind : kinds) {
            if (!FILE_KINDS.contains(kind.strip())) {
                return false;
            }
        }
        return kinds.length > 0;
    }

    private static void putIf(Map<String, DefinitionProblem> problems, boolean condition, String path,
            DefinitionProblem problem) {
        if (condition) {
            problems.put(path, problem);
        }
    }
}
