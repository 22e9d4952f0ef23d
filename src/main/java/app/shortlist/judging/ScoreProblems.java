package app.shortlist.judging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import app.shortlist.i18n.Lang;
import app.shortlist.judging.rules.Rubric;

/**
 * A judge's typed scores read and checked against the round's rubric, with a message per criterion in the
 * reader's language. Pure Java. A draft may leave criteria out; a submission may not.
 */
public final class ScoreProblems {

    /** The longest comment kept (the column's size). */
    public static final int MAX_COMMENT = 4000;

    /** Beyond any rubric's range (NUMERIC(12, 4)); larger inputs are not numbers a judge meant. */
    private static final BigDecimal LIMIT = new BigDecimal("99999999");

    private ScoreProblems() {
    }

    /** What the judge sent: the readable scores and, by criterion key, what could not be read. */
    public record Read(Map<String, BigDecimal> scores, Map<String, String> unreadable) {
    }

    /** Reads typed scores; blank ones are left out (not scored yet). */
    public static Read read(Map<String, String> typed) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        if (typed != null) {
            typed.forEach((key, text) -> {
                if (key == null || text == null || text.isBlank()) {
                    return;
                }
                try {
                    BigDecimal d = new BigDecimal(text.strip());
                    if (d.abs().compareTo(LIMIT) > 0) {
                        unreadable.put(key, text);
                    } else {
                        scores.put(key, d);
                    }
                } catch (NumberFormatException e) {
                    unreadable.put(key, text);
                }
            });
        }
        return new Read(scores, unreadable);
    }

    /**
     * Every problem of the scores and comment, by field (the criterion key, or {@code comment}), in {@code lang};
     * empty when they may be saved ({@code complete}: every criterion must be scored, as on submission).
     */
    public static Map<String, String> check(Rubric rubric, Read read, String comment, boolean complete, Lang lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Rubric.ScoreProblem p : rubric.problems(read.scores())) {
            if (p.kind() == Rubric.ScoreProblem.Kind.MISSING && (!complete || read.unreadable().containsKey(p.criterion()))) {
                continue;
            }
            errors.put(p.criterion(), message(rubric, p, lang));
        }
        read.unreadable().keySet().forEach(key -> errors.put(key, rubric.criterion(key).isPresent()
                ? text(lang, "请输入数字，例如 8 或 8.5。", "Enter a number, e.g. 8 or 8.5.")
                : text(lang, "本轮评分标准中没有此项。", "This round's rubric has no such criterion.")));
        if (comment != null && comment.strip().length() > MAX_COMMENT) {
            errors.put("comment", text(lang, "评语最多 " + MAX_COMMENT + " 个字符。",
                    "The comment can be at most " + MAX_COMMENT + " characters."));
        }
        return errors;
    }

    static String message(Rubric rubric, Rubric.ScoreProblem p, Lang lang) {
        Rubric.Criterion c = rubric.criterion(p.criterion()).orElse(null);
        return switch (p.kind()) {
            case MISSING -> text(lang, "请为此项打分（" + plain(c.min()) + " 至 " + plain(c.max()) + "）。",
                    "Please score this criterion (" + plain(c.min()) + " to " + plain(c.max()) + ").");
            case OUT_OF_RANGE -> text(lang, "分数须在 " + plain(c.min()) + " 至 " + plain(c.max()) + " 之间。",
                    "The score must be between " + plain(c.min()) + " and " + plain(c.max()) + ".");
            case OFF_STEP -> {
                BigDecimal below = c.min().add(p.value().subtract(c.min()).divide(c.step(), 0, RoundingMode.FLOOR)
                        .multiply(c.step()));
                BigDecimal above = below.add(c.step());
                yield text(lang, "分数须以 " + plain(c.step()) + " 为单位，例如 " + plain(below) + " 或 " + plain(above) + "。",
                        "The score must go in steps of " + plain(c.step()) + ", e.g. " + plain(below) + " or "
                                + plain(above) + ".");
            }
            case UNKNOWN_CRITERION -> text(lang, "本轮评分标准中没有此项。", "This round's rubric has no such criterion.");
        };
    }

    private static String plain(BigDecimal d) {
        return RoundRules.plain(d);
    }

    private static String text(Lang lang, String zh, String en) {
        return lang == Lang.EN ? en : zh;
    }
}
