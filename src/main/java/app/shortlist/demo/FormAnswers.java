package app.shortlist.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import app.shortlist.application.FormRules;
import app.shortlist.program.FieldType;
import app.shortlist.program.FormField;

/**
 * Answers to a program's own fields. A realistic value is taken where the
 * generator has one for the key and it meets the field's rules; any other field
 * gets a plain valid value of its type, so a changed template still yields
 * applications that pass submission. Pure Java.
 */
final class FormAnswers {

    private FormAnswers() {
    }

    /**
     * @param rules the form's rules (ApplicationForm.rules) by key, by which each value is checked
     * @param realistic values by key; a key mapped to null leaves that field unanswered unless it is required
     * @param optionalShare how often an optional field the generator knows nothing about is answered
     */
    static Map<String, String> fill(List<FormField> fields, Map<String, FormRules.Rule> rules,
            Map<String, String> realistic, Random r, LocalDate today, double optionalShare) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField f : fields) {
            if (f.type == FieldType.FILE) {
                continue;
            }
            FormRules.Rule rule = rules.get(f.key);
            boolean known = realistic.containsKey(f.key);
            String value = realistic.get(f.key);
            boolean wanted = f.required || (known ? value != null : r.nextDouble() < optionalShare);
            if (value != null && !valid(rule, f.key, value)) {
                value = null;
            }
            if (value == null && wanted) {
                value = generic(f, rule, r, today);
            }
            if (value != null) {
                answers.put(f.key, value);
            }
        }
        return answers;
    }

    static boolean valid(FormRules.Rule rule, String key, String value) {
        return rule != null && FormRules.check(List.of(rule), Map.of(key, value), true).isEmpty();
    }

    static String generic(FormField f, FormRules.Rule rule, Random r, LocalDate today) {
        String value = switch (f.type) {
            case TEXT -> f.label.zh + "（演示）";
            case LONG_TEXT -> "演示数据：" + f.label.zh + "。本内容由演示数据生成器填写，仅用于展示和测试。";
            case NUMBER -> number(f.minValue, f.maxValue, r);
            case CHOICE -> choices(f).isEmpty() ? null : Allocation.pick(choices(f), r);
            case MULTI_CHOICE -> choices(f).isEmpty() ? null : Allocation.pick(choices(f), r);
            case DATE -> today.minusDays(r.nextInt(730)).toString();
            case COUNTRY -> "CN";
            case FILE -> null;
        };
        if (value != null && rule != null && rule.maxLength() != null
                && value.codePointCount(0, value.length()) > rule.maxLength()) {
            value = value.substring(0, value.offsetByCodePoints(0, rule.maxLength()));
        }
        return value;
    }

    /** A whole number inside [min, max], near the bottom of wide ranges. */
    static String number(BigDecimal min, BigDecimal max, Random r) {
        BigDecimal lo = min == null ? BigDecimal.ZERO : min.setScale(0, RoundingMode.CEILING);
        BigDecimal hi = max == null ? lo.add(BigDecimal.valueOf(100)) : max.setScale(0, RoundingMode.FLOOR);
        if (hi.compareTo(lo) < 0) {
            return (min != null ? min : max).stripTrailingZeros().toPlainString();
        }
        long span = hi.subtract(lo).min(BigDecimal.valueOf(1000)).longValueExact();
        return lo.add(BigDecimal.valueOf((long) (r.nextDouble() * (span + 1)))).toPlainString();
    }

    /** A few of the choices, in the order the field lists them, comma-separated. */
    static String someOf(FormField f, Set<String> wanted) {
        return f.choices().stream().map(FormField.Choice::value).filter(wanted::contains)
                .collect(Collectors.joining(","));
    }

    private static List<String> choices(FormField f) {
        return new ArrayList<>(f.choices().stream().map(FormField.Choice::value).toList());
    }
}
