package app.shortlist.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.DatabaseSnapshot;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Abuse of uploads through the API and the page: each refused with a clear message, nothing stored. */
@QuarkusTest
class UploadAbuseTest {

    static final String ALICE = TestTokens.of("alice", Role.APPLICANT);
    TestData.Contest contest;
    long id;

    @BeforeEach
    void setUp() {
        contest = TestData.openContest("UPAB");
        id = given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .post("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void aZipBombDressedAsAWordDocumentIsRefusedInTheCallersLanguageAndNothingIsStored() throws IOException {
        byte[] bomb = bombDocx();
        Map<String, List<String>> before = DatabaseSnapshot.take();
        api("en").queryParam("name", "plan.docx").body(bomb).post(uploads()).then().statusCode(422)
                .body("code", equalTo("file_suspicious")).body("message", containsString("zip bomb"));
        api("zh-CN").queryParam("name", "plan.docx").body(bomb).post(uploads()).then().statusCode(422)
                .body("message", equalTo("文件结构异常（疑似压缩炸弹或损坏），已拒收。"));
        page("en").multiPart("file", "plan.docx", bomb, "application/octet-stream").post("/applications/" + id
                + "/attachments").then().statusCode(422).body(containsString("data-testid=\"error-business_plan\""))
                .body(containsString("zip bomb"));
        assertEquals(before, DatabaseSnapshot.take());
    }

    @Test
    void aFileWhoseContentIsNotItsNameIsRefusedOnThePageTooAndAnEmptyOneIsNamedAsEmpty() {
        Map<String, List<String>> before = DatabaseSnapshot.take();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        page("zh-CN").multiPart("file", "plan.pdf", html, "application/pdf").post("/applications/" + id + "/attachments")
                .then().statusCode(415).body(containsString("不接受此文件类型"));
        page("en").multiPart("file", "plan.pdf", new byte[0], "application/pdf").post("/applications/" + id
                + "/attachments").then().statusCode(422).body(containsString("The file is empty."));
        assertEquals(before, DatabaseSnapshot.take());
    }

    @Test
    void traversalAndControlCharactersInANameNeverReachTheStoredNameOrTheDownloadHeader() {
        String hostile = "..\\..\\..\\etc/passwd\u0000\r\nSet-Cookie: x=1\u0007\u202Efdp.pdf";
        long attachment = api("en").queryParam("name", hostile).body(TestData.pdf()).post(uploads()).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String stored = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment> findById(attachment).fileName);
        assertEquals("passwdSet-Cookie x=1fdp.pdf", stored);
        String disposition = given().auth().oauth2(ALICE).get(uploads() + "/" + attachment).then().statusCode(200)
                .extract().header("Content-Disposition");
        assertFalse(disposition.contains("\r") || disposition.contains("\n") || disposition.contains(".."), disposition);
        // the page upload goes through the same rule (a browser percent-encodes line breaks in the name)
        page("en").multiPart("file", "..\\..\\etc/passwdSet-Cookie: x=1\u0007\u202Efdp.pdf", TestData.pdf(), "application/pdf").post("/applications/" + id
                + "/attachments").then().statusCode(303);
        assertEquals(List.of("passwdSet-Cookie x=1fdp.pdf"), QuarkusTransaction.requiringNew().call(
                () -> Attachment.forApplication(id).stream().map(a -> a.fileName).toList()));
    }

    @Test
    void anOversizedPageUploadIsRefusedBeforeItsBodyIsReadWithAMessage() throws IOException {
        // Announce 50 MB, send none of it: the answer comes from the Content-Length alone.
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /applications/" + id + "/attachments?field=business_plan HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + ALICE + "\r\nAccept-Language: en\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 52428800\r\n\r\n--b\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 413 Request Entity Too Large", in.readLine());
            StringBuilder page = new StringBuilder();
            for (String line; (line = in.readLine()) != null && !line.contains("</html>"); ) {
                page.append(line).append('\n');
            }
            assertTrue(page.toString().contains("The file is too large: at most 1 MB for this field."), page.toString());
        }
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Attachment.count()));
    }

    /** An OOXML word-processing package whose document part inflates 5 MB of zeros from a few KB. */
    static byte[] bombDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[5 * 1024 * 1024]);
        }
        return out.toByteArray();
    }

    String uploads() {
        return "/api/v1/applications/" + id + "/attachments";
    }

    RequestSpecification api(String lang) {
        return given().auth().oauth2(ALICE).header("Accept-Language", lang).contentType("application/octet-stream")
                .queryParam("field", "business_plan");
    }

    RequestSpecification page(String lang) {
        Csrf.Token csrf = Csrf.from("/");
        return given().auth().oauth2(ALICE).header("Accept-Language", lang).redirects().follow(false)
                .cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.field()).queryParam("field", "business_plan");
    }
}
