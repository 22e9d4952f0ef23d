package app.shortlist.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An upload through the API lands where the configured store puts it — on H2 (the test default, as in
 * production) a file under the attachments folder and no attachment_content row — and downloads as the
 * very same bytes; replacing and deleting remove the old bytes.
 */
@QuarkusTest
class AttachmentFilesApiTest {

    static final String ALICE = TestTokens.of("applicant1", Role.APPLICANT);

    @Inject
    AttachmentStore store;

    @Inject
    FileAttachmentStore files;

    TestData.Contest contest;

    @TestHTTPResource("/")
    URL url;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        contest = TestData.openContest("AF");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void uploadedBytesAreStoredWhereConfiguredAndDownloadUnchanged() {
        long id = create();
        byte[] plan = pdf(300 * 1024, 'a');
        long first = upload(id, plan);

        Attachment stored = QuarkusTransaction.requiringNew().call(() -> Attachment.findById(first));
        if (store.kind() == AttachmentStore.Kind.FILES) {
            assertNotNull(stored.storageKey);
            assertArrayEquals(plan, read(files.path(stored.storageKey)));
            assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> AttachmentContent.count()));
        } else {
            assertNull(stored.storageKey);
            assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AttachmentContent.count()));
        }
        assertArrayEquals(plan, download(id, first));
        assertEquals(0, spooled(), "the body was spooled on its way in, and the spooled file is gone");

        byte[] revised = pdf(200 * 1024, 'b');
        long second = upload(id, revised);
        assertArrayEquals(revised, download(id, second));
        as().get("/api/v1/applications/" + id + "/attachments/" + first).then().statusCode(404);
        if (stored.storageKey != null) {
            assertFalse(Files.exists(files.path(stored.storageKey)), "the replaced file is gone once the replacement committed");
        }

        String key = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment> findById(second).storageKey);
        as().delete("/api/v1/applications/" + id + "/attachments/" + second).then().statusCode(204);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Attachment.count()));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> AttachmentContent.count()));
        if (key != null) {
            assertFalse(Files.exists(files.path(key)));
        }
    }

    @Test
    void aRefusedUploadWritesNoFile() throws Exception {
        long id = create();
        long before = fileCount();
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        as().contentType("application/octet-stream").queryParam("field", "business_plan").queryParam("name", "plan.pdf")
                .body(exe).post("/api/v1/applications/" + id + "/attachments").then().statusCode(415);
        assertEquals(before, fileCount());
        assertEquals(0, spooled());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Attachment.count()));
    }

    @Test
    void anUploadWhoseClientGoesAwayMidBodyLeavesNothingBehind() throws Exception {
        long id = create();
        long before = fileCount();
        byte[] head = pdf(64 * 1024, 'c');
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/applications/" + id + "/attachments?field=business_plan&name=plan.pdf HTTP/1.1\r\n"
                    + "Host: " + url.getHost() + "\r\nAuthorization: Bearer " + ALICE + "\r\n"
                    + "Content-Type: application/pdf\r\nContent-Length: " + (512 * 1024) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(head); // an eighth of what it announced, then the client is gone
            out.flush();
        }
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (spooled() > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertEquals(0, spooled(), "the part that arrived was spooled, then deleted");
        assertEquals(before, fileCount(), "nothing stored");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Attachment.count()));
        upload(id, pdf(1024, 'd')); // and the next upload goes through
    }

    private long create() {
        return as().contentType(ContentType.JSON).post("/api/v1/programs/" + contest.programId() + "/applications")
                .then().statusCode(201).extract().<Number> path("id").longValue();
    }

    private long upload(long id, byte[] bytes) {
        return as().contentType("application/pdf").queryParam("field", "business_plan").queryParam("name", "plan.pdf")
                .body(bytes).post("/api/v1/applications/" + id + "/attachments").then().statusCode(201)
                .extract().<Number> path("id").longValue();
    }

    private byte[] download(long id, long attachmentId) {
        return as().get("/api/v1/applications/" + id + "/attachments/" + attachmentId).then().statusCode(200)
                .extract().asByteArray();
    }

    private RequestSpecification as() {
        return given().auth().oauth2(ALICE).header("Accept-Language", "en");
    }

    /** A PDF of about {@code size} bytes: a valid head, then comment lines. */
    static byte[] pdf(int size, char filler) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(TestData.pdf());
        byte[] line = ("%" + String.valueOf(filler).repeat(62) + "\n").getBytes(StandardCharsets.US_ASCII);
        while (out.size() < size) {
            out.writeBytes(line);
        }
        return out.toByteArray();
    }

    private long spooled() {
        if (!Files.isDirectory(store.spool())) {
            return 0;
        }
        try (var all = Files.list(store.spool())) {
            return all.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long fileCount() throws Exception {
        if (!Files.isDirectory(files.root())) {
            return 0;
        }
        try (var all = Files.walk(files.root())) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
