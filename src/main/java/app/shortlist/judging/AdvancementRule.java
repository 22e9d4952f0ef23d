package app.shortlist.judging;

import java.math.BigDecimal;
import java.util.Locale;

import app.shortlist.judging.rules.Advancement;
import app.shortlist.program.Round;
import app.shortlist.program.RuleKind;

/**
 * A round's advancement rule as it stands, and its stored form in a frozen ranking
 * ({@code TOP_N 15}, {@code TOP_N 15 PER_TRACK}, {@code THRESHOLD 75.5}, {@code MANUAL}). Pure Java.
 * A TOP_N without N or a THRESHOLD without a score is incomplete: it proposes nobody.
 */
public record AdvancementRule(RuleKind kind, Integer n, BigDecimal threshold, boolean perTrack) {

    private static final String PER_TRACK = "PER_TRACK";

    public static AdvancementRule of(Round round) {
        return new AdvancementRule(round.ruleKind, round.ruleN, round.ruleThreshold, round.rulePerTrack);
    }

    public boolean complete() {
        return switch (kind) {
            case TOP_N -> n != null && n >= 0;
            case THRESHOLD -> threshold != null;
            case MANUAL -> true;
        };
    }

    /** The pure rule that proposes who goes on. */
    public Advancement advancement() {
        if (!complete()) {
            return Advancement.manual();
        }
        return switch (kind) {
            case TOP_N -> Advancement.topN(n);
            case THRESHOLD -> Advancement.threshold(threshold);
            case MANUAL -> Advancement.manual();
        };
    }

    public String text() {
        String base = switch (kind) {
            case TOP_N -> "TOP_N" + (n == null ? "" : " " + n);
            case THRESHOLD -> "THRESHOLD" + (threshold == null ? "" : " " + threshold.stripTrailingZeros().toPlainString());
            case MANUAL -> "MANUAL";
        };
        return perTrack ? base + " " + PER_TRACK : base;
    }

    /** Reads {@link #text()} back. */
    public static AdvancementRule parse(String text) {
        String[] parts = text.strip().split("\\s+");
        RuleKind kind = RuleKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
        boolean perTrack = parts[parts.length - 1].equalsIgnoreCase(PER_TRACK);
        int valueCount = parts.length - 1 - (perTrack ? 1 : 0);
        String value = valueCount > 0 ? parts[1] : null;
        return new AdvancementRule(kind, kind == RuleKind.TOP_N && value != null ? Integer.valueOf(value) : null,
                kind == RuleKind.THRESHOLD && value != null ? new BigDecimal(value) : null, perTrack);
    }
}
