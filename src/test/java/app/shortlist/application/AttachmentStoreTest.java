package app.shortlist.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Both places attachment bytes can live, held to the same rules; the files' own guarantees besides. */
@QuarkusTest
class AttachmentStoreTest {

    @Inject
    FileAttachmentStore files;

    @Inject
    DatabaseAttachmentStore database;

    long applicationId;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        TestData.Contest contest = TestData.openContest("AS");
        TestData.submitted(contest, "store", 1);
        applicationId = QuarkusTransaction.requiringNew().call(() -> Application.<Application> findAll().firstResult().id);
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @ParameterizedTest
    @EnumSource(AttachmentStore.Kind.class)
    void savesReadsAndReplacesTheBytes(AttachmentStore.Kind kind) {
        long first = save(kind, bytes("first"));
        assertArrayEquals(bytes("first"), read(kind, first));

        long second = QuarkusTransaction.requiringNew().call(() -> {
            backend(kind).remove(Attachment.findById(first));
            Attachment.flush();
            Attachment att = attachment();
            backend(kind).save(att, Upload.of(bytes("second")));
            return att.id;
        });
        assertArrayEquals(bytes("second"), read(kind, second));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Attachment.findById(first)));
        assertEquals(kind == AttachmentStore.Kind.DATABASE ? 1L : 0L,
                (long) QuarkusTransaction.requiringNew().call(() -> AttachmentContent.count()));
    }

    @ParameterizedTest
    @EnumSource(AttachmentStore.Kind.class)
    void aRemovalThatRollsBackKeepsTheBytes(AttachmentStore.Kind kind) {
        long id = save(kind, bytes("kept"));
        assertThrows(Refused.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            backend(kind).remove(Attachment.findById(id));
            Attachment.flush();
            throw new Refused(); // as a domain rule refusing after the removal
        }));
        assertArrayEquals(bytes("kept"), read(kind, id));
    }

    @ParameterizedTest
    @EnumSource(AttachmentStore.Kind.class)
    void aSaveThatRollsBackLeavesNeitherRowNorBytes(AttachmentStore.Kind kind) {
        String[] key = new String[1];
        assertThrows(Refused.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Attachment att = attachment();
            backend(kind).save(att, Upload.of(bytes("lost")));
            Attachment.flush();
            key[0] = att.storageKey;
            if (kind == AttachmentStore.Kind.FILES) {
                assertTrue(Files.exists(files.path(key[0])), "written before the commit");
            }
            throw new Refused();
        }));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Attachment.count()));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> AttachmentContent.count()));
        if (kind == AttachmentStore.Kind.FILES) {
            assertNotNull(key[0]);
            assertFalse(Files.exists(files.path(key[0])), "the rolled-back upload's file is deleted at once");
        }
    }

    @Test
    void aFileIsDurableBeforeCommitAndDeletedOnlyAfterIt() {
        long id = save(AttachmentStore.Kind.FILES, bytes("doc"));
        String key = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment> findById(id).storageKey);
        Path file = files.path(key);
        assertTrue(key.matches("[0-9a-f]{32}"), "a random key, nothing of the file name");
        assertArrayEquals(bytes("doc"), read(file));

        QuarkusTransaction.requiringNew().run(() -> {
            files.remove(Attachment.findById(id));
            Attachment.flush();
            assertTrue(Files.exists(file), "still there while the deleting transaction may roll back");
        });
        assertFalse(Files.exists(file));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Attachment.count()));
    }

    @Test
    void theSweepDeletesOnlyOldFilesNoRowNames() throws Exception {
        long id = save(AttachmentStore.Kind.FILES, bytes("named"));
        Path named = files.path(QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment> findById(id).storageKey));
        Path oldOrphan = files.path(files.write(Upload.of(bytes("crash before commit")))); // a file whose row never committed
        Path youngOrphan = files.path(files.write(Upload.of(bytes("commit still to come"))));

        Path oldTemp = oldOrphan.resolveSibling("0123456789abcdef0123456789abcdef" + FileAttachmentStore.TEMP);
        Files.write(oldTemp, bytes("half written"));
        Path stranger = oldOrphan.resolveSibling("README");
        Files.write(stranger, bytes("not ours"));
        FileTime dayAgo = FileTime.from(Instant.now().minus(Duration.ofHours(25)));
        for (Path p : new Path[] { named, oldOrphan, oldTemp, stranger }) {
            Files.setLastModifiedTime(p, dayAgo);
        }

        int deleted = files.sweep(Instant.now().minus(Duration.ofHours(24)));

        assertTrue(deleted >= 2, "at least this test's old orphan and temp file: " + deleted);
        assertFalse(Files.exists(oldOrphan));
        assertFalse(Files.exists(oldTemp));
        assertTrue(Files.exists(named), "named by a row: kept however old");
        assertTrue(Files.exists(youngOrphan), "within the grace its transaction may still commit");
        assertTrue(Files.exists(stranger), "a file of another name is never touched");
        assertArrayEquals(bytes("named"), read(AttachmentStore.Kind.FILES, id));
        Files.delete(stranger);
        Files.delete(youngOrphan);
    }

    @Test
    void keysNeverLeaveTheFolder() {
        assertThrows(IllegalArgumentException.class, () -> files.path("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> files.path("0123456789ABCDEF0123456789abcdef"));
    }

    @Test
    void autoPicksFilesForH2AndTheDatabaseOtherwise() {
        assertEquals(AttachmentStore.Kind.FILES, AttachmentStore.Kind.resolve("auto", "h2"));
        assertEquals(AttachmentStore.Kind.DATABASE, AttachmentStore.Kind.resolve("auto", "postgresql"));
        assertEquals(AttachmentStore.Kind.FILES, AttachmentStore.Kind.resolve(" Files ", "postgresql"));
        assertEquals(AttachmentStore.Kind.DATABASE, AttachmentStore.Kind.resolve("database", "h2"));
        assertThrows(IllegalStateException.class, () -> AttachmentStore.Kind.resolve("s3", "h2"));
    }

    /** Rolls the test's transaction back. */
    static final class Refused extends RuntimeException {
    }

    private AttachmentStore.Backend backend(AttachmentStore.Kind kind) {
        return kind == AttachmentStore.Kind.FILES ? files : database;
    }

    private long save(AttachmentStore.Kind kind, byte[] content) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Attachment att = attachment();
            backend(kind).save(att, Upload.of(content));
            return att.id;
        });
    }

    private byte[] read(AttachmentStore.Kind kind, long id) {
        return QuarkusTransaction.requiringNew().call(() -> backend(kind).read(Attachment.findById(id)));
    }

    private Attachment attachment() {
        Attachment att = new Attachment();
        att.application = Application.findById(applicationId);
        att.fieldKey = "business_plan";
        att.fileName = "plan.pdf";
        att.contentType = "application/pdf";
        att.sizeBytes = 1;
        att.sha256 = "0".repeat(64);
        att.uploadedAt = Instant.now();
        att.uploadedBy = "store";
        return att;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
