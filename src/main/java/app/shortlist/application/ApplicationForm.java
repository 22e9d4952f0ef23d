package app.shortlist.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import app.shortlist.application.FormRules.Format;
import app.shortlist.application.FormRules.Rule;
import app.shortlist.program.Direction;
import app.shortlist.program.FieldType;
import app.shortlist.program.FormField;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Track;

/**
 * The application form as values by key: the built-in fields every program asks
 * (named below) followed by the program's own fields (keyed by FormField.key).
 * Converts between an {@link Application} and that map, and says which rules apply.
 */
@ApplicationScoped
public class ApplicationForm {

    public static final String PROJECT_NAME = "projectName";
    public static final String ORGANISATION = "organisation";
    public static final String CONTACT_NAME = "contactName";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String TRACK = "trackId";
    public static final String DIRECTION = "directionId";
    public static final String UNIT = "unitId";
    public static final String USCC = "uscc";
    public static final String COUNTRY = "countryRegion";
    public static final String REQUESTED_AMOUNT = "requestedAmount";

    public static final Set<String> BUILT_IN = Set.of(PROJECT_NAME, ORGANISATION, CONTACT_NAME, PHONE, EMAIL, TRACK,
            DIRECTION, UNIT, USCC, COUNTRY, REQUESTED_AMOUNT);

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    /** The rules of this program's form, built-in fields first. */
    public List<Rule> rules(Program program, List<FormField> fields) {
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.text(PROJECT_NAME, true, 200));
        rules.add(Rule.text(ORGANISATION, true, 200));
        rules.add(Rule.text(CONTACT_NAME, true, 100));
        rules.add(Rule.text(PHONE, true, 40).as(Format.PHONE));
        rules.add(Rule.text(EMAIL, true, 254).as(Format.EMAIL));
        if (program.isCompetition()) {
            Set<String> tracks = ids(Track.list("program.id", program.id));
            if (!tracks.isEmpty()) {
                rules.add(new Rule(TRACK, FieldType.CHOICE, Format.PLAIN, true, 20, null, null, tracks));
            }
            rules.add(new Rule(COUNTRY, FieldType.COUNTRY, Format.PLAIN, true, 8, null, null, Set.of()));
        } else {
            Set<String> directions = ids(Direction.list("program.id", program.id));
            if (!directions.isEmpty()) {
                rules.add(new Rule(DIRECTION, FieldType.CHOICE, Format.PLAIN, true, 20, null, null, directions));
            }
            Set<String> units = ids(RecommendingUnit.list("program.id", program.id));
            if (!units.isEmpty()) {
                rules.add(new Rule(UNIT, FieldType.CHOICE, Format.PLAIN, true, 20, null, null, units));
            }
            rules.add(new Rule(REQUESTED_AMOUNT, FieldType.NUMBER, Format.PLAIN, false, 20, BigDecimal.ZERO, MAX_AMOUNT,
                    Set.of()));
        }
        if (program.asksEnterprise) {
            rules.add(Rule.text(USCC, true, 18).as(Format.USCC));
        }
        for (FormField f : fields) {
            Set<String> choices = f.choices().stream().map(FormField.Choice::value).collect(Collectors.toSet());
            int maxLength = f.maxLength != null ? f.maxLength : f.type == FieldType.LONG_TEXT ? 5000 : 500;
            rules.add(new Rule(f.key, f.type, Format.PLAIN, f.required, maxLength, f.minValue, f.maxValue, choices));
        }
        return rules;
    }

    /** The application's current values, as the form shows them. */
    public Map<String, String> values(Application a) {
        Map<String, String> v = new LinkedHashMap<>();
        put(v, PROJECT_NAME, a.projectName);
        put(v, ORGANISATION, a.organisation);
        put(v, CONTACT_NAME, a.contactName);
        put(v, PHONE, a.phone);
        put(v, EMAIL, a.email);
        put(v, TRACK, a.track == null ? null : a.track.id.toString());
        put(v, DIRECTION, a.direction == null ? null : a.direction.id.toString());
        put(v, UNIT, a.unit == null ? null : a.unit.id.toString());
        put(v, USCC, a.uscc);
        put(v, COUNTRY, a.countryRegion);
        put(v, REQUESTED_AMOUNT, a.requestedAmount == null ? null : a.requestedAmount.toPlainString());
        v.putAll(a.answers);
        return v;
    }

    /** Writes already-checked values into the application; blank clears a value. */
    public void apply(Application a, Map<String, String> values, List<FormField> fields) {
        a.projectName = values.get(PROJECT_NAME);
        a.organisation = values.get(ORGANISATION);
        a.contactName = values.get(CONTACT_NAME);
        a.phone = values.get(PHONE);
        a.email = values.get(EMAIL);
        a.track = values.get(TRACK) == null ? null : Track.findById(Long.valueOf(values.get(TRACK)));
        a.direction = values.get(DIRECTION) == null ? null : Direction.findById(Long.valueOf(values.get(DIRECTION)));
        a.unit = values.get(UNIT) == null ? null : RecommendingUnit.findById(Long.valueOf(values.get(UNIT)));
        a.uscc = Uscc.normalize(values.get(USCC));
        a.countryRegion = values.get(COUNTRY);
        a.requestedAmount = values.get(REQUESTED_AMOUNT) == null ? null : new BigDecimal(values.get(REQUESTED_AMOUNT));
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField f : fields) {
            if (f.type != FieldType.FILE && values.get(f.key) != null) {
                answers.put(f.key, values.get(f.key));
            }
        }
        a.answers = answers;
    }

    /** Trims values, drops blanks, and normalises line breaks; keys are kept as sent (unknown ones are refused later). */
    public static Map<String, String> clean(Map<String, String> values) {
        Map<String, String> cleaned = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key != null && value != null) {
                String v = value.replace("\r\n", "\n").strip();
                if (!v.isEmpty()) {
                    cleaned.put(key, v);
                }
            }
        });
        return cleaned;
    }

    private static Set<String> ids(List<? extends app.shortlist.program.ProgramPart> parts) {
        return parts.stream().map(p -> p.id.toString()).collect(Collectors.toSet());
    }

    private static void put(Map<String, String> v, String key, String value) {
        if (value != null && !value.isBlank()) {
            v.put(key, value);
        }
    }
}
