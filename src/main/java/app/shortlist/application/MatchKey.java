package app.shortlist.application;

import java.util.Locale;

/**
 * The comparison key of an organisation or a credit code, by which screening finds the same one
 * twice: full-width ASCII as half-width, no spaces (ASCII or ideographic), lower case; null when
 * nothing is left. Stored with the application ({@code organisation_key}, {@code uscc_key}, indexed)
 * so a duplicate is found by index, not by normalising every row of the program per request;
 * V11 back-fills the same rules in SQL.
 */
public final class MatchKey {

    static final char FULL_WIDTH_FIRST = '\uFF01';
    static final char FULL_WIDTH_LAST = '\uFF5E';
    static final int FULL_WIDTH_OFFSET = 0xFEE0;
    static final char IDEOGRAPHIC_SPACE = '\u3000';

    private MatchKey() {
    }

    public static String of(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                c = (char) (c - FULL_WIDTH_OFFSET);
            }
            if (c != ' ' && c != IDEOGRAPHIC_SPACE) {
                b.append(c);
            }
        }
        String key = b.toString().toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }
}
