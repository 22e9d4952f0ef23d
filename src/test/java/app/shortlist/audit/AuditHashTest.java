package app.shortlist.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The canonical form: what must and must not change an entry's hash. */
class AuditHashTest {

    private static final Instant T = Instant.parse("2026-03-01T01:30:15.123Z");

    private static AuditHash.Content content(Instant at, String before, String detail) {
        return new AuditHash.Content(7, at, "admin", "SCREENING_REJECTED", "round_entry", 42, 3L, before, "REJECTED",
                detail);
    }

    @Test
    void isSha256HexAndDependsOnTheChain() {
        String h = AuditHash.of(AuditHash.GENESIS, 1, content(T, "WAITING", "x"));
        assertEquals(64, h.length());
        assertEquals(h, h.replaceAll("[^0-9a-f]", ""));
        assertNotEquals(h, AuditHash.of(h, 1, content(T, "WAITING", "x")), "another previous hash");
        assertNotEquals(h, AuditHash.of(AuditHash.GENESIS, 2, content(T, "WAITING", "x")), "another place");
    }

    @Test
    void timeCountsToTheMillisecondWhateverTheDatabaseKeepsBeyond() {
        Instant micros = T.plusNanos(456_000);
        assertEquals(AuditHash.of(AuditHash.GENESIS, 1, content(T, null, "x")),
                AuditHash.of(AuditHash.GENESIS, 1, content(micros, null, "x")));
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, 1, content(T, null, "x")),
                AuditHash.of(AuditHash.GENESIS, 1, content(T.plusMillis(1), null, "x")));
    }

    @Test
    void nullEmptyAndShiftedFieldsNeverCollide() {
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, 1, content(T, null, "x")),
                AuditHash.of(AuditHash.GENESIS, 1, content(T, "", "x")));
        // a separator moved from one field into the next
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, 1, content(T, "a\n", "b")),
                AuditHash.of(AuditHash.GENESIS, 1, content(T, "a", "\nb")));
    }

    @Test
    void unicodeIsComparedInOneNormalForm() {
        String composed = "Café 评审 🚀";
        String decomposed = "Cafe\u0301 评审 🚀";
        assertEquals(AuditHash.of(AuditHash.GENESIS, 1, content(T, null, composed)),
                AuditHash.of(AuditHash.GENESIS, 1, content(T, null, decomposed)));
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, 1, content(T, null, composed)),
                AuditHash.of(AuditHash.GENESIS, 1, content(T, null, "Cafe 评审 🚀")));
    }

    @Test
    void aLongDetailIsNeverCutInsideAnEmoji() {
        String s = "a".repeat(AuditTrail.DETAIL_MAX - 1) + "🚀";
        String cut = AuditTrail.cut(s, AuditTrail.DETAIL_MAX);
        assertEquals(AuditTrail.DETAIL_MAX - 1, cut.length());
        assertEquals("x\uFFFDy", AuditTrail.clean("x\u0000y"));
    }
}
