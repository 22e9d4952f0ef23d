package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.TestClock;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** A scoring round's settings, rubric and state through the API. */
@QuarkusTest
class RoundApiTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @Inject
    TestClock clock;

    TestData.ScoringRound sr;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sr = TestData.scoringRound("RA1", 6, 4, 3);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        TestData.wipe();
    }

    @Test
    void roundShowsItsSettingsRubricWithPercentagesAndCounts() {
        admin().get(path()).then().statusCode(200).body("state", equalTo("OPEN")).body("judgesPerEntry", equalTo(3))
                .body("rubric.key", contains("innovation", "market", "team"))
                .body("rubric.percent", contains("40%", "30%", "30%")).body("rubric[0].name.en", equalTo("Innovation"))
                .body("counts.entriesWaiting", equalTo(6)).body("counts.poolActive", equalTo(4))
                .body("rubricLocked", equalTo(false));
        admin().get("/api/v1/programs/" + sr.programId() + "/rounds").then().statusCode(200)
                .body("id", contains((int) sr.roundId(), (int) sr.nextRoundId()))
                .body("state", contains("OPEN", "PENDING"));
        admin().get("/api/v1/rounds/987654330").then().statusCode(404);
    }

    @Test
    void badSettingsAreRefusedFieldByFieldInTheCallersLanguageAndNothingChanges() {
        long version = version();
        Map<String, Object> body = settings(version);
        body.put("judgesPerEntry", 0);
        body.put("tieBreaks", "criterion:impact");
        body.put("ruleKind", "TOP_N");
        body.put("ruleN", null);
        admin().body(body).put(path()).then().statusCode(422).body("code", equalTo("validation_failed"))
                .body("fields.judgesPerEntry", nullValue())
                .body("fields.k", equalTo("每件申报的评委人数须在 1 至 50 之间。"))
                .body("fields.tieBreaks", equalTo("同分规则引用的指标“impact”不在本轮评分标准中。"))
                .body("fields.ruleN", equalTo("按名次晋级时，请填写晋级人数（至少 1）。"));
        admin().header("Accept-Language", "en").body(body).put(path()).then().statusCode(422)
                .body("message", equalTo("3 value(s) need attention; see the message next to each."))
                .body("fields.k", equalTo("Judges per application must be between 1 and 50."));
        Round r = round();
        assertEquals(3, r.judgesPerEntry);
        assertEquals(version, r.version);
    }

    @Test
    void settingsAndRubricAreSavedTogetherAuditedAndAStaleVersionIsRefused() {
        long version = version();
        Map<String, Object> body = settings(version);
        body.put("judgesPerEntry", 5);
        body.put("tieBreaks", "criterion:impact, more_top_scores");
        body.put("ruleKind", "THRESHOLD");
        body.put("ruleThreshold", 80);
        body.put("criteria", List.of(criterion("impact", "影响力", "Impact", 0, 100, 1, 3),
                criterion("feasibility", "可行性", "Feasibility", 0, 100, 1, 1)));
        admin().body(body).put(path()).then().statusCode(200).body("judgesPerEntry", equalTo(5))
                .body("tieBreaks", equalTo("criterion:impact,MORE_TOP_SCORES")).body("ruleThreshold", equalTo(80.0f))
                .body("rubric.key", contains("impact", "feasibility")).body("rubric.percent", contains("75%", "25%"));
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> find(
                "action = ?1 and entityId = ?2", "ROUND_UPDATED", sr.roundId()).firstResult());
        assertTrue(entry.detail.contains("k 3 → 5"), entry.detail);
        assertTrue(entry.detail.contains("rubric: impact 75% [0–100 step 1], feasibility 25%"), entry.detail);

        admin().body(body).put(path()).then().statusCode(409).body("code", equalTo("stale"));
        // a threshold outside the new rubric's range is named against the field
        Map<String, Object> again = settings(version());
        again.put("ruleKind", "THRESHOLD");
        again.put("ruleThreshold", 120);
        admin().header("Accept-Language", "en").body(again).put(path()).then().statusCode(422)
                .body("fields.ruleThreshold", equalTo("The threshold must lie within the rubric’s range, 0 to 100."));
    }

    @Test
    void theRubricCannotChangeOnceAScorecardExists() {
        List<TestData.Assigned> assigned = TestData.assign(sr);
        AssignmentApiTest.submitScorecard(assigned.get(0).assignmentId());
        Map<String, Object> body = settings(version());
        body.put("criteria", List.of(criterion("impact", "影响力", "Impact", 0, 100, 1, 1)));
        admin().body(body).put(path()).then().statusCode(409).body("code", equalTo("rubric_locked"))
                .body("message", equalTo("本轮已有评分表，评分标准不能再修改。"));
        admin().get(path()).then().body("rubricLocked", equalTo(true)).body("rubric.size()", equalTo(3));
        // the settings alone still change
        Map<String, Object> settingsOnly = settings(version());
        settingsOnly.put("blind", true);
        admin().body(settingsOnly).put(path()).then().statusCode(200).body("blind", equalTo(true));
    }

    @Test
    void roundOpensClosesAndReopensOnlyWithAReason() {
        admin().post(path() + "/open").then().statusCode(409).body("code", equalTo("not_openable"));
        admin().post(path() + "/close").then().statusCode(200).body("state", equalTo("CLOSED"));
        assertTrue(round().closedAt != null);
        admin().body(Map.of("reason", " ")).post(path() + "/reopen").then().statusCode(422)
                .body("code", equalTo("reason_required"));
        admin().body(Map.of("reason", "两位评委因系统故障未能提交")).post(path() + "/reopen").then().statusCode(200)
                .body("state", equalTo("OPEN"));
        AuditEntry reopened = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> find(
                "action", "ROUND_REOPENED").firstResult());
        assertEquals("两位评委因系统故障未能提交", reopened.detail);
        assertEquals("CLOSED", reopened.before);

        // past the close time, reopening first needs a later close time
        admin().post(path() + "/close").then().statusCode(200);
        clock.travel(Duration.ofDays(8));
        admin().header("Accept-Language", "en").body(Map.of("reason", "late")).post(path() + "/reopen").then()
                .statusCode(409).body("code", equalTo("ends_passed"))
                .body("message", containsString("Move the close time later"));
    }

    @Test
    void openingNeedsARubricJudgesAndEntries() {
        long next = sr.nextRoundId();
        admin().post("/api/v1/rounds/" + next + "/open").then().statusCode(409).body("code", equalTo("open_needs"))
                .body("message", equalTo("开启前还缺：评委、待评审的申报。"));
        QuarkusTransaction.requiringNew().run(() -> {
            Round r = Round.findById(next);
            Judge j = Judge.findById(sr.judgeIds().get(0));
            PoolMember m = new PoolMember();
            m.round = r;
            m.judge = j;
            m.persist();
            Round first = Round.findById(sr.roundId());
            first.state = RoundState.CONFIRMED;
        });
        QuarkusTransaction.requiringNew().run(() -> {
            var e = new app.shortlist.pipeline.RoundEntry();
            e.round = Round.findById(next);
            e.application = app.shortlist.application.Application.findById(sr.applicationIds().get(0));
            e.enteredAt = Instant.now();
            e.persist();
        });
        admin().post("/api/v1/rounds/" + next + "/open").then().statusCode(200).body("state", equalTo("OPEN"));
        // a confirmed round is frozen
        Map<String, Object> body = settings(version());
        admin().body(body).put(path()).then().statusCode(409).body("code", equalTo("round_confirmed"));
    }

    @Test
    void progressCountsSubmittedAgainstDuePerJudgeAndPerApplication() {
        List<TestData.Assigned> assigned = TestData.assign(sr); // 6 applications × 3 of 4 judges
        AssignmentApiTest.submitScorecard(assigned.get(0).assignmentId());
        AssignmentApiTest.submitScorecard(assigned.get(1).assignmentId());
        long judge = assigned.get(0).judgeId();
        long app = assigned.get(0).applicationId();
        ValidatableResponse r = admin().get(path() + "/progress").then().statusCode(200).body("submitted", equalTo(2))
                .body("due", equalTo(18)).body("judges.size()", equalTo(4)).body("applications", equalTo(6));
        Map<Long, Integer> due = new HashMap<>();
        assigned.forEach(a -> due.merge(a.judgeId(), 1, Integer::sum));
        List<Map<String, Object>> judges = r.extract().path("judges");
        for (Map<String, Object> j : judges) {
            long id = ((Number) j.get("judgeId")).longValue();
            assertEquals(due.get(id), ((Number) j.get("due")).intValue());
            assertEquals(id == judge ? 1 : id == assigned.get(1).judgeId() ? 1 : 0,
                    ((Number) j.get("submitted")).intValue());
        }
        List<Map<String, Object>> apps = r.extract().path("byApplication");
        Map<String, Object> first = apps.stream().filter(a -> ((Number) a.get("applicationId")).longValue() == app)
                .findFirst().orElseThrow();
        assertEquals(2, ((Number) first.get("submitted")).intValue());
        assertEquals(3, ((Number) first.get("due")).intValue());
        // least complete first: the one application with submissions comes last
        assertEquals(app, ((Number) apps.get(apps.size() - 1).get("applicationId")).longValue());
    }

    // ---------------------------------------------------------------- helpers

    private String path() {
        return "/api/v1/rounds/" + sr.roundId();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON);
    }

    private Round round() {
        return QuarkusTransaction.requiringNew().call(() -> Round.findById(sr.roundId()));
    }

    private long version() {
        return round().version;
    }

    /** The round's current settings as a PUT body. */
    private Map<String, Object> settings(long version) {
        Round r = round();
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("judgesPerEntry", r.judgesPerEntry);
        body.put("blind", r.blind);
        body.put("live", r.live);
        body.put("aggregation", r.aggregation.name());
        body.put("tieBreaks", r.tieBreaks);
        body.put("ruleKind", r.ruleKind.name());
        body.put("ruleN", r.ruleN);
        body.put("ruleThreshold", r.ruleThreshold);
        body.put("rulePerTrack", r.rulePerTrack);
        body.put("startsAt", r.startsAt == null ? null : r.startsAt.toString());
        body.put("endsAt", r.endsAt == null ? null : r.endsAt.toString());
        return body;
    }

    private static Map<String, Object> criterion(String key, String zh, String en, int min, int max, int step,
            int weight) {
        Map<String, Object> c = new HashMap<>();
        c.put("key", key);
        c.put("nameZh", zh);
        c.put("nameEn", en);
        c.put("min", min);
        c.put("max", max);
        c.put("step", step);
        c.put("weight", weight);
        return c;
    }
}
