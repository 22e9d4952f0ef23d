package app.shortlist.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.shortlist.application.FormRules;
import app.shortlist.application.MatchKey;
import app.shortlist.i18n.Lang;
import app.shortlist.program.FieldType;

/**
 * What the screener should look at twice, computed from stored values; pure Java. A flag never
 * decides anything: a missing required document, a value the form's rules refuse (the form may
 * have changed since submission, or the data came in another way), and another submitted
 * application of the same program with the same organisation or unified social credit code.
 */
public final class ScreeningFlags {

    public enum Kind {
        MISSING_ATTACHMENT("缺少必需附件", "Required document missing"),
        INVALID_VALUE("填写内容不符合要求", "Value not valid"),
        DUPLICATE_ORGANISATION("申报单位重复", "Same organisation"),
        DUPLICATE_USCC("统一社会信用代码重复", "Same credit code");

        private final String zh;
        private final String en;

        Kind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String label(Lang lang) {
            return lang == Lang.EN ? en : zh;
        }
    }

    /** One flag: on a field (attachments, values) or naming the other applications (duplicates). */
    public record Flag(Kind kind, String field, FormRules.Problem problem, List<String> others) {

        /** The flag in words; {@code fieldLabel} is the field's label in {@code lang} (or its key). */
        public String message(Lang lang, String fieldLabel) {
            return switch (kind) {
                case MISSING_ATTACHMENT -> kind.label(lang) + (lang == Lang.EN ? ": " : "：") + fieldLabel;
                case INVALID_VALUE -> fieldLabel + (lang == Lang.EN ? ": " : "：") + problem.message(lang);
                default -> kind.label(lang) + (lang == Lang.EN ? " as " : "，同 ") + String.join(", ", others);
            };
        }
    }

    /** An application to flag: its stored values by form key and the keys of the files it has. */
    public record Subject(long id, String organisation, String uscc, Map<String, String> values, Set<String> files) {
    }

    /** Another submitted (not withdrawn) application of the same program. */
    public record Other(long id, String reference, String organisation, String uscc) {
    }

    private ScreeningFlags() {
    }

    /** Flags by application id, in form order then duplicates; every subject has an entry (maybe empty). */
    public static Map<Long, List<Flag>> of(List<FormRules.Rule> rules, List<Subject> subjects, List<Other> others) {
        Map<String, List<Other>> byOrganisation = new HashMap<>();
        Map<String, List<Other>> byUscc = new HashMap<>();
        for (Other o : others) {
            index(byOrganisation, key(o.organisation()), o);
            index(byUscc, key(o.uscc()), o);
        }
        Set<String> fileKeys = new java.util.HashSet<>();
        rules.stream().filter(r -> r.type() == FieldType.FILE).forEach(r -> fileKeys.add(r.key()));

        Map<Long, List<Flag>> flags = new LinkedHashMap<>();
        for (Subject s : subjects) {
            List<Flag> list = new ArrayList<>();
            Map<String, String> values = new LinkedHashMap<>(s.values());
            s.files().forEach(f -> values.put(f, "present"));
            FormRules.check(rules, values, true).forEach((field, problem) -> {
                if (problem == FormRules.Problem.UNKNOWN_FIELD) {
                    return; // an answer the form no longer asks for is not the applicant's fault
                }
                boolean missingFile = fileKeys.contains(field) && problem == FormRules.Problem.REQUIRED;
                list.add(new Flag(missingFile ? Kind.MISSING_ATTACHMENT : Kind.INVALID_VALUE, field,
                        missingFile ? null : problem, List.of()));
            });
            duplicate(list, Kind.DUPLICATE_ORGANISATION, byOrganisation.get(key(s.organisation())), s.id());
            duplicate(list, Kind.DUPLICATE_USCC, byUscc.get(key(s.uscc())), s.id());
            flags.put(s.id(), list);
        }
        return flags;
    }

    /** {@link MatchKey#of}: the key duplicates are compared by. */
    public static String key(String value) {
        return MatchKey.of(value);
    }

    private static void index(Map<String, List<Other>> index, String key, Other other) {
        if (key != null) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(other);
        }
    }

    private static void duplicate(List<Flag> into, Kind kind, List<Other> same, long self) {
        if (same == null) {
            return;
        }
        List<String> others = same.stream().filter(o -> o.id() != self)
                .map(o -> o.reference() == null ? "#" + o.id() : o.reference()).sorted().toList();
        if (!others.isEmpty()) {
            into.add(new Flag(kind, null, null, others));
        }
    }
}
