package app.shortlist.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one uploaded document on their way to the {@link AttachmentStore}, readable as often
 * as the checks and the store need. A request's body is a {@link SpooledUpload} (a temporary file,
 * so a rush of large uploads never holds them in the heap); demo data and tests give bytes.
 */
public interface Upload {

    /** In bytes. */
    long size();

    /** Lower-case hex SHA-256 of the bytes. */
    String sha256();

    /** A new stream over the bytes, from the first; the caller closes it. */
    InputStream open() throws IOException;

    static Upload of(byte[] bytes) {
        byte[] copy = bytes.clone();
        String digest = HexFormat.of().formatHex(sha256Digest().digest(copy));
        return new Upload() {
            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public String sha256() {
                return digest;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }
        };
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
