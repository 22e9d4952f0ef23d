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

    /**
     * One flag: on a field (attachments, values) or naming the other applications (duplicates):
     * the first few by reference, and how many more there are ({@code more}), so a flag stays short
     * however many share the organisation.
     */
    public record Flag(Kind kind, String field, FormRules.Problem problem, List<String> others, long more) {

        public Flag(Kind kind, String field, FormRules.Problem problem, List<String> others) {
            this(kind, field, problem, others, 0);
        }

        /** The flag in words; {@code fieldLabel} is the field's label in {@code lang} (or its key). */
        public String message(Lang lang, String fieldLabel) {
            return switch (kind) {
                case MISSING_ATTACHMENT -> kind.label(lang) + (lang == Lang.EN ? ": " : "：") + fieldLabel;
                case INVALID_VALUE -> fieldLabel + (lang == Lang.EN ? ": " : "：") + problem.message(lang);
                default -> kind.label(lang) + (lang == Lang.EN ? " as " : "，同 ") + String.join(", ", others)
                        + (more == 0 ? "" : lang == Lang.EN ? " and " + more + " more" : " 等 " + (others.size() + more) + " 份");
            };
        }
    }

    /**
     * An application to flag: its stored values by form key and the keys of the files it has;
     * {@code listed}: submitted or returned, so counted among the applications that share its keys.
     */
    public record Subject(long id, String organisation, String uscc, Map<String, String> values, Set<String> files,
            boolean listed) {

        public Subject(long id, String organisation, String uscc, Map<String, String> values, Set<String> files) {
            this(id, organisation, uscc, values, files, true);
        }
    }

    /** Another submitted (not withdrawn) application of the same program. */
    public record Other(long id, String reference, String organisation, String uscc) {
    }

    /** The applications sharing one key: how many in all, and the first few of them by reference. */
    public record Group(long size, List<Other> first) {
    }

    /** The groups by organisation key and by credit-code key. */
    public record Same(Map<String, Group> byOrganisation, Map<String, Group> byUscc) {

        /** Groups holding every one of {@code others}. */
        public static Same of(List<Other> others) {
            Map<String, List<Other>> organisations = new HashMap<>();
            Map<String, List<Other>> usccs = new HashMap<>();
            for (Other o : others) {
                index(organisations, key(o.organisation()), o);
                index(usccs, key(o.uscc()), o);
            }
            return new Same(whole(organisations), whole(usccs));
        }

        private static Map<String, Group> whole(Map<String, List<Other>> index) {
            Map<String, Group> groups = new HashMap<>();
            index.forEach((k, list) -> groups.put(k, new Group(list.size(), list)));
            return groups;
        }
    }

    private ScreeningFlags() {
    }

    /** Flags by application id, in form order then duplicates; every subject has an entry (maybe empty). */
    public static Map<Long, List<Flag>> of(List<FormRules.Rule> rules, List<Subject> subjects, List<Other> others) {
        return of(rules, subjects, Same.of(others), Integer.MAX_VALUE);
    }

    /** The same, naming at most {@code named} others in a duplicate flag. */
    public static Map<Long, List<Flag>> of(List<FormRules.Rule> rules, List<Subject> subjects, Same same, int named) {
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
            duplicate(list, Kind.DUPLICATE_ORGANISATION, group(same.byOrganisation(), s.organisation()), s, named);
            duplicate(list, Kind.DUPLICATE_USCC, group(same.byUscc(), s.uscc()), s, named);
            flags.put(s.id(), list);
        }
        return flags;
    }

    /** {@link MatchKey#of}: the key duplicates are compared by. */
    public static String key(String value) {
        return MatchKey.of(value);
    }

    private static Group group(Map<String, Group> groups, String value) {
        String key = key(value);
        return key == null ? null : groups.get(key);
    }

    private static void index(Map<String, List<Other>> index, String key, Other other) {
        if (key != null) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(other);
        }
    }

    /**
     * The others of the subject's group: the first {@code named} by reference, and how many more.
     * The subject is one of the group when it is among the first, or, when only the first few were
     * read, when it is listed (submitted or returned) at all.
     */
    private static void duplicate(List<Flag> into, Kind kind, Group group, Subject self, int named) {
        if (group == null) {
            return;
        }
        boolean inFirst = group.first().stream().anyMatch(o -> o.id() == self.id());
        boolean counted = inFirst || (group.first().size() < group.size() && self.listed());
        List<String> others = group.first().stream().filter(o -> o.id() != self.id())
                .map(o -> o.reference() == null ? "#" + o.id() : o.reference()).sorted().limit(named).toList();
        long more = Math.max(0, group.size() - (counted ? 1 : 0) - others.size());
        if (!others.isEmpty()) {
            into.add(new Flag(kind, null, null, others, more));
        }
    }
}
