package app.shortlist.program;

import java.util.Map;

import app.shortlist.i18n.Lang;

/**
 * What can be wrong with one value of a {@link ProgramDefinition}, in both
 * languages. Bean Validation messages name a constant (or fall back to the
 * annotation's kind); {min}, {max} and {value} come from the annotation.
 */
public enum DefinitionProblem {
    REQUIRED("此项为必填项。", "This field is required."),
    TOO_LONG("内容过长，最多 {max} 个字符。", "Too long: at most {max} characters."),
    TOO_SMALL("数值过小，最小为 {value}。", "Too small: the least allowed is {value}."),
    TOO_LARGE("数值过大，最大为 {value}。", "Too large: the most allowed is {value}."),
    NOT_NEGATIVE("不能为负数。", "Must not be negative."),
    POSITIVE("必须大于 0。", "Must be greater than 0."),
    AMOUNT_FORMAT("金额格式不正确：最多 12 位整数、2 位小数。", "Invalid amount: at most 12 digits and 2 decimals."),
    INVALID("内容不符合要求。", "This value is not valid."),
    CODE_FORMAT("代码须以大写字母开头，由 2 至 16 位大写字母或数字组成，例如 HZ2024。",
            "The code starts with a capital letter and has 2 to 16 capital letters or digits, e.g. HZ2024."),
    CODE_TAKEN("此代码已被其他项目使用。", "Another program already uses this code."),
    ROUNDS("需要 1 至 30 个轮次。", "A program needs between 1 and 30 rounds."),
    KEY_FORMAT("字段键须以小写字母开头，只含小写字母、数字和下划线，最长 64 个字符。",
            "A field key starts with a lower-case letter and has only lower-case letters, digits and underscores (at most 64)."),
    KEY_RESERVED("此字段键为系统内置字段所用，请换一个。", "This key is used by a built-in field; choose another."),
    KEY_DUPLICATE("字段键重复。", "This key is used by another field."),
    CHOICES_REQUIRED("单选和多选题需要填写选项，每行一项：值|中文|English。",
            "Choice fields need options, one per line: value|中文|English."),
    CHOICES_FORMAT("选项格式不正确：每行一项，写作 值|中文|English；值只含字母、数字、下划线和连字符，且不重复。",
            "Invalid options: one per line as value|中文|English; values have only letters, digits, underscores and hyphens, and are distinct."),
    MIN_ABOVE_MAX("最小值不能大于最大值。", "The minimum must not exceed the maximum."),
    FILE_TYPES("文件类型只能是 PDF、DOCX、XLSX、PPTX、DOC_LEGACY、PNG、JPEG，用逗号分隔。",
            "File kinds are PDF, DOCX, XLSX, PPTX, DOC_LEGACY, PNG or JPEG, comma-separated."),
    DEADLINE_BEFORE_OPENING("申报截止时间须晚于开始时间。", "The submission deadline must come after the opening."),
    ENDS_BEFORE_START("结束时间须晚于开始时间。", "The end must come after the start."),
    ROUND_ORDER("轮次须按时间先后排列：此轮开始时间早于上一轮。",
            "Rounds go in time order: this one starts before the previous one."),
    NOT_FOR_COMPETITION("大赛不设板块、支持方向和推荐单位。", "Contests have no sections, support directions or recommending units."),
    NOT_FOR_FUNDING_CALL("专项不设专场和组别。", "Funding calls have no divisions or tracks."),
    UNKNOWN_PART("此 id 不属于本项目的任何部分。", "This id belongs to no part of this program."),
    DUPLICATE_ID("此 id 出现了不止一次。", "This id appears more than once."),
    JSON("结构内容不是有效的 JSON：{detail}", "The structure is not valid JSON: {detail}");

    private final String zh;
    private final String en;

    DefinitionProblem(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String message(Lang lang) {
        return message(lang, Map.of());
    }

    /** The text with {name} replaced by the given values (an annotation's attributes). */
    public String message(Lang lang, Map<String, ?> params) {
        String text = lang == Lang.EN ? en : zh;
        for (Map.Entry<String, ?> p : params.entrySet()) {
            text = text.replace("{" + p.getKey() + "}", String.valueOf(p.getValue()));
        }
        return text;
    }

    /** The problem a Bean Validation constraint stands for: its message if that names one, else its kind. */
    static DefinitionProblem ofConstraint(String message, String annotation, Map<String, Object> attributes) {
        for (DefinitionProblem p : values()) {
            if (p.name().equals(message)) {
                return p;
            }
        }
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> REQUIRED;
            case "Size" -> attributes.get("max") instanceof Integer max && max < Integer.MAX_VALUE ? TOO_LONG : INVALID;
            case "Min", "DecimalMin" -> TOO_SMALL;
            case "Max", "DecimalMax" -> TOO_LARGE;
            case "PositiveOrZero" -> NOT_NEGATIVE;
            case "Positive" -> POSITIVE;
            case "Digits" -> AMOUNT_FORMAT;
            default -> INVALID;
        };
    }
}
