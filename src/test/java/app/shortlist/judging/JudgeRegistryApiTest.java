package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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

/** The expert registry through the API: the page's rules, messages and audit. */
@QuarkusTest
class JudgeRegistryApiTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @BeforeEach
    void setUp() {
        TestData.wipe();
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void adminAddsReadsAndChangesAnExpertAndEveryChangeIsAudited() {
        var created = admin().body(Map.of("username", " expert-a ", "name", "王教授", "email", "wang@example.org",
                "organisation", "浙江大学")).post("/api/v1/judges").then().statusCode(201)
                .body("username", equalTo("expert-a")).body("name", equalTo("王教授")).body("unitName", equalTo(null))
                .body("conflicts", equalTo(0)).body("rounds", equalTo(0)).extract();
        int id = created.path("id");
        assertEquals(judgeId("expert-a").intValue(), id);
        assertTrue(created.header("Location").endsWith("/api/v1/judges/" + id), created.header("Location"));
        Judge stored = judge(id);
        assertEquals("wang@example.org", stored.email);
        assertEquals("浙江大学", stored.organisation);
        assertEquals("expert-a", audit("JUDGE_ADDED").after);

        admin().body(Map.of("username", "expert-b", "name", "李研究员")).post("/api/v1/judges").then().statusCode(201);
        admin().get("/api/v1/judges").then().statusCode(200).body("name", contains("李研究员", "王教授"));
        admin().get("/api/v1/judges/" + id).then().statusCode(200).body("organisation", equalTo("浙江大学"));

        Map<String, Object> change = new HashMap<>(Map.of("version", stored.version, "username", "expert-a",
                "name", "王教授", "organisation", "之江实验室", "unitName", "杭州市科技局"));
        admin().body(change).put("/api/v1/judges/" + id).then().statusCode(200)
                .body("organisation", equalTo("之江实验室")).body("unitName", equalTo("杭州市科技局"))
                .body("email", equalTo(null));
        assertEquals("之江实验室", judge(id).organisation);
        assertNull(judge(id).email);
        assertEquals("expert-a | 王教授 | null | 之江实验室 | 杭州市科技局", audit("JUDGE_UPDATED").after);
        // the same version again is stale: nothing is overwritten
        change.put("organisation", "别处");
        admin().body(change).put("/api/v1/judges/" + id).then().statusCode(409).body("code", equalTo("stale"));
        assertEquals("之江实验室", judge(id).organisation);
        admin().get("/api/v1/judges/987654332").then().statusCode(404).body("code", equalTo("not_found"));
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguageAndATakenUsernameIsNamed() {
        admin().body(Map.of("username", "", "name", " ", "email", "not-mail")).post("/api/v1/judges").then()
                .statusCode(422).body("code", equalTo("validation_failed"))
                .body("fields.username", equalTo("此项为必填项。")).body("fields.email", equalTo("电子邮箱格式不正确。"));
        admin().header("Accept-Language", "en").body(Map.of("username", "two words", "name", "X"))
                .post("/api/v1/judges").then().statusCode(422)
                .body("message", equalTo("1 value(s) need attention; see the message next to each."));
        admin().body(Map.of("username", "expert-a", "name", "王教授")).post("/api/v1/judges").then().statusCode(201);
        admin().header("Accept-Language", "en").body(Map.of("username", "expert-a", "name", "Li"))
                .post("/api/v1/judges").then().statusCode(409).body("code", equalTo("username_taken"))
                .body("fields.username", equalTo("The username expert-a is already in the registry (王教授); edit that expert instead."));
        int id = judgeId("expert-a").intValue();
        admin().body(Map.of("username", "expert-a", "name", "王教授")).put("/api/v1/judges/" + id).then()
                .statusCode(400).body("code", equalTo("invalid_input"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Judge.count()));
    }

    @Test
    void onlyAdminsReachTheRegistry() {
        for (String role : new String[] { Role.JUDGE, Role.SCREENER, Role.APPLICANT }) {
            given().auth().oauth2(TestTokens.forRole(role)).get("/api/v1/judges").then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                    .body(Map.of("username", "x", "name", "y")).post("/api/v1/judges").then().statusCode(403);
        }
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Judge.count()));
    }

    @Test
    void openApiDescribesThePageActionsAddedToTheApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("\"/api/v1/judges/{judgeId}\""))
                .body(org.hamcrest.Matchers.containsString("\"/api/v1/rounds/{roundId}/judges/{memberId}/drop\""))
                .body(org.hamcrest.Matchers.containsString("\"/api/v1/me/conflicts/{conflictId}\""))
                .body(org.hamcrest.Matchers.containsString("\"/api/v1/programs/{programId}/screening-setup\""))
                .body(org.hamcrest.Matchers.containsString("\"/api/v1/rounds/{roundId}/progress/reminders\""))
                .body(org.hamcrest.Matchers.containsString("Put a registry expert in the pool"))
                .body(org.hamcrest.Matchers.containsString("\"ScreeningSetupInput\""));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON);
    }

    private static Long judgeId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Judge j = Judge.findByUsername(username);
            return j == null ? -1L : j.id;
        });
    }

    private static Judge judge(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Judge.findById(id));
    }

    static AuditEntry audit(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> find("action = ?1 order by id desc",
                action).firstResult());
    }
}
