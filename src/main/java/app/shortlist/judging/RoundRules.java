package app.shortlist.judging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import app.shortlist.i18n.Lang;
import app.shortlist.judging.rules.Aggregation;
import app.shortlist.judging.rules.Rubric;
import app.shortlist.program.RuleKind;

/**
 * The checks of a scoring round's settings and rubric as the admin types them. Pure Java: every problem comes
 * back at once, by field, in the reader's language; nothing here touches the database.
 */
public final class RoundRules {

    /** At most this many judges per application (the schema's own bound). */
    public static final int MAX_K = 50;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final BigDecimal LIMIT = new BigDecimal("99999999"); // NUMERIC(12, 4)

    private RoundRules() {
    }

    /** The round's settings as typed; numbers already read (the page reports unreadable ones itself). */
    public record Settings(int k, boolean blind, boolean live, Aggregation aggregation, String tieBreaks,
            RuleKind ruleKind, Integer ruleN, BigDecimal ruleThreshold, boolean rulePerTrack, Instant startsAt,
            Instant endsAt) {
    }

    /** One rubric row as typed (decimal texts unread). */
    public record CriterionRow(String key, String nameZh, String nameEn, String guidanceZh, String guidanceEn,
            String min, String max, String step, String weight) {

        public boolean blank() {
            return isBlank(key) && isBlank(nameZh) && isBlank(nameEn) && isBlank(guidanceZh) && isBlank(guidanceEn)
                    && isBlank(min) && isBlank(max) && isBlank(step) && isBlank(weight);
        }
    }

    /** What can be wrong, in both languages; {0}, {1} are filled in. */
    public enum Problem {
        K_RANGE("每件申报的评委人数须在 1 至 {0} 之间。", "Judges per application must be between 1 and {0}."),
        AGGREGATION("请选择计分方式。", "Choose how scores are combined."),
        TIE_BREAK_UNKNOWN("无法识别的同分规则“{0}”。可用：criterion:<指标键>、MORE_TOP_SCORES、APPLICATION_ID。",
                "Unknown tie-break “{0}”. Use criterion:<key>, MORE_TOP_SCORES or APPLICATION_ID."),
        TIE_BREAK_CRITERION("同分规则引用的指标“{0}”不在本轮评分标准中。",
                "The tie-break names the criterion “{0}”, which is not in this round’s rubric."),
        TIE_BREAK_DUPLICATE("同分规则“{0}”重复出现。", "The tie-break “{0}” appears twice."),
        RULE_KIND("请选择晋级规则。", "Choose the advancement rule."),
        RULE_N("按名次晋级时，请填写晋级人数（至少 1）。", "For top N, give how many go on (at least 1)."),
        RULE_THRESHOLD("按分数线晋级时，请填写分数线。", "For a score threshold, give the threshold."),
        RULE_THRESHOLD_RANGE("分数线须在评分标准的总分范围 {0} 至 {1} 之内。",
                "The threshold must lie within the rubric’s range, {0} to {1}."),
        ENDS_BEFORE_START("截止时间须晚于开始时间。", "The close time must come after the start."),
        RUBRIC_EMPTY("评分标准至少需要一项指标。", "A rubric needs at least one criterion."),
        KEY_FORMAT("指标键须以小写字母开头，只含小写字母、数字和下划线，最长 64 个字符。",
                "A criterion key starts with a lower-case letter and has only lower-case letters, digits and underscores (at most 64)."),
        KEY_DUPLICATE("指标键“{0}”重复。", "The key “{0}” is used by another criterion."),
        NAME_REQUIRED("请填写中英文名称。", "Give the name in Chinese and in English."),
        TOO_LONG("内容过长，最多 {0} 个字符。", "Too long: at most {0} characters."),
        NUMBER("请填写数字，最多 4 位小数，例如 0.5。", "Enter a number with at most 4 decimals, e.g. 0.5."),
        MIN_BELOW_MAX("最低分须小于最高分。", "The minimum must be below the maximum."),
        STEP_POSITIVE("步长须大于 0。", "The step must be greater than 0."),
        STEP_FITS("最高分与最低分之差须为步长的整数倍（{0} 至 {1}，步长 {2}）。",
                "The range must be a whole number of steps ({0} to {1}, step {2})."),
        WEIGHT_POSITIVE("权重须大于 0。", "The weight must be greater than 0.");

