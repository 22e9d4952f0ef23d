package app.shortlist.judging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import app.shortlist.judging.rules.TieBreak;

/**
 * A round's tie-breaks as stored in {@code program_round.tie_breaks}: comma-separated, in order,
 * {@code criterion:<key>}, {@code MORE_TOP_SCORES}, {@code APPLICATION_ID}. Pure Java.
 *
 * <p>The parsed list always ends with {@link TieBreak#APPLICATION_ID}, so no two entries stay tied
 * and the order is total and the same on every database; anything after it could never decide and
 * is dropped, as are repeats.
 */
public final class TieBreaks {

    private static final String CRITERION = "criterion:";

    private TieBreaks() {
    }

    /**
     * @throws IllegalArgumentException for a token that is none of the three forms, or a criterion without a key
     */
    public static List<TieBreak> parse(String text) {
        List<TieBreak> out = new ArrayList<>();
        if (text != null) {
            for (String raw : text.split(",")) {
                String token = raw.strip();
                if (token.isEmpty()) {
                    continue;
                }
                TieBreak t = token(token);
                if (t == TieBreak.APPLICATION_ID) {
                    break;
                }
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        out.add(TieBreak.APPLICATION_ID);
        return List.copyOf(out);
    }

    /** The stored form of a list, e.g. {@code criterion:innovation,MORE_TOP_SCORES,APPLICATION_ID}. */
    public static String format(List<TieBreak> tieBreaks) {
        StringJoiner j = new StringJoiner(",");
        tieBreaks.forEach(t -> j.add(format(t)));
        return j.toString();
    }

    public static String format(TieBreak t) {
        if (t instanceof TieBreak.Criterion c) {
            return CRITERION + c.key();
        }
        return t.toString(); // MORE_TOP_SCORES, APPLICATION_ID
    }

    private static TieBreak token(String token) {
        if (token.regionMatches(true, 0, CRITERION, 0, CRITERION.length())) {
            String key = token.substring(CRITERION.length()).strip();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("tie-break \"" + token + "\" names no criterion");
            }
            return TieBreak.criterion(key);
        }
        return switch (token.toUpperCase(Locale.ROOT)) {
            case "MORE_TOP_SCORES" -> TieBreak.MORE_TOP_SCORES;
            case "APPLICATION_ID" -> TieBreak.APPLICATION_ID;
            default -> throw new IllegalArgumentException("unknown tie-break \"" + token
                    + "\" (expected criterion:<key>, MORE_TOP_SCORES or APPLICATION_ID)");
        };
    }
}
