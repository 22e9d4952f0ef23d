package app.shortlist.application;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 17 characters followed by a
 * mod-31 check character. Only the alphabet and the check character are verified, not the
 * meaning of each position (registration authority, region, organisation code).
 */
public final class Uscc {

    // The standard drops I, O, Z, S, V so they cannot be confused with 1, 0, 2, 5, U.
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    public static boolean isValid(String code) {
        String c = normalize(code);
        if (c == null || c.length() != 18) {
            return false;
        }
        int check = checkIndex(c);
        return check >= 0 && ALPHABET.charAt(check) == c.charAt(17);
    }

    /**
     * Strips surrounding whitespace (including the ideographic space U+3000 that Chinese input
     * methods produce) and upper-cases ASCII letters; null or blank gives null.
     */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return asciiUpper(code.strip());
    }

    /** The 18th character for the given first 17; rejects wrong length or characters outside the alphabet. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters");
        }
        int check = checkIndex(asciiUpper(first17));
        if (check < 0) {
            throw new IllegalArgumentException("character outside the GB 32100 alphabet: " + first17);
        }
        return ALPHABET.charAt(check);
    }

    /** Index of the check character in ALPHABET, or -1 if one of the first 17 characters is not allowed. */
    private static int checkIndex(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(s.charAt(i));
            if (value < 0) {
                return -1;
            }
            sum += value * WEIGHTS[i];
        }
        return (31 - sum % 31) % 31;
    }

    // Only ASCII: String.toUpperCase would turn e.g. the ligature 'ﬀ' into "FF" and change the length.
    private static String asciiUpper(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] -= 'a' - 'A';
            }
        }
        return new String(chars);
    }
}