        private final String zh;
        private final String en;

        Problem(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String message(Lang lang, Object... args) {
            String text = lang == Lang.EN ? en : zh;
            for (int i = 0; i < args.length; i++) {
                text = text.replace("{" + i + "}", String.valueOf(args[i]));
            }
            return text;
        }
    }

    // ---------------------------------------------------------------- settings

    /**
     * Problems of the settings by field name ({@code k}, {@code aggregation}, {@code tieBreaks}, {@code ruleKind},
     * {@code ruleN}, {@code ruleThreshold}, {@code endsAt}); empty when valid. {@code rubric} may be null (no
     * rubric yet: tie-breaks naming a criterion are refused, the threshold is not bounded).
     */
    public static Map<String, String> settingsProblems(Settings s, Rubric rubric, Lang lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.k() < 1 || s.k() > MAX_K) {
            errors.put("k", Problem.K_RANGE.message(lang, MAX_K));
        }
        if (s.aggregation() == null) {
            errors.put("aggregation", Problem.AGGREGATION.message(lang));
        }
        String tie = tieBreakProblem(s.tieBreaks(), rubric, lang);
        if (tie != null) {
            errors.put("tieBreaks", tie);
        }
        if (s.ruleKind() == null) {
            errors.put("ruleKind", Problem.RULE_KIND.message(lang));
        } else if (s.ruleKind() == RuleKind.TOP_N && (s.ruleN() == null || s.ruleN() < 1)) {
            errors.put("ruleN", Problem.RULE_N.message(lang));
        } else if (s.ruleKind() == RuleKind.THRESHOLD) {
            if (s.ruleThreshold() == null) {
                errors.put("ruleThreshold", Problem.RULE_THRESHOLD.message(lang));
            } else if (rubric != null && (s.ruleThreshold().compareTo(rubric.min()) < 0
                    || s.ruleThreshold().compareTo(rubric.max()) > 0)) {
                errors.put("ruleThreshold", Problem.RULE_THRESHOLD_RANGE.message(lang, plain(rubric.min()),
                        plain(rubric.max())));
            }
        }
        if (s.startsAt() != null && s.endsAt() != null && !s.endsAt().isAfter(s.startsAt())) {
            errors.put("endsAt", Problem.ENDS_BEFORE_START.message(lang));
        }
        return errors;
    }

    private static String tieBreakProblem(String text, Rubric rubric, Lang lang) {
        Set<String> seen = new HashSet<>();
        for (String token : tokens(text)) {
            String canonical = canonical(token);
            if (canonical == null) {
                return Problem.TIE_BREAK_UNKNOWN.message(lang, token);
            }
            if (canonical.startsWith("criterion:")) {
                String key = canonical.substring("criterion:".length());
                if (rubric == null || rubric.criterion(key).isEmpty()) {
                    return Problem.TIE_BREAK_CRITERION.message(lang, key);
                }
            }
            if (!seen.add(canonical)) {
                return Problem.TIE_BREAK_DUPLICATE.message(lang, token);
            }
        }
        return null;
    }

