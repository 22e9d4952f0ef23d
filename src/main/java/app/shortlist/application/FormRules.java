package app.shortlist.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import app.shortlist.i18n.Countries;
import app.shortlist.program.FieldType;

/**
 * Checks an application's values against its form. Pure Java. A draft is held
 * to the format rules only; a submission must also be complete.
 */
public final class FormRules {

    /** What can be wrong with one value, said in both languages. */
    public enum Problem {
        REQUIRED("此项为必填项。", "This field is required."),
        TOO_LONG("内容过长。", "This is too long."),
        NOT_A_NUMBER("请输入数字。", "Please enter a number."),
        BELOW_MIN("数值低于允许的最小值。", "The number is below the allowed minimum."),
        ABOVE_MAX("数值超过允许的最大值。", "The number is above the allowed maximum."),
        UNKNOWN_CHOICE("请从列表中选择。", "Please choose from the list."),
        NOT_A_DATE("请输入有效日期（年-月-日）。", "Please enter a valid date (year-month-day)."),
        UNKNOWN_COUNTRY("请从列表中选择国家或地区。", "Please choose a country or region from the list."),
        INVALID_EMAIL("请输入有效的电子邮箱地址。", "Please enter a valid e-mail address."),
        INVALID_PHONE("请输入有效的电话号码。", "Please enter a valid phone number."),
        INVALID_USCC("统一社会信用代码无效：应为 18 位，且校验位正确。", "Invalid unified social credit code: it has 18 characters and a check character that must match."),
        UNKNOWN_FIELD("此申报表没有该项。", "This form has no such field.");

        private final String zh;
        private final String en;

        Problem(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String message(app.shortlist.i18n.Lang lang) {
            return lang == app.shortlist.i18n.Lang.EN ? en : zh;
        }
    }

    /** A value's kind beyond the program's field types: the built-in fields' special formats. */
    public enum Format {
        PLAIN, EMAIL, PHONE, USCC
    }

    public record Rule(String key, FieldType type, Format format, boolean required, Integer maxLength, BigDecimal min,
            BigDecimal max, Set<String> choices) {

        public static Rule text(String key, boolean required, int maxLength) {
            return new Rule(key, FieldType.TEXT, Format.PLAIN, required, maxLength, null, null, Set.of());
        }

        public Rule as(Format format) {
            return new Rule(key, type, format, required, maxLength, min, max, choices);
        }
    }

    /** Longest text any field accepts, whatever its own limit says. */
    public static final int ABSOLUTE_MAX_LENGTH = 20_000;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 \\-()]{5,24}$");

    private FormRules() {
    }

    /**
     * Problems by field key, in form order. Values for FILE fields are "present"
     * when an attachment exists. Keys that no rule knows are reported as UNKNOWN_FIELD.
     */
    public static Map<String, Problem> check(List<Rule> rules, Map<String, String> values, boolean complete) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        Set<String> known = new java.util.HashSet<>();
        for (Rule rule : rules) {
            known.add(rule.key());
            String value = values.get(rule.key());
            Problem problem = value == null || value.isBlank()
                    ? (complete && rule.required() ? Problem.REQUIRED : null)
                    : checkValue(rule, value.strip());
            if (problem != null) {
                problems.put(rule.key(), problem);
            }
        }
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                problems.put(key, Problem.UNKNOWN_FIELD);
            }
        }
        return problems;
    }

    static Problem checkValue(Rule rule, String value) {
        int limit = rule.maxLength() == null ? ABSOLUTE_MAX_LENGTH : Math.min(rule.maxLength(), ABSOLUTE_MAX_LENGTH);
        if (value.codePointCount(0, value.length()) > limit) {
            return Problem.TOO_LONG;
        }
        switch (rule.format()) {
            case EMAIL:
                return EMAIL.matcher(value).matches() ? null : Problem.INVALID_EMAIL;
            case PHONE:
                return PHONE.matcher(value).matches() ? null : Problem.INVALID_PHONE;
            case USCC:
                return Uscc.isValid(value) ? null : Problem.INVALID_USCC;
            default:
                break;
        }
        return switch (rule.type()) {
            case NUMBER -> checkNumber(rule, value);
            case CHOICE -> rule.choices().contains(value) ? null : Problem.UNKNOWN_CHOICE;
            case MULTI_CHOICE -> List.of(value.split(",")).stream().map(String::strip)
                    .allMatch(rule.choices()::contains) ? null : Problem.UNKNOWN_CHOICE;
            case DATE -> isDate(value) ? null : Problem.NOT_A_DATE;
            case COUNTRY -> Countries.isKnown(value) ? null : Problem.UNKNOWN_COUNTRY;
            default -> null;
        };
    }

    private static Problem checkNumber(Rule rule, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return Problem.NOT_A_NUMBER;
        }
        if (rule.min() != null && number.compareTo(rule.min()) < 0) {
            return Problem.BELOW_MIN;
        }
        if (rule.max() != null && number.compareTo(rule.max()) > 0) {
            return Problem.ABOVE_MAX;
        }
        return null;
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
