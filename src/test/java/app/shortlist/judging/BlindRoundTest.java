package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.Application;
import app.shortlist.application.Attachment;
import app.shortlist.application.AttachmentContent;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** In a blind round nothing that says who applied reaches the judge: not in a page, not in any JSON. */
@QuarkusTest
class BlindRoundTest {

    /** Everything that identifies the applicant of application 1, as stored. */
    static final List<String> SECRETS = List.of("秘光科技有限公司", "Secretive Photonics", "Lin Hiddenname", "13800138000",
            "hidden.person@secretive.example", "91330106MA2SECRET", "secret-applicant", "sub-secret-applicant",
            "秘密推荐局", "秘光科技-商业计划书", "5ec7e7a11d");

    TestData.ScoringRound sr;
    long assignmentId;
    long attachmentId;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sr = TestData.scoringRound("BL", 1, 2, 2);
        List<TestData.Assigned> assigned = TestData.assign(sr);
        assignmentId = assigned.stream().filter(x -> x.judgeUsername().equals(sr.judgeUsernames().get(0))).findFirst()
                .orElseThrow().assignmentId();
        long appId = sr.applicationIds().get(0);
        attachmentId = QuarkusTransaction.requiringNew().call(() -> {
            Round.<Round> findById(sr.roundId()).blind = true;
            RecommendingUnit u = new RecommendingUnit();
            u.program = Program.findById(sr.programId());
            u.position = 1;
            u.name = new LocalizedText("秘密推荐局", "秘密推荐局");
            u.persist();
            Application a = Application.findById(appId);
            a.organisation = "Secretive Photonics 秘光科技有限公司";
            a.contactName = "Lin Hiddenname";
            a.phone = "13800138000";
            a.email = "hidden.person@secretive.example";
            a.uscc = "91330106MA2SECRET";
            a.applicantName = "secret-applicant";
            a.applicantId = "sub-secret-applicant";
            a.applicantEmail = "secret-applicant@secretive.example";
            a.unit = u;
            a.projectName = "Quantum lifeline sensing";
            a.answers = new LinkedHashMap<>(Map.of("summary", "Fibre sensors for city pipes", "team_size", "8"));
            Attachment att = new Attachment();
            att.application = a;
            att.fieldKey = "business_plan";
            att.fileName = "秘光科技-商业计划书.pdf";
            att.contentType = "application/pdf";
            att.sizeBytes = TestData.pdf().length;
            att.sha256 = "5ec7e7a11d" + "0".repeat(54);
            att.uploadedAt = Instant.now();
            att.uploadedBy = "secret-applicant";
            att.persist();
            AttachmentContent c = new AttachmentContent();
            c.attachmentId = att.id;
            c.content = TestData.pdf();
            c.persist();
            return att.id;
        });
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void noIdentifyingStringInAnyPageOrJsonTheJudgeCanCall() {
        String judge = TestTokens.of(sr.judgeUsernames().get(0), Role.JUDGE);
        Map<String, String> seen = new LinkedHashMap<>();
        for (String lang : List.of("zh-CN", "en")) {
            seen.put(lang + " GET /judging", get(judge, lang, "/judging"));
            seen.put(lang + " GET page", get(judge, lang, "/judging/assignments/" + assignmentId));
            seen.put(lang + " GET /api/v1/me/assignments", get(judge, lang, "/api/v1/me/assignments"));
            seen.put(lang + " GET /api/v1/assignments/{id}", get(judge, lang, "/api/v1/assignments/" + assignmentId));
            seen.put(lang + " GET scorecard", get(judge, lang, "/api/v1/assignments/" + assignmentId + "/scorecard"));
            seen.put(lang + " GET /api/v1/me", get(judge, lang, "/api/v1/me"));
        }
        Csrf.Token csrf = Csrf.from("/");
        seen.put("autosave", csrf.on(given().auth().oauth2(judge).contentType("application/x-www-form-urlencoded; charset=UTF-8"))
                .formParam("s.innovation", "8").post("/judging/assignments/" + assignmentId + "/autosave").then()
                .statusCode(200).extract().asString());
        seen.put("PUT scorecard", given().auth().oauth2(judge).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "scores", Map.of("innovation", "8", "market", "7")))
                .put("/api/v1/assignments/" + assignmentId + "/scorecard").then().statusCode(200).extract().asString());
        seen.put("POST submit", given().auth().oauth2(judge).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "scores", Map.of("innovation", "8", "market", "7", "team", "6")))
                .post("/api/v1/assignments/" + assignmentId + "/scorecard/submit").then().statusCode(200).extract()
                .asString());
        seen.put("GET page after submit", get(judge, "en", "/judging/assignments/" + assignmentId));
        String second = TestTokens.of(sr.judgeUsernames().get(1), Role.JUDGE);
        long theirs = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment> find("judge.username",
                sr.judgeUsernames().get(1)).firstResult().id);
        seen.put("second judge's page", get(second, "zh-CN", "/judging/assignments/" + theirs));
        seen.put("POST recuse", given().auth().oauth2(second).contentType(ContentType.JSON)
                .body(Map.of("reason", "conflict")).post("/api/v1/assignments/" + theirs + "/recuse").then()
                .statusCode(200).extract().asString());

        List<String> leaks = new ArrayList<>();
        seen.forEach((where, body) -> SECRETS.forEach(secret -> {
            if (body.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT))) {
                leaks.add(where + " shows " + secret);
            }
        }));
        assertEquals(List.of(), leaks);

        String zhPage = seen.get("zh-CN GET page");
        assertTrue(zhPage.contains("盲评") && zhPage.contains("附件 1") && zhPage.contains("PDF"), zhPage);
        assertTrue(zhPage.contains("Quantum lifeline sensing") && zhPage.contains("Fibre sensors for city pipes"), zhPage);
        assertTrue(seen.get("en GET /api/v1/assignments/{id}").contains("\"name\":\"Attachment 1.pdf\""),
                seen.get("en GET /api/v1/assignments/{id}"));
        assertTrue(seen.get("en GET /api/v1/assignments/{id}").contains("\"blind\":true"));
    }

    @Test
    void theJudgeDownloadsTheDocumentUnderANeutralName() {
        String judge = TestTokens.of(sr.judgeUsernames().get(0), Role.JUDGE);
        Response r = given().auth().oauth2(judge)
                .get("/judging/assignments/" + assignmentId + "/attachments/" + attachmentId);
        assertEquals(200, r.statusCode());
        assertArrayEquals(TestData.pdf(), r.asByteArray());
        String disposition = r.header("Content-Disposition");
        assertTrue(disposition.contains("attachment-1.pdf"), disposition);
        SECRETS.forEach(s -> assertTrue(!disposition.contains(s), disposition));
        String other = TestTokens.of(sr.judgeUsernames().get(1), Role.JUDGE);
        long theirs = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment> find("judge.username",
                sr.judgeUsernames().get(1)).firstResult().id);
        given().auth().oauth2(other).get("/judging/assignments/" + assignmentId + "/attachments/" + attachmentId)
                .then().statusCode(404);
        given().auth().oauth2(other).get("/judging/assignments/" + theirs + "/attachments/987654").then().statusCode(404);
    }

    @Test
    void anOrdinaryRoundShowsTheWholeApplication() {
        QuarkusTransaction.requiringNew().run(() -> Round.<Round> findById(sr.roundId()).blind = false);
        String judge = TestTokens.of(sr.judgeUsernames().get(0), Role.JUDGE);
        String page = get(judge, "zh-CN", "/judging/assignments/" + assignmentId);
        assertTrue(page.contains("Secretive Photonics 秘光科技有限公司") && page.contains("秘光科技-商业计划书.pdf")
                && page.contains("秘密推荐局") && page.contains("Lin Hiddenname"), page);
        String disposition = given().auth().oauth2(judge)
                .get("/judging/assignments/" + assignmentId + "/attachments/" + attachmentId).header("Content-Disposition");
        assertTrue(disposition.contains("%E7%A7%98%E5%85%89"), disposition);
    }

    private static String get(String token, String lang, String path) {
        return given().auth().oauth2(token).header("Accept-Language", lang).get(path).then().statusCode(200).extract()
                .asString();
    }
}
