package app.shortlist.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.shortlist.application.ApplicationStatus;
import app.shortlist.application.FormRules;
import app.shortlist.program.FieldType;
import app.shortlist.program.FormField;

/**
 * What a generator needs to know of the program it fills: its code and
 * submission window, its tracks, directions and units, its own fields and the
 * rules of its whole form (as ApplicationForm states them).
 */
record ProgramShape(long programId, String code, Instant opensAt, Instant deadline, List<Part> tracks,
        List<Part> directions, List<Unit> units, List<FormField> fields, List<FormRules.Rule> rules) {

    record Part(long id, String zh, Integer quota) {
    }

    record Unit(long id, String zh, String cityZh) {
    }

    /** A 1×1 PNG, for file fields that take no PDF. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    Map<String, FormRules.Rule> rulesByKey() {
        Map<String, FormRules.Rule> map = new LinkedHashMap<>();
        rules.forEach(rule -> map.put(rule.key(), rule));
        return map;
    }

    /** One small document for each required FILE field: a PDF where the field takes PDFs, else a PNG. */
    List<DemoApplication.DemoFile> requiredFiles(String reference, Instant uploadedAt) {
        List<DemoApplication.DemoFile> files = new ArrayList<>();
        for (FormField f : fields) {
            if (f.type != FieldType.FILE || !f.required) {
                continue;
            }
            if (f.allowedKinds().contains("PDF")) {
                files.add(new DemoApplication.DemoFile(f.key, f.label.zh + ".pdf",
                        DemoPdf.withLine("Shortlist demo data - " + reference + " - " + f.label.en), uploadedAt));
            } else if (f.allowedKinds().contains("PNG")) {
                files.add(new DemoApplication.DemoFile(f.key, f.label.zh + ".png", PNG.clone(), uploadedAt));
            } else {
                throw new IllegalStateException("The demo data has no document of the kinds " + f.allowedKinds()
                        + " that the field " + f.key + " requires");
            }
        }
        return files;
    }

    /**
     * Holds a generated row to the form's rules — complete for anything past a
     * draft — so that a generator never writes an application the real
     * submission would refuse.
     */
    DemoApplication checked(DemoApplication a, boolean filesAreMissingOnPurpose) {
        Map<String, String> values = a.formValues();
        if (filesAreMissingOnPurpose) {
            fields.stream().filter(f -> f.type == FieldType.FILE).forEach(f -> values.putIfAbsent(f.key, "present"));
        }
        Map<String, FormRules.Problem> problems = FormRules.check(rules, values, a.status() != ApplicationStatus.DRAFT);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Generated application " + a.applicantId() + " breaks the form rules: "
                    + problems);
        }
        return a;
    }
}
