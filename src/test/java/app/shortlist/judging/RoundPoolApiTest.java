package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.notification.Notification;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A round's judge pool and its reminders through the API: the pool page's rules, messages and audit. */
@QuarkusTest
class RoundPoolApiTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    TestData.ScoringRound sr;
    long expert;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sr = TestData.scoringRound("PA1", 4, 3, 2);
        expert = QuarkusTransaction.requiringNew().call(() -> {
            Judge j = new Judge();
            j.username = "expert-x";
            j.name = "赵教授";
            j.organisation = "浙江大学";
            j.createdAt = Instant.now();
            j.persist();
            return j.id;
        });
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void adminAddsAnExpertWithPanelsChangesThemDropsAndReactivates() {
        String pool = "/api/v1/rounds/" + sr.roundId() + "/judges";
        long track2 = sr.trackIds().get(1);
        int memberId = admin().body(Map.of("judgeId", expert, "panels", List.of(track2, 987654999L))).post(pool)
                .then().statusCode(201).body("username", equalTo("expert-x")).body("active", equalTo(true))
                .body("panels", contains((int) track2)).extract().path("id");
        assertEquals(String.valueOf(track2), member(memberId).panels); // another program's track is dropped
        assertEquals("expert-x", JudgeRegistryApiTest.audit("POOL_ADDED").after);
        admin().get(pool).then().statusCode(200).body("", hasSize(4)).body("name", contains("评委 1", "评委 2", "评委 3",
                "赵教授"));

        admin().body(Map.of("panels", List.of())).put(pool + "/" + memberId).then().statusCode(200)
                .body("panels", hasSize(0));
        assertNull(member(memberId).panels);
        assertEquals(String.valueOf(track2), JudgeRegistryApiTest.audit("POOL_PANELS").before);

        admin().body(Map.of("reason", "出国访问")).post(pool + "/" + memberId + "/drop").then().statusCode(200)
                .body("active", equalTo(false)).body("leftReason", equalTo("出国访问"));
        assertFalse(member(memberId).active);
        assertEquals("expert-x: 出国访问", JudgeRegistryApiTest.audit("POOL_DROPPED_OUT").detail);

        admin().post(pool + "/" + memberId + "/reactivate").then().statusCode(200).body("active", equalTo(true))
                .body("leftReason", equalTo(null));
        assertTrue(member(memberId).active);
        assertEquals("dropped out: 出国访问", JudgeRegistryApiTest.audit("POOL_REACTIVATED").before);
    }

    @Test
    void badRequestsAreRefusedInTheCallersLanguageAndChangeNothing() {
        String pool = "/api/v1/rounds/" + sr.roundId() + "/judges";
        admin().body(Map.of()).post(pool).then().statusCode(422).body("fields.judgeId", equalTo("此项为必填项。"));
        admin().body(Map.of("judgeId", sr.judgeIds().get(0))).post(pool).then().statusCode(409)
                .body("code", equalTo("already_in_pool")).body("message", equalTo("评委 1 已在本轮评委库中。"));
        admin().body(Map.of("judgeId", 987654332L)).post(pool).then().statusCode(404);

        long memberId = QuarkusTransaction.requiringNew().call(() -> PoolMember.<PoolMember> find("judge.id",
                sr.judgeIds().get(0)).firstResult().id);
        admin().body(Map.of("reason", " ")).post(pool + "/" + memberId + "/drop").then().statusCode(422)
                .body("code", equalTo("reason_required")).body("fields.reason", equalTo("请填写理由。"));
        admin().header("Accept-Language", "en").body(Map.of()).post(pool + "/" + memberId + "/drop").then()
                .statusCode(422).body("message", equalTo("Please give the reason."));
        admin().body(Map.of()).put(pool + "/" + memberId).then().statusCode(400).body("code", equalTo("invalid_input"));
        assertTrue(member(memberId).active);
        // a member is found only under its own round
        admin().post("/api/v1/rounds/" + sr.nextRoundId() + "/judges/" + memberId + "/reactivate").then()
                .statusCode(404);
        QuarkusTransaction.requiringNew().run(() -> Round.<Round> findById(sr.roundId()).state = RoundState.CONFIRMED);
        admin().header("Accept-Language", "en").body(Map.of("judgeId", expert)).post(pool).then().statusCode(409)
                .body("message", equalTo("This round’s outcome is confirmed; it can no longer change."));
        assertEquals(3L, (long) QuarkusTransaction.requiringNew().call(() -> PoolMember.count("round.id",
                sr.roundId())));
    }

    @Test
    void remindersQueueOneMailPerJudgeWhoOwesScorecardsOnlyWhileTheRoundIsOpen() {
        List<TestData.Assigned> assigned = TestData.assign(sr); // 4 × 2 over 3 judges
        long done = assigned.get(0).judgeId();
        assigned.stream().filter(a -> a.judgeId() == done)
                .forEach(a -> AssignmentApiTest.submitScorecard(a.assignmentId()));
        String reminders = "/api/v1/rounds/" + sr.roundId() + "/progress/reminders";
        admin().post(reminders).then().statusCode(200).body("queued", equalTo(2));
        List<Notification> mails = QuarkusTransaction.requiringNew().call(() -> Notification.listAll());
        assertEquals(2, mails.size());
        assertTrue(mails.stream().noneMatch(n -> n.recipientId.equals(sr.judgeUsernames().get(sr.judgeIds()
                .indexOf(done)))));
        assertEquals("2 reminders", JudgeRegistryApiTest.audit("REMINDERS_QUEUED").after);

        QuarkusTransaction.requiringNew().run(() -> Round.<Round> findById(sr.roundId()).state = RoundState.CLOSED);
        admin().header("Accept-Language", "en").post(reminders).then().statusCode(409)
                .body("message", equalTo("Reminders can be sent only while the round is open (it is Closed)."));
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> Notification.count()));
        admin().post("/api/v1/rounds/987654330/progress/reminders").then().statusCode(404);
    }

    @Test
    void onlyAdminsManageThePool() {
        String pool = "/api/v1/rounds/" + sr.roundId() + "/judges";
        String judge = TestTokens.of(sr.judgeUsernames().get(0), Role.JUDGE);
        given().auth().oauth2(judge).get(pool).then().statusCode(403);
        given().auth().oauth2(judge).contentType(ContentType.JSON).body(Map.of("judgeId", expert)).post(pool).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Role.SCREENER)).post("/api/v1/rounds/" + sr.roundId()
                + "/progress/reminders").then().statusCode(403);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> PoolMember.count("judge.id", expert)));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON);
    }

    private static PoolMember member(long id) {
        return QuarkusTransaction.requiringNew().call(() -> PoolMember.findById(id));
    }
}
