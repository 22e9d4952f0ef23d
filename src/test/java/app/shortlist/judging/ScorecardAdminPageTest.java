package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import app.shortlist.support.Outbox;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The admin's view of a round's scorecards and the reopening form. */
@QuarkusTest
class ScorecardAdminPageTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @Inject
    MockMailbox mailbox;

    TestData.ScoringRound sr;
    List<TestData.Assigned> assigned;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        mailbox.clear();
        sr = TestData.scoringRound("SA", 2, 3, 2);
        assigned = TestData.assign(sr);
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void adminSeesEachJudgesScoresAndReopensASubmittedScorecardWithAReason() {
        long a1 = assignmentOf(1, 1);
        long a2 = assignmentOf(2, 1);
        ScorecardApiTest.submit(judge(2), "en", a2, null, Map.of("innovation", "8", "market", "7", "team", "6"),
                "清晰").statusCode(200);
        ScorecardApiTest.put(judge(1), "en", a1, null, Map.of("innovation", "9"), null).statusCode(200);

        String round = page("zh-CN").get("/admin/rounds/" + sr.roundId() + "/scorecards").then().statusCode(200)
                .extract().asString();
        assertTrue(round.contains("SA-00001") && round.contains("SA-00002"), round);
        assertTrue(round.contains("/admin/rounds/" + sr.roundId() + "/scorecards?application=" + sr.applicationIds().get(0)));

        String path = "/admin/rounds/" + sr.roundId() + "/scorecards?application=" + sr.applicationIds().get(0);
        String app = page("zh-CN").get(path).then().statusCode(200).extract().asString();
        assertTrue(app.contains("评委 1") && app.contains("评委 2"), app);
        assertTrue(app.contains("创新性") && app.contains("40%"), app);
        assertTrue(app.contains(">7.1<") && app.contains("清晰"), app);
        assertTrue(app.contains("data-testid=\"reopen-" + sr.judgeUsernames().get(1) + "\""), "submitted: reopenable");
        assertFalse(app.contains("data-testid=\"reopen-" + sr.judgeUsernames().get(0) + "\""), "a draft is not");

        long cardId = ScorecardApiTest.card(a2).id;
        Csrf.Token csrf = Csrf.from("/");
        String refused = form(csrf, "zh-CN").formParam("reason", " ").post("/admin/scorecards/" + cardId + "/reopen")
                .then().statusCode(422).extract().asString();
        assertTrue(refused.contains("data-testid=\"reopen-error\">请填写重新开放的理由"), refused);
        assertEquals(ScorecardStatus.SUBMITTED, ScorecardApiTest.card(a2).status);

        Response reopened = form(csrf, "zh-CN").formParam("reason", "总分录入有误").post("/admin/scorecards/" + cardId + "/reopen");
        assertEquals(303, reopened.statusCode());
        assertTrue(reopened.header("Location").endsWith(path), reopened.header("Location"));
        Scorecard card = ScorecardApiTest.card(a2);
        assertEquals(ScorecardStatus.DRAFT, card.status);
        assertEquals("总分录入有误", card.reopenedReason);
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> find(
                "action = ?1 and entityId = ?2", "SCORECARD_REOPENED", cardId).firstResult());
        assertEquals("admin", entry.actor);
        assertEquals("总分录入有误", entry.detail);
        Outbox.drained();
        assertEquals(1, mailbox.getMailsSentTo(sr.judgeUsernames().get(1) + "@example.org").size());
        assertTrue(page("zh-CN").get(path).asString().contains("重新开放理由：总分录入有误"));

        given().auth().oauth2(judge(1)).get(path).then().statusCode(403);
        page("en").get("/admin/rounds/" + sr.roundId() + "/scorecards?application=987654").then().statusCode(404);
    }

    long assignmentOf(int judge, int app) {
        return assigned.stream().filter(x -> x.judgeUsername().equals(sr.judgeUsernames().get(judge - 1))
                && x.applicationId() == sr.applicationIds().get(app - 1)).findFirst().orElseThrow().assignmentId();
    }

    String judge(int i) {
        return TestTokens.of(sr.judgeUsernames().get(i - 1), Role.JUDGE);
    }

    static RequestSpecification page(String lang) {
        return given().redirects().follow(false).auth().oauth2(ADMIN).header("Accept-Language", lang);
    }

    static RequestSpecification form(Csrf.Token csrf, String lang) {
        return csrf.on(page(lang).contentType("application/x-www-form-urlencoded; charset=UTF-8"));
    }
}
