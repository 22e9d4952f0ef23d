package app.shortlist.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** A request body on its way in: spooled to a file, digested on the way, never kept past its limit or its request. */
class SpooledUploadTest {

    @TempDir
    Path spool;

    @Test
    void spoolsTheBodyWithItsSizeAndDigestAndDeletesItOnClose() throws IOException {
        byte[] body = new byte[300_000]; // several 64 KB steps
        Arrays.fill(body, (byte) 'x');
        Path file;
        try (SpooledUpload upload = SpooledUpload.spool(new ByteArrayInputStream(body), spool, 1_000_000)) {
            assertEquals(300_000, upload.size());
            assertEquals(Upload.of(body).sha256(), upload.sha256());
            try (InputStream in = upload.open()) {
                assertArrayEquals(body, in.readAllBytes());
            }
            try (InputStream again = upload.open()) {
                assertArrayEquals(body, again.readAllBytes(), "readable as often as the checks and the store need");
            }
            file = onlyFile();
        }
        assertFalse(Files.exists(file), "closing deletes the spooled file");
    }

    @Test
    void aBodyPastTheLimitIsRefusedAndLeavesNoFile() throws IOException {
        DomainException e = assertThrows(DomainException.class,
                () -> SpooledUpload.spool(new ByteArrayInputStream(new byte[200_001]), spool, 200_000));
        assertEquals(ApplicationFailure.FILE_TOO_LARGE, e.failure());
        assertEquals(0, count(), "the part written before the limit was passed is gone");
    }

    @Test
    void aBodyThatBreaksOffLeavesNoFile() throws IOException {
        InputStream broken = new InputStream() {
            int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("connection reset");
                }
                return 'y';
            }
        };
        DomainException e = assertThrows(DomainException.class, () -> SpooledUpload.spool(broken, spool, 1_000_000));
        assertEquals(CommonFailure.BODY_UNREADABLE, e.failure(), "a 400 that says nothing was saved, not a 500");
        assertEquals(0, count());
    }

    @Test
    void aPartSomeoneElseOwnsIsDigestedButNotDeleted() throws IOException {
        Path part = Files.write(spool.resolve("multipart-part"), "%PDF-1.7 evidence".getBytes());
        try (SpooledUpload upload = SpooledUpload.ofFile(part)) {
            assertEquals(17, upload.size());
            assertEquals(Upload.of(Files.readAllBytes(part)).sha256(), upload.sha256());
        }
        assertTrue(Files.exists(part), "Quarkus deletes its own multipart files");
    }

    @Test
    void theSweepDeletesOnlySpooledFilesACrashLeftBehind() throws IOException {
        Path crashed = Files.write(spool.resolve(SpooledUpload.PREFIX + "crashed.part"), new byte[] { 1 });
        Path arriving = Files.write(spool.resolve(SpooledUpload.PREFIX + "arriving.part"), new byte[] { 2 });
        Path stranger = Files.write(spool.resolve("notes.txt"), new byte[] { 3 });
        FileTime dayAgo = FileTime.from(Instant.now().minus(Duration.ofHours(25)));
        Files.setLastModifiedTime(crashed, dayAgo);
        Files.setLastModifiedTime(stranger, dayAgo);

        assertEquals(1, SpooledUpload.sweep(spool, Instant.now().minus(Duration.ofHours(24))));
        assertFalse(Files.exists(crashed));
        assertTrue(Files.exists(arriving), "an upload may still be arriving");
        assertTrue(Files.exists(stranger), "a file of another name is never touched");
        assertEquals(0, SpooledUpload.sweep(spool.resolve("never-made"), Instant.now()));
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.reduce((a, b) -> {
                throw new AssertionError("more than one spooled file");
            }).orElseThrow();
        }
    }

    private long count() throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.count();
        }
    }
}
