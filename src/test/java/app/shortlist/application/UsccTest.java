package app.shortlist.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UsccTest {

    // Values: digits 0-9, A=10 ... H=17, J=18 ... N=22, P=23, Q=24, R=25, T=26, U=27, W=28, X=29, Y=30.

    @Test
    void checkCharacterOfTextbookExample() {
        // 9*1 + 1*3 + 3*9 + 5*27 + 1*26 + M(21)*20 + 1*8 + Y(30)*30 + 4*28 = 1640; 1640 mod 31 = 28; 31-28 = 3
        assertEquals('3', Uscc.checkCharacter("91350100M000100Y4"));
        assertTrue(Uscc.isValid("91350100M000100Y43"));
    }

    @Test
    void publishedCodesAreValid() {
        // 9+3+9+27 + 8*20 + 2*25 + 1*13 + 4*10 + 3*30 + 3*28 = 485; 485 mod 31 = 20; 31-20 = 11 -> B
        assertEquals('B', Uscc.checkCharacter("91110000802100433"));
        assertTrue(Uscc.isValid("91110000802100433B"));
        // 9+3+36+108+78 + 7*20 + 1*29 + 5*25 + 2*13 + 6*8 + 7*24 + 2*10 + 6*30 + X(29)*28 = 1782; mod 31 = 15; 31-15 = 16 -> G
        assertEquals('G', Uscc.checkCharacter("9144030071526726X"));
        assertTrue(Uscc.isValid("9144030071526726XG"));
    }

    @Test
    void sumDivisibleBy31GivesZeroNotThirtyOne() {
        // 4*1 + 9*3 = 31 -> (31 - 0) mod 31 = 0
        assertEquals('0', Uscc.checkCharacter("49000000000000000"));
        assertTrue(Uscc.isValid("490000000000000000"));
    }

    @Test
    void highestCheckValueIsY() {
        // 1*1 = 1 -> 31 - 1 = 30 -> Y
        assertEquals('Y', Uscc.checkCharacter("10000000000000000"));
        assertTrue(Uscc.isValid("10000000000000000Y"));
    }

    @Test
    void wrongCheckCharacterIsRejected() {
        assertFalse(Uscc.isValid("91350100M000100Y44"));
        assertFalse(Uscc.isValid("91110000802100433C"));
        assertFalse(Uscc.isValid("9144030071526726X0"));
    }

    @Test
    void singleCharacterTypoIsRejected() {
        assertFalse(Uscc.isValid("91110000802100434B"));
        // adjacent transposition 33 -> 43 at positions 15-16 is a different sum too
        assertFalse(Uscc.isValid("91110000802100343B"));
    }

    @Test
    void wrongLengthIsRejected() {
        assertFalse(Uscc.isValid("91110000802100433"));
        assertFalse(Uscc.isValid("91110000802100433B0"));
        assertFalse(Uscc.isValid("9"));
    }

    @Test
    void forbiddenLettersAreRejected() {
        for (char forbidden : "IOZSV".toCharArray()) {
            assertFalse(Uscc.isValid("91350100" + forbidden + "000100Y43"), "letter " + forbidden);
            assertFalse(Uscc.isValid("91350100M000100Y4" + forbidden), "check " + forbidden);
            assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter("91350100" + forbidden + "000100Y4"));
        }
    }

    @Test
    void nonAsciiLookalikesAreRejected() {
        assertFalse(Uscc.isValid("９１１１０００００８０２１００４３３Ｂ")); // full-width
        assertFalse(Uscc.isValid("9111000080210043\uFB00")); // 'ﬀ' must not upper-case into "FF"
    }

    @Test
    void lowercaseAndSurroundingWhitespaceAreAccepted() {
        assertTrue(Uscc.isValid("9144030071526726xg"));
        assertTrue(Uscc.isValid("  91110000802100433b\t"));
        assertTrue(Uscc.isValid("\u300091350100m000100y43\u3000")); // ideographic space from Chinese IMEs
        assertEquals('3', Uscc.checkCharacter("91350100m000100y4"));
    }

    @Test
    void innerWhitespaceIsRejected() {
        assertFalse(Uscc.isValid("911100008 02100433B"));
    }

    @Test
    void nullAndBlankAreInvalid() {
        assertFalse(Uscc.isValid(null));
        assertFalse(Uscc.isValid(""));
        assertFalse(Uscc.isValid("   "));
    }

    @Test
    void normalizeTrimsAndUpperCases() {
        assertEquals("91110000802100433B", Uscc.normalize(" 91110000802100433b\n"));
        assertNull(Uscc.normalize(null));
        assertNull(Uscc.normalize(" \t"));
    }

    @Test
    void checkCharacterRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter(null));
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter("9111000080210043"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter("91110000802100433B"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter("9111000080210043-"));
    }
}
