package app.shortlist.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 (hex) over the previous entry's hash and the entry's canonical
 * content. Canonical means the same bytes whatever database the row went through: the time in UTC
 * to the millisecond (PostgreSQL keeps microseconds, H2 up to nanoseconds), every text in Unicode
 * NFC, and each field length-prefixed with a distinct mark for null, so null, "" and a value that
 * contains the separator never collide.
 */
public final class AuditHash {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    /** What is hashed besides the chain fields; read from the entity or from a verification row alike. */
    public record Content(long id, Instant occurredAt, String actor, String action, String entityType,
            long entityId, Long programId, String before, String after, String detail) {
    }

    public static String of(String prevHash, long seq, Content c) {
        StringBuilder s = new StringBuilder(256);
        field(s, prevHash);
        field(s, Long.toString(seq));
        field(s, Long.toString(c.id()));
        field(s, c.occurredAt() == null ? null : TIME.format(c.occurredAt().truncatedTo(ChronoUnit.MILLIS)));
        field(s, c.actor());
        field(s, c.action());
        field(s, c.entityType());
        field(s, Long.toString(c.entityId()));
        field(s, c.programId() == null ? null : c.programId().toString());
        field(s, c.before());
        field(s, c.after());
        field(s, c.detail());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@code ~} for null, else {@code <code points>:<text>}; one per line. */
    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append('~');
        } else {
            String text = Normalizer.normalize(value, Normalizer.Form.NFC);
            s.append(text.codePointCount(0, text.length())).append(':').append(text);
        }
        s.append('\n');
    }
}
