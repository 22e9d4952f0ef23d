package app.shortlist.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.notification.Notification;
import app.shortlist.support.TestClock;
import app.shortlist.support.TestData;
import app.shortlist.support.Outbox;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ApplicationApiTest {

    static final String ALICE = TestTokens.of("applicant1", Role.APPLICANT);
    static final String BOB = TestTokens.of("applicant2", Role.APPLICANT);

    @Inject
    MockMailbox mailbox;

    @Inject
    TestClock clock;

    @Inject
    FileAttachmentStore files;

    TestData.Contest contest;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        mailbox.clear();
        contest = TestData.openContest("T1");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        TestData.wipe();
    }

    @Test
    void applicantDraftsUploadsAndSubmitsAndGetsReferenceAuditAndMail() {
        long id = create(ALICE);
        save(ALICE, id, 0, completeValues()).statusCode(200).body("status", equalTo("DRAFT"));
        upload(ALICE, id, "business_plan", "计划书.pdf", TestData.pdf()).statusCode(201)
                .body("fileName", equalTo("计划书.pdf")).body("contentType", equalTo("application/pdf"));

        as(ALICE).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("reference", equalTo("T1-00001"));

        Application stored = QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
        assertEquals(ApplicationStatus.SUBMITTED, stored.status);
        assertEquals("Quantum sensing for 城市 lifelines 🚀", stored.projectName);
        assertEquals("8", stored.answers.get("team_size"));
        assertEquals(List.of("CREATED", "DRAFT_SAVED", "ATTACHMENT_ADDED", "SUBMITTED"), actions(id));
        assertEquals("applicant1", audit(id).get(3).actor);

        Outbox.drained();
        var mails = mailbox.getMailsSentTo("applicant1@demo.shortlist.local");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains("T1-00001"), mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().contains("受理编号：T1-00001"), "mail in the applicant's language (zh)");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Notification.count("applicationId", id)));
    }

    @Test
    void submitChecksEverythingNamesEachProblemAndWritesNothing() {
        long id = create(ALICE);
        asIn(ALICE, "en").post("/api/v1/applications/" + id + "/submit").then()
                .statusCode(422).body("code", equalTo("validation_failed"))
                .body("fields.projectName", equalTo("This field is required."))
                .body("fields.summary", equalTo("This field is required."))
                .body("fields.business_plan", equalTo("This field is required."))
                .body("fields.countryRegion", equalTo("This field is required."));
        asIn(ALICE, "zh-CN").post("/api/v1/applications/" + id + "/submit").then()
                .statusCode(422).body("fields.projectName", equalTo("此项为必填项。"));
        Application stored = QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
        assertEquals(ApplicationStatus.DRAFT, stored.status);
        assertEquals(null, stored.reference);
        assertEquals(List.of("CREATED"), actions(id));
    }

    @Test
    void submitAfterDeadlineIsRefusedAndAnIndividualExtensionLetsExactlyThatOneThrough() {
        long alice = readyToSubmit(ALICE);
        long bob = readyToSubmit(BOB);
        clock.travel(Duration.ofDays(8));

        asIn(ALICE, "en").post("/api/v1/applications/" + alice + "/submit").then()
                .statusCode(409).body("code", equalTo("deadline_passed"))
                .body("message", containsString("deadline"));
        as(ALICE).contentType(ContentType.JSON).body(Map.of("version", 2, "values", completeValues()))
                .put("/api/v1/applications/" + alice).then().statusCode(409).body("code", equalTo("deadline_passed"));

        String until = Instant.now().plus(Duration.ofDays(10)).toString();
        as(BOB).contentType(ContentType.JSON).body(Map.of("until", until, "reason", "illness"))
                .post("/api/v1/applications/" + alice + "/extension").then().statusCode(403);
        as(admin()).contentType(ContentType.JSON).body(Map.of("until", until, "reason", ""))
                .post("/api/v1/applications/" + alice + "/extension").then().statusCode(422)
                .body("code", equalTo("reason_required"));
        as(admin()).contentType(ContentType.JSON).body(Map.of("until", until, "reason", "服务器故障，申请人无法上传"))
                .post("/api/v1/applications/" + alice + "/extension").then().statusCode(200);

        as(ALICE).post("/api/v1/applications/" + alice + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(BOB).post("/api/v1/applications/" + bob + "/submit").then().statusCode(409)
                .body("code", equalTo("deadline_passed"));
        assertTrue(actions(alice).contains("EXTENDED"));
        AuditEntry extended = audit(alice).stream().filter(e -> e.action.equals("EXTENDED")).findFirst().orElseThrow();
        assertEquals("admin", extended.actor);
        assertEquals("服务器故障，申请人无法上传", extended.detail);
    }

    @Test
    void submittingTwiceYieldsOneSubmittedApplication() throws Exception {
        long id = readyToSubmit(ALICE);
        String first = as(ALICE).header("Idempotency-Key", "k-1").post("/api/v1/applications/" + id + "/submit")
                .then().statusCode(200).extract().path("reference");
        String again = as(ALICE).header("Idempotency-Key", "k-1").post("/api/v1/applications/" + id + "/submit")
                .then().statusCode(200).extract().path("reference");
        assertEquals(first, again);
        assertEquals(1, actions(id).stream().filter("SUBMITTED"::equals).count());
    }

    @Test
    void concurrentSubmitsOfTheSameDraftProduceOneSubmission() throws Exception {
        long id = readyToSubmit(ALICE);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> as(ALICE).post("/api/v1/applications/" + id + "/submit").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(List.of(200, 200, 200, 200, 200, 200), statuses);
        assertEquals(1, actions(id).stream().filter("SUBMITTED"::equals).count());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(
                () -> Application.count("program.id = ?1 and status = ?2", contest.programId(), ApplicationStatus.SUBMITTED)));
        Outbox.drained();
        assertEquals(1, mailbox.getMailsSentTo("applicant1@demo.shortlist.local").size());
    }

    @Test
    void secondSaveFromAStaleTabIsRefusedNotSilentlyApplied() {
        long id = create(ALICE);
        Map<String, String> first = new LinkedHashMap<>(completeValues());
        first.put("projectName", "Tab one");
        save(ALICE, id, 0, first).statusCode(200).body("version", equalTo(1));
        Map<String, String> second = new LinkedHashMap<>(completeValues());
        second.put("projectName", "Tab two");
        save(ALICE, id, 0, second).statusCode(409).body("code", equalTo("stale"));
        assertEquals("Tab one", QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(id).projectName));
    }

    @Test
    void anotherApplicantGetsNotFoundForEverythingAndSeesOnlyOwnList() {
        long id = readyToSubmit(ALICE);
        long attachment = as(ALICE).get("/api/v1/applications/" + id + "/attachments").then().extract()
                .jsonPath().getLong("[0].id");
        as(BOB).get("/api/v1/applications/" + id).then().statusCode(404).body(not(containsString("Quantum")));
        as(BOB).get("/api/v1/applications/" + id + "/attachments").then().statusCode(404);
        as(BOB).get("/api/v1/applications/" + id + "/attachments/" + attachment).then().statusCode(404);
        as(BOB).post("/api/v1/applications/" + id + "/submit").then().statusCode(404);
        as(BOB).post("/api/v1/applications/" + id + "/withdraw").then().statusCode(404);
        save(BOB, id, 2, completeValues()).statusCode(404);
        as(BOB).delete("/api/v1/applications/" + id + "/attachments/" + attachment).then().statusCode(404);
        as(BOB).get("/api/v1/applications/" + (id + 1000)).then().statusCode(404);
        as(BOB).get("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(200)
                .body("total", equalTo(0));
        as(ALICE).get("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(200)
                .body("total", equalTo(1)).body("rows[0].id", equalTo((int) id));
        as(ALICE).get("/api/v1/applications/" + id + "/attachments/" + attachment).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"));
    }

    @Test
    void renamedExecutableAndOversizedFilesAreRefusedAndNothingIsStored() {
        long id = create(ALICE);
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload(ALICE, id, "business_plan", "plan.pdf", exe).statusCode(415).body("code", equalTo("file_type_refused"));
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(TestData.pdf(), 0, big, 0, TestData.pdf().length);
        upload(ALICE, id, "business_plan", "plan.pdf", big).statusCode(413).body("code", equalTo("file_too_large"));
        upload(ALICE, id, "business_plan", "plan.pdf", new byte[0]).statusCode(422).body("code", equalTo("file_empty"));
        upload(ALICE, id, "summary", "plan.pdf", TestData.pdf()).statusCode(404);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Attachment.count()));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> AttachmentContent.count()));
    }

    @Test
    void oversizedUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
        long id = create(ALICE);
        // Announce 50 MB, send almost nothing: an answer that comes at once proves the body was never awaited.
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(5000);
            String head = "POST /api/v1/applications/" + id + "/attachments?field=business_plan&name=big.pdf HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + ALICE + "\r\nAccept-Language: en\r\n"
                    + "Content-Type: application/pdf\r\nContent-Length: 52428800\r\n\r\n%PDF-";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
        }
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Attachment.count()));
    }

    @Test
    void bodilessPostWithoutContentTypeWorksAsFromCurl() throws Exception {
        long id = create(ALICE);
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(5000);
            String request = "POST /api/v1/applications/" + id + "/withdraw HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + ALICE + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 200 OK", status);
        }
        assertEquals(ApplicationStatus.WITHDRAWN,
                QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(id).status));
    }

    @Test
    void replacingAnAttachmentKeepsOneAndSanitisesItsName() {
        long id = create(ALICE);
        upload(ALICE, id, "business_plan", "../../etc/first.pdf", TestData.pdf()).statusCode(201)
                .body("fileName", equalTo("first.pdf"));
        Attachment first = QuarkusTransaction.requiringNew().call(() -> Attachment.forApplication(id).get(0));
        upload(ALICE, id, "business_plan", "second\u202Efdp.pdf", TestData.pdf()).statusCode(201);
        List<Attachment> all = QuarkusTransaction.requiringNew().call(() -> Attachment.forApplication(id));
        assertEquals(1, all.size());
        assertEquals("secondfdp.pdf", all.get(0).fileName);
        // The first one's bytes are gone with it, wherever the store keeps them (a file or a row).
        assertEquals(all.get(0).storageKey == null ? 1L : 0L,
                (long) QuarkusTransaction.requiringNew().call(() -> AttachmentContent.count()));
        assertTrue(first.storageKey == null || !java.nio.file.Files.exists(files.path(first.storageKey)));
        assertTrue(actions(id).contains("ATTACHMENT_REPLACED"));
    }

    @Test
    void badInputGetsClearMessagesAndLeavesTheDraftUnchanged() {
        long id = create(ALICE);
        Map<String, String> bad = new LinkedHashMap<>(completeValues());
        bad.put("team_size", "51");
        bad.put("email", "not-an-email");
        bad.put("forged_field", "x");
        bad.put("trackId", "999999");
        bad.put("projectName", "x".repeat(201));
        save(ALICE, id, 0, bad).statusCode(422)
                .body("fields.team_size", equalTo("数值超过允许的最大值。"))
                .body("fields.email", equalTo("请输入有效的电子邮箱地址。"))
                .body("fields.forged_field", equalTo("此申报表没有该项。"))
                .body("fields.trackId", equalTo("请从列表中选择。"))
                .body("fields.projectName", equalTo("内容过长。"));
        assertEquals(List.of("CREATED"), actions(id));
        as(ALICE).post("/api/v1/programs/987654/applications").then().statusCode(404);
        as(ALICE).contentType(ContentType.JSON).body("{not json").put("/api/v1/applications/" + id).then()
                .statusCode(400);
    }

    @Test
    void scriptsAndMixedScriptsRoundTripUnchangedAsData() {
        long id = create(ALICE);
        Map<String, String> values = new LinkedHashMap<>(completeValues());
        values.put("summary", "<script>alert('x')</script> 中文 😀 עברית");
        save(ALICE, id, 0, values).statusCode(200);
        as(ALICE).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("values.summary", equalTo("<script>alert('x')</script> 中文 😀 עברית"));
    }

    @Test
    void withdrawIsRecordedAndTheOwnerIsTold() {
        long id = readyToSubmit(ALICE);
        as(ALICE).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        as(ALICE).post("/api/v1/applications/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(ALICE).post("/api/v1/applications/" + id + "/withdraw").then().statusCode(409);
        assertEquals("WITHDRAWN", actions(id).get(actions(id).size() - 1));
        Outbox.drained();
        assertEquals(2, mailbox.getMailsSentTo("applicant1@demo.shortlist.local").size());
    }

    @Inject
    ApplicationService service;

    @Test
    void returnedForCorrectionTheApplicantEditsAndResubmitsKeepingTheReference() {
        long id = readyToSubmit(ALICE);
        as(ALICE).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        save(ALICE, id, 3, completeValues()).statusCode(409).body("code", equalTo("not_editable"));

        io.quarkus.arc.Arc.container().requestContext().activate();
        try {
            service.returnForCorrection(id, "请补充商业计划书的财务部分", Instant.now().plus(Duration.ofDays(3)));
        } finally {
            io.quarkus.arc.Arc.container().requestContext().terminate();
        }
        as(ALICE).get("/api/v1/applications/" + id).then().body("status", equalTo("RETURNED"))
                .body("correctionMessage", equalTo("请补充商业计划书的财务部分"));
        Map<String, String> corrected = new LinkedHashMap<>(completeValues());
        corrected.put("summary", "补充了财务部分。");
        long version = ((Number) as(ALICE).get("/api/v1/applications/" + id).then().extract().path("version")).longValue();
        save(ALICE, id, version, corrected).statusCode(200);
        as(ALICE).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("reference", equalTo("T1-00001"));
        List<String> actions = actions(id);
        assertTrue(actions.containsAll(List.of("RETURNED", "RESUBMITTED")), actions.toString());
        assertEquals("system", audit(id).stream().filter(e -> e.action.equals("RETURNED")).findFirst().orElseThrow().actor);
        Outbox.drained();
        assertTrue(mailbox.getMailsSentTo("applicant1@demo.shortlist.local").stream()
                .anyMatch(m -> m.getText().contains("请补充商业计划书的财务部分")));
    }

    @Test
    void oneApplicationPerAccountUnlessTheProgramAllowsMore() {
        create(ALICE);
        as(ALICE).post("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(409)
                .body("code", equalTo("already_applied"));
    }

    @Test
    void staffListIsFilteredPagedAndNeverShowsDrafts() {
        long submitted = readyToSubmit(ALICE);
        as(ALICE).post("/api/v1/applications/" + submitted + "/submit").then().statusCode(200);
        create(BOB); // a draft
        as(admin()).get("/api/v1/programs/" + contest.programId() + "/applications?size=1").then().statusCode(200)
                .body("total", equalTo(1)).body("rows[0].reference", equalTo("T1-00001"))
                .body("rows[0]", not(hasKey("answers")));
        as(admin()).get("/api/v1/programs/" + contest.programId() + "/applications?country=CN").then()
                .body("total", equalTo(0));
        as(admin()).get("/api/v1/programs/" + contest.programId() + "/applications?country=de").then()
                .body("total", equalTo(1));
        as(admin()).get("/api/v1/programs/" + contest.programId() + "/applications?q=quantum").then()
                .body("total", equalTo(1));
        as(admin()).queryParam("q", "100%").get("/api/v1/programs/" + contest.programId() + "/applications").then()
                .body("total", equalTo(0));
        as(admin()).queryParam("q", "T1-00001").get("/api/v1/programs/" + contest.programId() + "/applications")
                .then().body("total", equalTo(1));
    }

    // --- helpers -------------------------------------------------------------------

    RequestSpecification asIn(String token, String lang) {
        return given().auth().oauth2(token).header("Accept-Language", lang).contentType(ContentType.JSON);
    }

    /** An API client: bearer token, JSON (RestAssured would otherwise label a bodiless POST as a form). */
    @Test
    void repeatingACreateWithItsIdempotencyKeyReturnsTheSameDraftEvenWhenRacing() throws Exception {
        Number first = as(ALICE).header("Idempotency-Key", "create-1")
                .post("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(201)
                .extract().path("id");
        // The answer was lost (crash, fail-over): the client repeats the same call.
        as(ALICE).header("Idempotency-Key", "create-1").post("/api/v1/programs/" + contest.programId() + "/applications")
                .then().statusCode(201).body("id", equalTo(first.intValue())).body("status", equalTo("DRAFT"));
        assertEquals(List.of("CREATED"), actions(first.longValue()));
        // The same key for another program is a client error, not the other program's draft.
        long other = TestData.openContest("T2").programId();
        asIn(ALICE, "en").header("Idempotency-Key", "create-1").post("/api/v1/programs/" + other + "/applications")
                .then().statusCode(422).body("code", equalTo("idempotency_key_reused"));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> racing = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                racing.add(pool.submit(() -> as(BOB).header("Idempotency-Key", "create-race")
                        .post("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(201)
                        .extract().<Integer> path("id")));
            }
            Integer bobs = racing.get(0).get();
            for (Future<Integer> f : racing) {
                assertEquals(bobs, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> Application.count()));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(
                () -> Application.count("applicantId = ?1 and createKey = ?2", "sub-applicant2", "create-race")));
    }

    RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("Accept-Language", "zh-CN").contentType(ContentType.JSON);
    }

    static String admin() {
        return TestTokens.forRole(Role.ADMIN);
    }

    long create(String token) {
        Number id = as(token).post("/api/v1/programs/" + contest.programId() + "/applications").then()
                .statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        assertNotNull(id);
        return id.longValue();
    }

    io.restassured.response.ValidatableResponse save(String token, long id, long version, Map<String, String> values) {
        return as(token).contentType(ContentType.JSON).body(Map.of("version", version, "values", values))
                .put("/api/v1/applications/" + id).then();
    }

    io.restassured.response.ValidatableResponse upload(String token, long id, String field, String name, byte[] bytes) {
        return as(token).contentType("application/octet-stream").queryParam("field", field).queryParam("name", name)
                .body(bytes).post("/api/v1/applications/" + id + "/attachments").then();
    }

    long readyToSubmit(String token) {
        long id = create(token);
        save(token, id, 0, completeValues()).statusCode(200);
        upload(token, id, "business_plan", "plan.pdf", TestData.pdf()).statusCode(201);
        return id;
    }

    Map<String, String> completeValues() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("projectName", "Quantum sensing for 城市 lifelines 🚀");
        v.put("organisation", "杭州量子传感科技有限公司");
        v.put("contactName", "王小明");
        v.put("phone", "+86 138 0000 0000");
        v.put("email", "wang@example.cn");
        v.put("trackId", String.valueOf(contest.trackId()));
        v.put("countryRegion", "DE");
        v.put("summary", "A project summary.");
        v.put("team_size", "8");
        return v;
    }

    static List<AuditEntry> audit(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.forEntity("application", id));
    }

    static List<String> actions(long id) {
        return audit(id).stream().map(e -> e.action).toList();
    }
}
