package app.shortlist.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.jboss.logging.Logger;

import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * An upload spooled to a temporary file as it arrives: the body is copied in 64 KB steps, digested on
 * the way, and the copy stops (and the file goes) as soon as it passes {@code limit}. Closing deletes
 * the file; a crash leaves it in the spool folder, which {@link AttachmentSweep} clears after the grace.
 */
public final class SpooledUpload implements Upload, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SpooledUpload.class);
    static final String PREFIX = "upload-";

    private final Path file;
    private final long size;
    private final String sha256;
    private final boolean owned;

    private SpooledUpload(Path file, long size, String sha256, boolean owned) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
        this.owned = owned;
    }

    /** Copies {@code body} to a new file in {@code folder}; more than {@code limit} bytes is FILE_TOO_LARGE. */
    static SpooledUpload spool(InputStream body, Path folder, long limit) {
        Path file = null;
        try {
            Files.createDirectories(folder);
            file = Files.createTempFile(folder, PREFIX, ".part");
            MessageDigest digest = Upload.sha256Digest();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                for (int n; (n = read(body, buffer)) > 0; ) {
                    size += n;
                    if (size > limit) {
                        throw new DomainException(ApplicationFailure.FILE_TOO_LARGE, Attachments.humanSize(limit));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new SpooledUpload(file, size, HexFormat.of().formatHex(digest.digest()), true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("spooling an upload to " + folder, (IOException) e);
        }
    }

    /** A body that breaks off (the client went away, a proxy cut it) is the client's failure, not ours. */
    private static int read(InputStream body, byte[] buffer) {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            throw new DomainException(CommonFailure.BODY_UNREADABLE);
        }
    }

    /** A file someone else owns and deletes (a multipart part Quarkus spooled): digested here, kept on close. */
    static SpooledUpload ofFile(Path file) {
        MessageDigest digest = Upload.sha256Digest();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded part " + file, e);
        }
        return new SpooledUpload(file, size, HexFormat.of().formatHex(digest.digest()), false);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        if (owned) {
            deleteQuietly(file);
        }
    }

    /** Deletes spooled files last modified before {@code cutoff}: a request deletes its own, a crash does not. */
    static int sweep(Path folder, Instant cutoff) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path f : files) {
                try {
                    if (Files.getLastModifiedTime(f).toInstant().isBefore(cutoff) && Files.deleteIfExists(f)) {
                        deleted++;
                    }
                } catch (NoSuchFileException gone) { // its request ended meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sweeping " + folder, e);
        }
        return deleted;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf(e, "Could not delete the spooled upload %s; the sweep will", file);
        }
    }
}
