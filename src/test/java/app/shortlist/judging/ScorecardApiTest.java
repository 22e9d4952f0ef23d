package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.TestClock;
import app.shortlist.support.TestData;
import app.shortlist.support.Outbox;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Scorecards through the API: validation, locking, the close time, reopening, who may see what, races. */
@QuarkusTest
class ScorecardApiTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @Inject
    TestClock clock;

    @Inject
    MockMailbox mailbox;

    TestData.ScoringRound sr;
    List<TestData.Assigned> assigned;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        mailbox.clear();
        // 2 applications, 3 judges, k = 2: judge 1 has application 1; judge 2 both; judge 3 application 2
        sr = TestData.scoringRound("SC", 2, 3, 2);
        assigned = TestData.assign(sr);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        TestData.wipe();
    }

    @Test
    void draftRefusesOutOfRangeOffStepAndUnknownScoresInBothLanguagesAndWritesNothing() {
        long id = assignmentOf(1, 1);
        Map<String, Object> scores = Map.of("innovation", "11", "market", "7.3", "bogus", "5", "team", "abc");
        put(judge(1), "en", id, null, scores, null).statusCode(422).body("code", equalTo("validation_failed"))
                .body("fields.innovation", equalTo("The score must be between 0 and 10."))
                .body("fields.market", equalTo("The score must go in steps of 0.5, e.g. 7 or 7.5."))
                .body("fields.bogus", equalTo("This round's rubric has no such criterion."))
                .body("fields.team", equalTo("Enter a number, e.g. 8 or 8.5."));
        put(judge(1), "zh-CN", id, null, scores, null).statusCode(422)
                .body("message", equalTo("评分表有 4 处需要修改，请查看各项旁的提示。"))
                .body("fields.innovation", equalTo("分数须在 0 至 10 之间。"))
                .body("fields.market", equalTo("分数须以 0.5 为单位，例如 7 或 7.5。"))
                .body("fields.bogus", equalTo("本轮评分标准中没有此项。"))
                .body("fields.team", equalTo("请输入数字，例如 8 或 8.5。"));
        assertEquals(0L, count());
        assertEquals(List.of(), actions());
    }

    @Test
    void partialDraftSavesSubmitNeedsEveryCriterionThenLocks() {
        long id = assignmentOf(1, 1);
        put(judge(1), "en", id, null, Map.of("innovation", 8), "first thoughts").statusCode(200)
                .body("status", equalTo("DRAFT")).body("version", equalTo(0)).body("scores.innovation", equalTo(8))
                .body("total", nullValue()).body("editable", equalTo(true));

        submit(judge(1), "en", id, 0L, Map.of("innovation", "8"), null).statusCode(422)
                .body("fields.market", equalTo("Please score this criterion (0 to 10)."))
                .body("fields.team", equalTo("Please score this criterion (0 to 10)."))
                .body("fields", not(hasKey("innovation")));
        submit(judge(1), "zh-CN", id, 0L, Map.of("innovation", "8"), null).statusCode(422)
                .body("fields.market", equalTo("请为此项打分（0 至 10）。"));
        assertEquals(ScorecardStatus.DRAFT, card(id).status);

        // 8×40% + 7×30% + 6.5×30% = 7.25
        submit(judge(1), "en", id, 0L, Map.of("innovation", "8", "market", "7.0", "team", 6.5), "Solid team")
                .statusCode(200).body("status", equalTo("SUBMITTED")).body("total", equalTo(7.25f))
                .body("editable", equalTo(false)).body("lockedBecause", containsString("locked"));
        Scorecard stored = card(id);
        assertEquals(ScorecardStatus.SUBMITTED, stored.status);
        assertEquals(new BigDecimal("7"), stored.scores.get("market"));
        assertEquals("Solid team", stored.comment);
        assertEquals(List.of("innovation", "market", "team"), new ArrayList<>(stored.scores.keySet()));

        put(judge(1), "en", id, stored.version, Map.of("innovation", "9"), null).statusCode(409)
                .body("code", equalTo("scorecard_submitted"));
        submit(judge(1), "en", id, stored.version, Map.of("innovation", "9", "market", "9", "team", "9"), null)
                .statusCode(409).body("code", equalTo("scorecard_submitted"));
        assertEquals(new BigDecimal("8"), card(id).scores.get("innovation"));
        assertEquals(List.of("SCORECARD_SAVED", "SCORECARD_SUBMITTED"), actions());
        AuditEntry submitted = audit().get(1);
        assertEquals(judgeName(1), submitted.actor);
        assertTrue(submitted.detail.contains("total 7.25"), submitted.detail);
    }

    @Test
    void staleVersionIsRefusedAndAnUnchangedAutosaveWritesNothing() {
        long id = assignmentOf(1, 1);
        put(judge(1), "en", id, null, Map.of("innovation", "8"), null).statusCode(200);
        put(judge(1), "en", id, null, Map.of("innovation", "9"), null).statusCode(409).body("code", equalTo("stale"));
        put(judge(1), "en", id, 0L, Map.of("innovation", "8"), null).statusCode(200).body("version", equalTo(0));
        put(judge(1), "en", id, 0L, Map.of("innovation", "9"), null).statusCode(200).body("version", equalTo(1));
        put(judge(1), "en", id, 0L, Map.of("innovation", "7"), null).statusCode(409).body("code", equalTo("stale"));
        assertEquals(List.of("SCORECARD_SAVED", "SCORECARD_SAVED"), actions());
    }

    @Test
    void afterTheCloseTimeNothingChangesButTheJudgeStillReadsTheirScores() {
        long id = assignmentOf(1, 1);
        put(judge(1), "en", id, null, Map.of("innovation", "8"), null).statusCode(200);
        clock.travel(Duration.ofDays(8));
        put(judge(1), "en", id, 0L, Map.of("innovation", "9"), null).statusCode(409)
                .body("code", equalTo("round_closed")).body("message", containsString("closed"));
        submit(judge(1), "zh-CN", id, 0L, Map.of("innovation", "8", "market", "8", "team", "8"), null).statusCode(409)
                .body("code", equalTo("round_closed")).body("message", containsString("截止"));
        as(judge(1)).get("/api/v1/assignments/" + id + "/scorecard").then().statusCode(200)
                .body("scores.innovation", equalTo(8)).body("editable", equalTo(false));
        assertEquals(ScorecardStatus.DRAFT, card(id).status);
        assertEquals(new BigDecimal("8"), card(id).scores.get("innovation"));
    }

    @Test
    void adminReopensWithAReasonAndTheJudgeCorrectsAfterTheCloseTimeAndResubmits() {
        long id = assignmentOf(1, 1);
        submit(judge(1), "en", id, null, Map.of("innovation", "8", "market", "7", "team", "6"), null).statusCode(200);
        long cardId = card(id).id;
        clock.travel(Duration.ofDays(8));
        setRound(RoundState.CLOSED);
        as(judge(1)).get("/api/v1/assignments/" + id).then().statusCode(404);

        reopen(ADMIN, cardId, "").statusCode(422).body("code", equalTo("reason_required"));
        reopen(judge(1), cardId, "mine").statusCode(403);
        reopen(ADMIN, cardId, "评分录入错误：创新性应为 9 分").statusCode(200).body("status", equalTo("DRAFT"))
                .body("reopenedReason", equalTo("评分录入错误：创新性应为 9 分"));
        reopen(ADMIN, cardId, "again").statusCode(409).body("code", equalTo("scorecard_not_submitted"));

        Outbox.drained();
        var mails = mailbox.getMailsSentTo(judgeName(1) + "@example.org");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getText().contains("评分录入错误：创新性应为 9 分"), mails.get(0).getText());
        assertTrue(mails.get(0).getText().contains("/judging/assignments/" + id), mails.get(0).getText());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Notification.count("applicationId is null")));

        as(judge(1)).get("/api/v1/assignments/" + id).then().statusCode(200)
                .body("scorecard.reopenedReason", equalTo("评分录入错误：创新性应为 9 分"))
                .body("scorecard.editable", equalTo(true));
        long v = card(id).version;
        put(judge(1), "en", id, v, Map.of("innovation", "9", "market", "7", "team", "6"), null).statusCode(200)
                .body("status", equalTo("DRAFT"));
        submit(judge(1), "en", id, v + 1, Map.of("innovation", "9", "market", "7", "team", "6"), null).statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        put(judge(1), "en", id, v + 2, Map.of("innovation", "10"), null).statusCode(409)
                .body("code", equalTo("scorecard_submitted"));
        assertEquals(new BigDecimal("9"), card(id).scores.get("innovation"));

        List<String> actions = actions();
        assertEquals(List.of("SCORECARD_SUBMITTED", "SCORECARD_REOPENED", "SCORECARD_SAVED", "SCORECARD_SUBMITTED"), actions);
        AuditEntry reopened = audit().get(1);
        assertEquals("admin", reopened.actor);
        assertEquals("评分录入错误：创新性应为 9 分", reopened.detail);
        assertEquals("SUBMITTED", reopened.before);
        assertEquals("DRAFT", reopened.after);

        as(ADMIN).get("/api/v1/rounds/" + sr.roundId() + "/scorecards?applicationId=" + sr.applicationIds().get(0))
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].judge", equalTo(judgeName(1)))
                .body("[0].status", equalTo("SUBMITTED")).body("[0].reopenedReason", equalTo("评分录入错误：创新性应为 9 分"))
                .body("[0].scores.innovation", equalTo(9));
        as(judge(1)).get("/api/v1/rounds/" + sr.roundId() + "/scorecards").then().statusCode(403);

        setRound(RoundState.CONFIRMED);
        reopen(ADMIN, cardId, "too late").statusCode(409).body("code", equalTo("round_confirmed"));
    }

    @Test
    void aJudgeCannotReadOrScoreSomeoneElsesAssignment() {
        long theirs = assignmentOf(3, 2);
        String intruder = judge(1);
        as(intruder).get("/api/v1/assignments/" + theirs).then().statusCode(404).body("code", equalTo("not_found"));
        as(intruder).get("/api/v1/assignments/" + theirs + "/scorecard").then().statusCode(404);
        put(intruder, "en", theirs, null, Map.of("innovation", "8"), null).statusCode(404);
        submit(intruder, "en", theirs, null, Map.of("innovation", "8", "market", "8", "team", "8"), null).statusCode(404);
        as(intruder).get("/api/v1/assignments/987654").then().statusCode(404);
        as(TestTokens.of("nobody", Role.JUDGE)).get("/api/v1/assignments/" + theirs).then().statusCode(404);
        as(intruder).get("/api/v1/me/assignments").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].id", equalTo((int) assignmentOf(1, 1))).body("[0].scorecard", equalTo("NEW"));
        assertEquals(0L, count());
    }

    @Test
    void nothingOfARoundThatIsNotOpenExceptTheJudgesOwnPastScores() {
        long id = assignmentOf(1, 1);
        setRound(RoundState.PENDING);
        as(judge(1)).get("/api/v1/assignments/" + id).then().statusCode(404);
        as(judge(1)).get("/api/v1/assignments/" + id + "/scorecard").then().statusCode(404);
        put(judge(1), "en", id, null, Map.of("innovation", "8"), null).statusCode(404);
        as(judge(1)).get("/api/v1/me/assignments").then().statusCode(200).body("size()", equalTo(0));

        setRound(RoundState.OPEN);
        submit(judge(1), "en", id, null, Map.of("innovation", "8", "market", "7", "team", "6"), null).statusCode(200);
        setRound(RoundState.CLOSED);
        as(judge(1)).get("/api/v1/assignments/" + id).then().statusCode(404);
        put(judge(1), "en", id, 0L, Map.of("innovation", "9"), null).statusCode(409)
                .body("code", equalTo("scorecard_submitted"));
        as(judge(1)).get("/api/v1/assignments/" + id + "/scorecard").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("total", equalTo(7.1f));
        as(judge(1)).get("/api/v1/me/assignments").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].roundState", equalTo("CLOSED")).body("[0].total", equalTo(7.1f))
                .body("[0].editable", equalTo(false));

        long other = assignmentOf(2, 1);
        put(judge(2), "en", other, null, Map.of("innovation", "8"), null).statusCode(409)
                .body("code", equalTo("round_closed"));
    }

    @Test
    void aRecusedAssignmentCannotBeScoredAndTheRecusalRouteLivesBesideOurs() {
        long id = assignmentOf(1, 1);
        put(judge(1), "en", id, null, Map.of("innovation", "8"), null).statusCode(200);
        as(judge(1)).contentType(ContentType.JSON).body(Map.of("reason", "former colleague"))
                .post("/api/v1/assignments/" + id + "/recuse").then().statusCode(200);
        put(judge(1), "en", id, null, Map.of("innovation", "8"), null).statusCode(409)
                .body("code", equalTo("assignment_recused"));
        as(judge(1)).get("/api/v1/assignments/" + id).then().statusCode(404);
        as(judge(1)).get("/api/v1/me/assignments").then().statusCode(200).body("[0].state", equalTo("RECUSED"))
                .body("[0].editable", equalTo(false));
        assertEquals(0L, count());
    }

    @Test
    void eightConcurrentFirstSubmitsMakeExactlyOneScorecard() throws Exception {
        long id = assignmentOf(2, 1);
        List<Integer> statuses = race(8, () -> submit(judge(2), "en", id, null,
                Map.of("innovation", "8", "market", "7", "team", "6"), null).extract().statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1L, count());
        assertEquals(ScorecardStatus.SUBMITTED, card(id).status);
        assertEquals(List.of("SCORECARD_SUBMITTED"), actions());
    }

    @Test
    void eightConcurrentFirstDraftsMakeExactlyOneScorecard() throws Exception {
        long id = assignmentOf(2, 2);
        List<Integer> statuses = race(8, () -> put(judge(2), "en", id, null, Map.of("innovation", "8"), null)
                .extract().statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        assertTrue(statuses.contains(200), statuses.toString());
        assertEquals(1L, count());
    }

    // --- helpers ------------------------------------------------------------------------

    static List<Integer> race(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(call);
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    /** The assignment of judge {@code judge} (1-based) for application {@code app} (1-based). */
    long assignmentOf(int judge, int app) {
        return assigned.stream().filter(x -> x.judgeUsername().equals(judgeName(judge))
                && x.applicationId() == sr.applicationIds().get(app - 1)).findFirst().orElseThrow().assignmentId();
    }

    String judgeName(int i) {
        return sr.judgeUsernames().get(i - 1);
    }

    String judge(int i) {
        return TestTokens.of(judgeName(i), Role.JUDGE);
    }

    void setRound(RoundState state) {
        QuarkusTransaction.requiringNew().run(() -> Round.<Round> findById(sr.roundId()).state = state);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    static ValidatableResponse put(String token, String lang, long assignmentId, Long version, Map<String, ?> scores,
            String comment) {
        return as(token).header("Accept-Language", lang).contentType(ContentType.JSON)
                .body(body(version, scores, comment)).put("/api/v1/assignments/" + assignmentId + "/scorecard").then();
    }

    static ValidatableResponse submit(String token, String lang, long assignmentId, Long version, Map<String, ?> scores,
            String comment) {
        return as(token).header("Accept-Language", lang).contentType(ContentType.JSON)
                .body(body(version, scores, comment)).post("/api/v1/assignments/" + assignmentId + "/scorecard/submit")
                .then();
    }

    static ValidatableResponse reopen(String token, long scorecardId, String reason) {
        return as(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/scorecards/" + scorecardId + "/reopen").then();
    }

    private static Map<String, Object> body(Long version, Map<String, ?> scores, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("scores", new HashMap<>(scores));
        body.put("comment", comment);
        return body;
    }

    static Scorecard card(long assignmentId) {
        return QuarkusTransaction.requiringNew().call(() -> Scorecard.find("assignment.id", assignmentId).firstResult());
    }

    static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Scorecard.count());
    }

    static List<AuditEntry> audit() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> list(
                "entityType = ?1 order by occurredAt, id", ScorecardService.ENTITY));
    }

    static List<String> actions() {
        return audit().stream().map(e -> e.action).toList();
    }
}
