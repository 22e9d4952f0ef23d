package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A judge's own conflicts of interest through the API: the conflicts page's rules, messages and audit. */
@QuarkusTest
class MyConflictsApiTest {

    static final String PATH = "/api/v1/me/conflicts";

    TestData.ScoringRound sr;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sr = TestData.scoringRound("CA1", 2, 2, 1);
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void judgeDeclaresListsAndWithdrawsOwnConflictsAudited() {
        String judge1 = TestTokens.of(sr.judgeUsernames().get(0), Role.JUDGE);
        int id = as(judge1).body(Map.of("kind", "USCC", "value", "91330106 ma2gl1234x", "note", "前雇主")).post(PATH)
                .then().statusCode(201).body("kind", equalTo("USCC")).body("value", equalTo("91330106MA2GL1234X"))
                .body("note", equalTo("前雇主")).extract().path("id");
        JudgeConflict stored = conflict(id);
        assertEquals(ConflictKind.USCC, stored.kind);
        assertEquals("91330106MA2GL1234X", stored.value);
        assertEquals("USCC 91330106MA2GL1234X", JudgeRegistryApiTest.audit("CONFLICT_DECLARED").after);
        as(judge1).body(Map.of("kind", "ORGANISATION", "value", "企业 2")).post(PATH).then().statusCode(201);

        as(judge1).get(PATH).then().statusCode(200).body("registered", equalTo(true))
                .body("username", equalTo(sr.judgeUsernames().get(0)))
                .body("conflicts.value", contains("91330106MA2GL1234X", "企业 2"));

        given().auth().oauth2(judge1).delete(PATH + "/" + id).then().statusCode(204);
        assertNull(conflict(id));
        AuditEntry removed = JudgeRegistryApiTest.audit("CONFLICT_REMOVED");
        assertEquals("USCC 91330106MA2GL1234X", removed.before);
        assertEquals("前雇主", removed.detail);
        as(judge1).get(PATH).then().body("conflicts", hasSize(1));
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguage() {
        String judge1 = TestTokens.of(sr.judgeUsernames().get(0), Role.JUDGE);
        as(judge1).body(Map.of("kind", "NEIGHBOUR", "value", " ")).post(PATH).then().statusCode(422)
                .body("code", equalTo("validation_failed")).body("fields.kind", equalTo("请选择回避类型。"))
                .body("fields.value", equalTo("此项为必填项。"));
        as(judge1).header("Accept-Language", "en").body(Map.of("value", "企业 1")).post(PATH).then().statusCode(422)
                .body("fields.kind", equalTo("Choose what the conflict is with."));
        as(judge1).body(Map.of("kind", "APPLICANT", "value", "applicant-1")).post(PATH).then().statusCode(201);
        as(judge1).header("Accept-Language", "en").body(Map.of("kind", "APPLICANT", "value", "applicant-1"))
                .post(PATH).then().statusCode(409).body("code", equalTo("conflict_duplicate"))
                .body("message", equalTo("You have already declared this conflict."));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> JudgeConflict.count()));

        String stranger = TestTokens.of("nobody-here", Role.JUDGE);
        as(stranger).get(PATH).then().statusCode(200).body("registered", equalTo(false)).body("conflicts", hasSize(0));
        as(stranger).body(Map.of("kind", "APPLICANT", "value", "x")).post(PATH).then().statusCode(409)
                .body("code", equalTo("not_in_registry"));
    }

    @Test
    void anotherJudgesConflictIsNotFoundAndStaffCannotUseTheRoute() {
        String judge1 = TestTokens.of(sr.judgeUsernames().get(0), Role.JUDGE);
        String judge2 = TestTokens.of(sr.judgeUsernames().get(1), Role.JUDGE);
        int id = as(judge1).body(Map.of("kind", "ORGANISATION", "value", "企业 1")).post(PATH).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(judge2).delete(PATH + "/" + id).then().statusCode(404).body("code", equalTo("not_found"));
        as(judge2).get(PATH).then().statusCode(200).body("conflicts", hasSize(0));
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).delete(PATH + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).get(PATH).then().statusCode(403);
        assertNotNull(conflict(id));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static JudgeConflict conflict(long id) {
        return QuarkusTransaction.requiringNew().call(() -> JudgeConflict.findById(id));
    }
}