    /** The tie-breaks as stored: canonical tokens, comma-separated; null when none. */
    public static String normaliseTieBreaks(String text) {
        List<String> out = new ArrayList<>();
        for (String token : tokens(text)) {
            String c = canonical(token);
            out.add(c == null ? token : c);
        }
        return out.isEmpty() ? null : String.join(",", out);
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String t : text.split("[,，\\s]+")) {
                if (!t.isBlank()) {
                    out.add(t.strip());
                }
            }
        }
        return out;
    }

    private static String canonical(String token) {
        String upper = token.toUpperCase(Locale.ROOT);
        if (upper.equals("MORE_TOP_SCORES") || upper.equals("APPLICATION_ID")) {
            return upper;
        }
        if (upper.startsWith("CRITERION:")) {
            String key = token.substring("criterion:".length()).strip();
            return KEY.matcher(key).matches() ? "criterion:" + key : null;
        }
        return null;
    }

    // ---------------------------------------------------------------- rubric

    /** A valid rubric: the rule's criteria, in row order, with the bilingual texts. */
    public record ValidRubric(Rubric rubric, List<CriterionRow> rows) {
    }

    /**
     * Problems of the rubric rows by field ({@code c[i].key}, {@code c[i].name}, {@code c[i].min} … with i the
     * row's index in {@code rows}, blank rows ignored; {@code rubric} for the whole). Empty when valid.
     */
    public static Map<String, String> rubricProblems(List<CriterionRow> rows, Lang lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        int filled = 0;
        for (int i = 0; i < rows.size(); i++) {
            CriterionRow r = rows.get(i);
            if (r.blank()) {
                continue;
            }
            filled++;
            String at = "c[" + i + "].";
            String key = strip(r.key());
            if (key == null || !KEY.matcher(key).matches()) {
                errors.put(at + "key", Problem.KEY_FORMAT.message(lang));
            } else if (!keys.add(key)) {
                errors.put(at + "key", Problem.KEY_DUPLICATE.message(lang, key));
            }
            if (strip(r.nameZh()) == null || strip(r.nameEn()) == null) {
                errors.put(at + "name", Problem.NAME_REQUIRED.message(lang));
            } else if (r.nameZh().strip().length() > 255 || r.nameEn().strip().length() > 255) {
                errors.put(at + "name", Problem.TOO_LONG.message(lang, 255));
            }
            if (length(r.guidanceZh()) > 2000 || length(r.guidanceEn()) > 2000) {
                errors.put(at + "guidance", Problem.TOO_LONG.message(lang, 2000));
            }
            BigDecimal min = number(r.min(), at + "min", errors, lang);
            BigDecimal max = number(r.max(), at + "max", errors, lang);
            BigDecimal step = number(r.step(), at + "step", errors, lang);
            BigDecimal weight = number(r.weight(), at + "weight", errors, lang);
            if (min != null && max != null && min.compareTo(max) >= 0) {
                errors.put(at + "max", Problem.MIN_BELOW_MAX.message(lang));
            }
            if (step != null && step.signum() <= 0) {
                errors.put(at + "step", Problem.STEP_POSITIVE.message(lang));
            } else if (step != null && min != null && max != null && min.compareTo(max) < 0
                    && max.subtract(min).remainder(step).signum() != 0) {
                errors.put(at + "step", Problem.STEP_FITS.message(lang, plain(min), plain(max), plain(step)));
            }
            if (weight != null && weight.signum() <= 0) {
                errors.put(at + "weight", Problem.WEIGHT_POSITIVE.message(lang));
            }
        }
        if (filled == 0) {
            errors.put("rubric", Problem.RUBRIC_EMPTY.message(lang));
        }
        return errors;
    }

    /** The rows that are not blank, as a rule rubric; call only when {@link #rubricProblems} is empty. */
    public static ValidRubric rubric(List<CriterionRow> rows) {
        List<Rubric.Criterion> criteria = new ArrayList<>();
        List<CriterionRow> kept = new ArrayList<>();
        for (CriterionRow r : rows) {
            if (!r.blank()) {
                criteria.add(new Rubric.Criterion(r.key().strip(), decimal(r.weight()), decimal(r.min()),
                        decimal(r.max()), decimal(r.step())));
                kept.add(r);
            }
        }
        return new ValidRubric(new Rubric(criteria), kept);
    }

    /** A weight as a share of all weights, e.g. "40%" or "33.3%". */
    public static String percent(BigDecimal weight, BigDecimal sum) {
        if (sum == null || sum.signum() == 0) {
            return "—";
        }
        BigDecimal p = weight.multiply(BigDecimal.valueOf(100)).divide(sum, 1, RoundingMode.HALF_UP);
        return plain(p) + "%";
    }

    /** Without trailing zeros or exponent: 10.0000 → "10", 0.5000 → "0.5". */
    public static String plain(BigDecimal d) {
        if (d == null) {
            return "";
        }
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static BigDecimal number(String text, String field, Map<String, String> errors, Lang lang) {
        BigDecimal d = decimalOrNull(text);
        if (d == null || d.stripTrailingZeros().scale() > 4 || d.abs().compareTo(LIMIT) > 0) {
            errors.put(field, Problem.NUMBER.message(lang));
            return null;
        }
        return d;
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text.strip());
    }

    private static BigDecimal decimalOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return decimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }
}
