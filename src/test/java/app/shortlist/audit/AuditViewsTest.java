package app.shortlist.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.screening.ScreeningService;
import app.shortlist.support.Acting;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A real screening decision in the trail: readable per application and per program, in both
 * languages, exported with the result lists — and found when its reason is rewritten in the database.
 */
@QuarkusTest
class AuditViewsTest {

    @Inject
    ScreeningService screening;

    @Inject
    AuditTrail trail;

    @Inject
    AuditChain chain;

    TestData.ScreeningContest sc;
    long rejectedApp;
    long otherApp;

    @BeforeEach
    void decided() {
        TestData.wipe();
        sc = TestData.screeningContest("AUD");
        List<Long> entries = TestData.entered(sc, "applicant1", 2);
        long entry = entries.get(0);
        long version = QuarkusTransaction.requiringNew().call(() -> RoundEntry.<RoundEntry> findById(entry).version);
        Acting.as("screener", Role.SCREENER,
                () -> screening.reject(entry, null, null, "营业执照已过期 · licence expired", version));
        rejectedApp = QuarkusTransaction.requiringNew().call(() -> RoundEntry.<RoundEntry> findById(entry).application.id);
        otherApp = QuarkusTransaction.requiringNew()
                .call(() -> RoundEntry.<RoundEntry> findById(entries.get(1)).application.id);
        QuarkusTransaction.requiringNew().run(() -> trail.recordAs("admin", "EXTENDED", "application", otherApp,
                sc.programId(), null, null, "the other application"));
    }

    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    @Test
    void anApplicationsTrailHoldsItsOwnDecisionsOnly() {
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).when().get("/api/v1/applications/" + rejectedApp + "/audit")
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].action", equalTo("SCREENING_REJECTED")).body("[0].actor", equalTo("screener"))
                .body("[0].entityType", equalTo("round_entry")).body("[0].seq", equalTo(1))
                .body("[0].entryHash.length()", equalTo(64));
        String en = page("/admin/applications/" + rejectedApp + "/audit", "en");
        assertTrue(en.contains("Audit trail of application AUD-00001") && en.contains("SCREENING_REJECTED")
                && en.contains("营业执照已过期 · licence expired"), en);
        assertFalse(en.contains("the other application"), en);
        String zh = page("/admin/applications/" + rejectedApp + "/audit", "zh-CN");
        assertTrue(zh.contains("申报 AUD-00001 的审计记录") && zh.contains("操作人"), zh);
        // Linked from the staff view, for admins.
        assertTrue(page("/admin/applications/" + rejectedApp, "en").contains("/admin/applications/" + rejectedApp + "/audit"));
        given().auth().oauth2(TestTokens.forRole(Role.SCREENER)).when().get("/admin/applications/" + rejectedApp + "/audit")
                .then().statusCode(403);
    }

    @Test
    void aProgramsTrailIsPagedNewestFirst() {
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).queryParam("size", 1).queryParam("page", 2)
                .when().get("/api/v1/programs/" + sc.programId() + "/audit")
                .then().statusCode(200).body("total", equalTo(2)).body("page", equalTo(2))
                .body("entries.size()", equalTo(1)).body("entries[0].action", equalTo("SCREENING_REJECTED"));
        String en = page("/admin/programs/" + sc.programId() + "/audit", "en");
        assertTrue(en.indexOf("EXTENDED") < en.indexOf("SCREENING_REJECTED") && en.contains("Page 1 of 1 (2 entries)"), en);
        assertTrue(en.contains("/admin/programs/" + sc.programId() + "/audit/export?format=xlsx"), en);
        assertTrue(page("/admin/programs/" + sc.programId() + "/audit", "zh-CN").contains("第 1 页，共 1 页（2 条记录）"));
    }

    @Test
    void theTrailIsExportedWithTheResultLists() {
        byte[] csv = given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", "en")
                .queryParam("format", "csv").when().get("/admin/programs/" + sc.programId() + "/audit/export")
                .then().statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("SCREENING_REJECTED") && l.contains("screener")
                && l.contains("营业执照已过期")), text);
        assertTrue(lines.stream().anyMatch(l -> l.contains("EXTENDED")), text);
        assertTrue(text.indexOf("SCREENING_REJECTED") < text.indexOf("EXTENDED"), "oldest first");
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).queryParam("format", "xlsx")
                .when().get("/admin/programs/" + sc.programId() + "/audit/export").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aRejectionReasonRewrittenInTheDatabaseIsFoundAtThatEntry() {
        long id = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> find("action",
                "SCREENING_REJECTED").singleResult().id);
        assertTrue(chain.verify().ok());
        QuarkusTransaction.requiringNew().run(() -> AuditEntry.getEntityManager()
                .createNativeQuery("UPDATE audit_entry SET detail = '材料齐全' WHERE id = " + id).executeUpdate());
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).when().get("/api/v1/audit/verify")
                .then().statusCode(200).body("ok", equalTo(false)).body("entries", equalTo(2))
                .body("problems.size()", equalTo(1)).body("problems[0].entryId", equalTo((int) id))
                .body("problems[0].kind", equalTo("CONTENT_CHANGED"));
        assertEquals(1L, chain.verify().problemCount());
    }

    private static String page(String path, String lang) {
        return given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", lang).when().get(path)
                .then().statusCode(200).extract().asString();
    }
}
