package app.shortlist.demo;

import static app.shortlist.demo.DemoTestSupport.awaitDone;
import static app.shortlist.demo.DemoTestSupport.count;
import static app.shortlist.demo.DemoTestSupport.rows;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.Application;
import app.shortlist.application.ApplicationForm;
import app.shortlist.application.Attachment;
import app.shortlist.application.AttachmentStore;
import app.shortlist.application.FileTypes;
import app.shortlist.application.FormRules;
import app.shortlist.application.Uscc;
import app.shortlist.audit.AuditEntry;
import app.shortlist.program.FieldType;
import app.shortlist.program.FormField;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramStatus;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Generating the demo data sets, counted in the database. */
@QuarkusTest
class DemoDataTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);
    static final String APPLICANT = TestTokens.of("applicant1", Role.APPLICANT);

    @Inject
    ApplicationForm form;

    @Inject
    AttachmentStore attachmentStore;

    @BeforeEach
    @AfterEach
    void wipe() {
        DemoTestSupport.wipe();
    }

    @Test
    void hangzhouGeneratesExactly1949SubmittedFromThirtyCountriesOverItsTracks() {
        Response started = admin().post("/api/v1/demo-data/hangzhou");
        started.then().statusCode(202).header("Location", containsString("/api/v1/jobs/"))
                .body("kind", equalTo("demo-hangzhou")).body("status", oneOf("QUEUED", "RUNNING"));
        long jobId = started.jsonPath().getLong("id");
        assertTrue(started.header("Location").endsWith("/api/v1/jobs/" + jobId));

        Job job = awaitDone(jobId);
        long programId = job.programId;
        Program program = QuarkusTransaction.requiringNew().call(() -> Program.findById(programId));
        assertEquals(ProgramStatus.OPEN, program.status);
        assertEquals("HZ2024", program.code);
        assertEquals(1949, job.done);
        assertEquals(1949, job.total);

        assertEquals(1949, count("SELECT COUNT(*) FROM application WHERE program_id = ?1", programId));
        assertEquals(1949, count("SELECT COUNT(*) FROM application WHERE program_id = ?1 AND status = 'SUBMITTED'"
                + " AND submitted_at IS NOT NULL AND applicant_id LIKE 'demo-hz-%'", programId));
        long countries = count("SELECT COUNT(DISTINCT country_region) FROM application WHERE program_id = ?1", programId);
        assertTrue(countries >= 30, countries + " countries and regions");
        assertEquals(1949, count("SELECT COUNT(DISTINCT reference) FROM application WHERE program_id = ?1", programId));
        List<Object[]> refs = rows("SELECT MIN(reference), MAX(reference) FROM application WHERE program_id = ?1",
                programId);
        assertEquals("HZ2024-00001", refs.get(0)[0]);
        assertEquals("HZ2024-01949", refs.get(0)[1]);
        assertEquals(1949, count("SELECT reference_counter FROM program WHERE id = ?1", programId));
        // All of them wait in the qualification review, the program's first round.
        assertEquals(1949, count("SELECT COUNT(*) FROM round_entry e JOIN program_round r ON r.id = e.round_id "
                + "WHERE r.program_id = ?1 AND r.position = 0 AND r.kind = 'SCREENING' AND e.state = 'WAITING'", programId));
        assertEquals(0, count("SELECT COUNT(*) FROM application a JOIN program p ON p.id = a.program_id "
                + "WHERE a.program_id = ?1 AND (a.submitted_at < p.opens_at OR a.created_at > a.submitted_at)", programId),
                "submitted inside the window, after the draft was begun");
        assertEquals(0, count("SELECT COUNT(*) FROM application a JOIN application b ON b.program_id = a.program_id "
                + "AND a.reference < b.reference AND a.submitted_at > b.submitted_at WHERE a.program_id = ?1", programId),
                "reference numbers follow the order of submission");

        Map<String, Long> byTrack = new LinkedHashMap<>();
        rows("SELECT t.name_zh, COUNT(a.id) FROM track t LEFT JOIN application a ON a.track_id = t.id "
                + "WHERE t.program_id = ?1 GROUP BY t.id, t.name_zh, t.position ORDER BY t.position", programId)
                .forEach(r -> byTrack.put((String) r[0], ((Number) r[1]).longValue()));
        assertEquals(5, byTrack.size(), byTrack.toString());
        assertTrue(byTrack.values().stream().allMatch(n -> n > 0), byTrack.toString());
        long digital = byTrack.get("数字经济组");
        assertTrue(byTrack.values().stream().allMatch(n -> n <= digital), "数字经济组 is the largest: " + byTrack);

        assertEquals(1949, count("SELECT COUNT(*) FROM attachment t JOIN application a ON a.id = t.application_id "
                + "WHERE a.program_id = ?1 AND t.field_key = 'business_plan'", programId), "one PDF per required document");
        assertEquals(0, count("SELECT COUNT(*) FROM attachment t JOIN application a ON a.id = t.application_id "
                + "WHERE a.program_id = ?1 AND (t.size_bytes > 1024 OR t.content_type <> 'application/pdf')", programId));

        given().auth().oauth2(ADMIN).header("Accept-Language", "en").get("/api/v1/jobs/" + jobId).then()
                .statusCode(200).body("status", equalTo("DONE")).body("done", equalTo(1949))
                .body("percent", equalTo(100)).body("programCode", equalTo("HZ2024"))
                .body("message", containsString("1,949 submitted applications in HZ2024"));
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> list(
                "programId = ?1 order by occurredAt, id", programId).stream().map(e -> e.action + " by " + e.actor)
                .toList());
        assertTrue(actions.containsAll(List.of("CREATED by admin", "DEMO_DATA_STARTED by admin", "OPENED by admin",
                "DEMO_DATA_GENERATED by admin")), actions.toString());

        // A real applicant submitting afterwards continues the numbering.
        Map<String, String> values = QuarkusTransaction.requiringNew().call(() -> form.values(
                Application.find("program.id = ?1 and reference = ?2", programId, "HZ2024-00007").firstResult()));
        long id = applicant().post("/api/v1/programs/" + programId + "/applications").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        applicant().body(Map.of("version", 0, "values", values)).put("/api/v1/applications/" + id).then()
                .statusCode(200);
        given().auth().oauth2(APPLICANT).contentType("application/octet-stream").queryParam("field", "business_plan")
                .queryParam("name", "plan.pdf").body(TestData.pdf()).post("/api/v1/applications/" + id + "/attachments")
                .then().statusCode(201);
        applicant().post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .body("reference", equalTo("HZ2024-01950"));
    }

    @Test
    void everyGeneratedHangzhouApplicationPassesTheSubmissionRules() {
        Job job = awaitDone(admin().post("/api/v1/demo-data/hangzhou").then().statusCode(202).extract().jsonPath()
                .getLong("id"));
        assertEquals(List.of(), ruleViolations(job.programId));
    }

    @Test
    void jiangxiReproducesNanchangHighTechZoneThirtyThreeAcrossNineDirections() {
        Csrf.Token csrf = Csrf.from("/");
        String location = csrf.on(given().auth().oauth2(ADMIN).redirects().follow(false).contentType(ContentType.URLENC))
                .post("/admin/demo-data/jiangxi").then().statusCode(303).extract().header("Location");
        assertTrue(location.matches(".*/admin/jobs/\\d+"), location);
        Job job = awaitDone(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        long programId = job.programId;

        Map<String, Long> zone = new LinkedHashMap<>();
        rows("SELECT d.name_zh, COUNT(*) FROM application a JOIN direction d ON d.id = a.direction_id "
                + "JOIN recommending_unit u ON u.id = a.unit_id WHERE a.program_id = ?1 AND u.name_zh = '南昌高新区' "
                + "GROUP BY d.id, d.name_zh", programId).forEach(r -> zone.put((String) r[0], ((Number) r[1]).longValue()));
        assertEquals(Map.of("产业链龙头骨干企业提档进阶", 2L, "创新能力提升", 9L, "先进技术应用", 8L, "低空经济及船舶产业发展", 5L,
                "产业基础高级化", 2L, "产业链企业协同化技改", 1L, "设备更新", 2L, "企业数字化改造", 3L, "数字化转型试点", 1L), zone);
        assertEquals(33, zone.values().stream().mapToLong(Long::longValue).sum());

        Map<String, Long> nanchang = new LinkedHashMap<>();
        rows("SELECT u.name_zh, COUNT(*) FROM application a JOIN recommending_unit u ON u.id = a.unit_id "
                + "WHERE a.program_id = ?1 AND u.city_zh = '南昌市' GROUP BY u.id, u.name_zh", programId)
                .forEach(r -> nanchang.put((String) r[0], ((Number) r[1]).longValue()));
        long city = nanchang.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(33 * 2 > city, "more than half of Nanchang's " + city + ": " + nanchang);
        assertTrue(nanchang.entrySet().stream().filter(e -> !e.getKey().equals("南昌高新区"))
                .allMatch(e -> e.getValue() < 33), "ranks first: " + nanchang);
        assertTrue(count("SELECT COUNT(*) FROM application a JOIN recommending_unit u ON u.id = a.unit_id "
                + "WHERE a.program_id = ?1 AND u.city_zh = '赣州市'", programId) > 0, "Ganzhou has some");
        assertEquals(9, count("SELECT COUNT(DISTINCT direction_id) FROM application WHERE program_id = ?1", programId));

        List<Object[]> enterprises = rows("SELECT uscc, requested_amount, reference FROM application WHERE program_id = ?1",
                programId);
        assertEquals(job.total, enterprises.size());
        Set<String> codes = new HashSet<>();
        for (Object[] e : enterprises) {
            assertTrue(Uscc.isValid((String) e[0]), "valid credit code " + e[0]);
            assertTrue(codes.add((String) e[0]), "distinct credit code " + e[0]);
            double amount = ((Number) e[1]).doubleValue();
            assertTrue(amount >= 50 && amount <= 3000, "万元 " + amount);
        }
        assertEquals(List.of(), ruleViolations(programId));
        given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN").get("/api/v1/jobs/" + job.id).then()
                .body("message", containsString("南昌高新区 33 个")).body("message", containsString("第 1 位"));
    }

    @Test
    void syntheticInsertsTheRequestedCountInBatchesAndReportsProgress() {
        Response started = admin().queryParam("count", 5000).post("/api/v1/demo-data/synthetic");
        started.then().statusCode(202).body("kind", equalTo("demo-synthetic"));
        long jobId = started.jsonPath().getLong("id");
        List<Integer> seen = new ArrayList<>();
        Instant until = Instant.now().plus(DemoTestSupport.TIMEOUT);
        String status;
        do {
            var view = given().auth().oauth2(ADMIN).get("/api/v1/jobs/" + jobId).then().statusCode(200).extract()
                    .jsonPath();
            status = view.getString("status");
            seen.add(view.getInt("done"));
            DemoTestSupport.sleep(20);
        } while (!status.equals("DONE") && !status.equals("FAILED") && Instant.now().isBefore(until));
        assertEquals("DONE", status);

        Job job = QuarkusTransaction.requiringNew().call(() -> Job.findById(jobId));
        assertEquals(5000, job.done);
        assertEquals(5000, job.total);
        // The row moved twice on starting (its program noted, then running), once per committed batch, once at the end.
        assertEquals(2 + 5000 / DemoData.BATCH + 1, job.version);
        List<Integer> sorted = new ArrayList<>(seen);
        Collections.sort(sorted);
        assertEquals(sorted, seen, "progress never goes back");
        assertTrue(seen.stream().allMatch(n -> n % DemoData.BATCH == 0), "progress moves a whole batch at a time: " + seen);

        long programId = job.programId;
        assertEquals("SYN5K", QuarkusTransaction.requiringNew().call(() -> ((Program) Program.findById(programId)).code));
        assertEquals(5000, count("SELECT COUNT(*) FROM application WHERE program_id = ?1", programId));
        long submitted = count("SELECT COUNT(*) FROM application WHERE program_id = ?1 AND status = 'SUBMITTED'", programId);
        assertTrue(submitted > 4500, submitted + " submitted");
        long referenced = count("SELECT COUNT(reference) FROM application WHERE program_id = ?1", programId);
        assertEquals(referenced, count("SELECT COUNT(*) FROM application WHERE program_id = ?1 AND status <> 'DRAFT'",
                programId), "every application past a draft has its number, drafts none");
        assertEquals(referenced, count("SELECT reference_counter FROM program WHERE id = ?1", programId));
        assertEquals("SYN5K-%05d".formatted(referenced),
                rows("SELECT MAX(reference), COUNT(*) FROM application WHERE program_id = ?1", programId).get(0)[0]);
        assertEquals(0, count("SELECT COUNT(*) FROM attachment t JOIN application a ON a.id = t.application_id "
                + "WHERE a.program_id = ?1", programId), "no attachments");

        // Ids came from the application sequence: the entity path still inserts without a clash.
        long draft = applicant().post("/api/v1/programs/" + programId + "/applications").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Application.findById(draft)));
        assertEquals(5001, count("SELECT COUNT(*) FROM application WHERE program_id = ?1", programId));
    }

    @Test
    void secondRunDoesNotDuplicate() throws Exception {
        Job first = awaitDone(admin().post("/api/v1/demo-data/jiangxi").then().statusCode(202).extract().jsonPath()
                .getLong("id"));
        long applications = count("SELECT COUNT(*) FROM application");

        admin().header("Accept-Language", "en").post("/api/v1/demo-data/jiangxi").then()
                .statusCode(409).body("code", equalTo("already_generated"))
                .body("message", containsString("JX2024C")).body("message", containsString("#" + first.id));
        assertEquals(applications, count("SELECT COUNT(*) FROM application"));
        assertEquals(1, count("SELECT COUNT(*) FROM program WHERE code LIKE 'JX2024C%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM job"));

        // Two clicks at the same moment: one run.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> admin().queryParam("count", 300).post("/api/v1/demo-data/synthetic")));
            }
            List<Integer> statuses = new ArrayList<>();
            Long jobId = null;
            for (Future<Response> f : both) {
                Response r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 202) {
                    jobId = r.jsonPath().getLong("id");
                }
            }
            Collections.sort(statuses);
            assertEquals(List.of(202, 409), statuses);
            awaitDone(jobId);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(300, count("SELECT COUNT(*) FROM application a JOIN program p ON p.id = a.program_id "
                + "WHERE p.code = 'SYN300'"));
        admin().queryParam("count", 300).post("/api/v1/demo-data/synthetic").then()
                .statusCode(409);
        // Another size is another data set.
        awaitDone(admin().queryParam("count", 301).post("/api/v1/demo-data/synthetic")
                .then().statusCode(202).extract().jsonPath().getLong("id"));
    }

    @Test
    void abandonedRunIsCleanedUpWhenTheSameSetIsStartedAgain() {
        Job first = awaitDone(admin().post("/api/v1/demo-data/jiangxi").then().statusCode(202).extract().jsonPath()
                .getLong("id"));
        // As if the instance running it had stopped half-way, ten minutes ago.
        QuarkusTransaction.requiringNew().run(() -> {
            Job j = Job.findById(first.id);
            j.status = JobStatus.RUNNING;
            j.updatedAt = Instant.now().minus(Duration.ofMinutes(10));
        });
        // Its documents as files (the H2 default store): they go with its rows.
        java.nio.file.Path folder = java.nio.file.Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("shortlist.attachments.dir", String.class));
        List<java.nio.file.Path> firstFiles = rows("SELECT storage_key, id FROM attachment WHERE storage_key IS NOT NULL")
                .stream().map(r -> folder.resolve(((String) r[0]).substring(0, 2)).resolve((String) r[0])).toList();
        assertTrue(firstFiles.stream().allMatch(java.nio.file.Files::exists));

        Job second = awaitDone(admin().post("/api/v1/demo-data/jiangxi").then().statusCode(202).extract().jsonPath()
                .getLong("id"));
        Job old = QuarkusTransaction.requiringNew().call(() -> Job.findById(first.id));
        assertEquals(JobStatus.FAILED, old.status);
        assertNull(old.exclusiveKey);
        assertTrue(old.message.en.startsWith("Abandoned"), old.message.en);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Program.findById(first.programId)), "its rows removed");
        assertTrue(firstFiles.stream().noneMatch(java.nio.file.Files::exists), "and its files");
        assertEquals(second.total, count("SELECT COUNT(*) FROM application"));
        assertEquals(1, count("SELECT COUNT(*) FROM program"));
    }

    @Test
    void unknownSetsAndBadCountsAreRefusedWithAClearMessage() {
        admin().header("Accept-Language", "en").post("/api/v1/demo-data/shanghai").then()
                .statusCode(404).body("message", containsString("hangzhou, jiangxi or synthetic"));
        for (int bad : new int[] { 0, -5, 200_001 }) {
            admin().header("Accept-Language", "en").queryParam("count", bad).post("/api/v1/demo-data/synthetic").then()
                    .statusCode(422)
                    .body("fields.count", equalTo("The number must be a whole number from 1 to 200,000."));
        }
        admin().header("Accept-Language", "zh-CN").queryParam("count", 0).post("/api/v1/demo-data/synthetic").then()
                .statusCode(422).body("fields.count", equalTo("数量须为 1 至 200,000 之间的整数。"));
        given().auth().oauth2(ADMIN).get("/api/v1/jobs/987654").then().statusCode(404);
        assertEquals(0, count("SELECT COUNT(*) FROM job"));
        assertEquals(0, count("SELECT COUNT(*) FROM program"));
    }

    /**
     * An admin's API call. The content type is set because RestAssured would otherwise
     * send a form type, which the CSRF filter refuses without a token (curl -X POST sends none).
     */
    static RequestSpecification admin() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON);
    }

    static RequestSpecification applicant() {
        return given().auth().oauth2(APPLICANT).contentType(ContentType.JSON);
    }

    /** Each application of the program held to the submission rules, and its files to their fields' rules. */
    List<String> ruleViolations(long programId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Program p = Program.findById(programId);
            List<FormField> fields = FormField.forProgram(programId);
            List<FormRules.Rule> rules = form.rules(p, fields);
            Map<String, FormField> fileFields = fields.stream().filter(f -> f.type == FieldType.FILE)
                    .collect(Collectors.toMap(f -> f.key, f -> f));
            Map<Long, List<Attachment>> files = Attachment.<Attachment> list("application.program.id", programId)
                    .stream().collect(Collectors.groupingBy(a -> a.application.id));
            Map<Long, byte[]> contents = new HashMap<>();
            files.values().stream().flatMap(List::stream).forEach(att -> contents.put(att.id, attachmentStore.read(att)));
            List<String> violations = new ArrayList<>();
            List<Application> applications = Application.list("program.id", programId);
            for (Application a : applications) {
                Map<String, String> values = new LinkedHashMap<>(form.values(a));
                for (Attachment att : files.getOrDefault(a.id, List.of())) {
                    values.put(att.fieldKey, "present");
                    FormField f = fileFields.get(att.fieldKey);
                    byte[] bytes = contents.get(att.id);
                    FileTypes.Kind kind = bytes == null ? null : FileTypes.detect(bytes).kind();
                    if (f == null || kind == null || !f.allowedKinds().contains(kind.name())
                            || !FileTypes.extensionMatches(kind, att.fileName)
                            || (f.maxBytes != null && bytes.length > f.maxBytes) || bytes.length != att.sizeBytes) {
                        violations.add(a.reference + " " + att.fieldKey + ": " + att.fileName);
                    }
                }
                Map<String, FormRules.Problem> problems = FormRules.check(rules, values, true);
                if (!problems.isEmpty()) {
                    violations.add(a.reference + " " + problems);
                }
            }
            if (applications.isEmpty()) {
                violations.add("no applications");
            }
            return violations;
        });
    }
}
