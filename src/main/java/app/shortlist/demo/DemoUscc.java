package app.shortlist.demo;

import java.util.Random;

import app.shortlist.application.Uscc;

/**
 * Unified social credit codes (统一社会信用代码) that are valid in form: 9 (registered
 * with market regulation), 1 (enterprise), the six-digit administrative division,
 * an organisation code with its GB 11714 check character, and the GB 32100 check character.
 */
final class DemoUscc {

    private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

    private DemoUscc() {
    }

    static String generate(String division, Random r) {
        if (division == null || !division.matches("\\d{6}")) {
            throw new IllegalArgumentException("division code of six digits expected: " + division);
        }
        String organisation = organisationCode(DemoWords.digits(r, 8));
        String first17 = "91" + division + organisation;
        return first17 + Uscc.checkCharacter(first17);
    }

    /** The eight-digit body with its GB 11714 check character (0–9 or X). */
    static String organisationCode(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char c = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return body + c;
    }
}
