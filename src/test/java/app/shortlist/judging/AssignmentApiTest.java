package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.Application;
import app.shortlist.audit.AuditEntry;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;

/** Automatic and manual assignment, recusal and their audit, through the API. */
@QuarkusTest
class AssignmentApiTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    TestData.ScoringRound sr;

    @BeforeEach
    void setUp() {
        TestData.wipe();
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void runGivesKJudgesPerApplicationBalancedWithinOneAndNoConflictedPair() {
        sr = TestData.scoringRound("AS1", 30, 8, 3);
        long a1 = app(1), a2 = app(2), a3 = app(3), a4 = app(4), a5 = app(5);
        long j1 = judge(1), j2 = judge(2), j3 = judge(3), j4 = judge(4), j5 = judge(5), j6 = judge(6);
        QuarkusTransaction.requiringNew().run(() -> {
            // same organisation as application 1; same recommending unit as application 2
            Judge.<Judge> findById(j1).organisation = " 企业 1 ";
            RecommendingUnit u = new RecommendingUnit();
            u.program = Program.findById(sr.programId());
            u.position = 1;
            u.name = new LocalizedText("西湖区科技局", "Xihu District Science Bureau");
            u.persist();
            Application.<Application> findById(a2).unit = u;
            Judge.<Judge> findById(j2).unitName = "西湖区科技局";
            Application.<Application> findById(a4).uscc = "91330106MA2GL1234X";
            declare(j3, ConflictKind.ORGANISATION, "企业 3");
            declare(j4, ConflictKind.USCC, "91330106ma2gl1234x");
            declare(j5, ConflictKind.APPLICANT, "applicant-5");
            // judge 6 judges track 1 only
            PoolMember m = PoolMember.find("round.id = ?1 and judge.id = ?2", sr.roundId(), j6).firstResult();
            m.panels = String.valueOf(sr.trackIds().get(0));
        });

        admin().post("/api/v1/rounds/" + sr.roundId() + "/assignments").then().statusCode(200)
                .body("added", equalTo(90)).body("removed", equalTo(0)).body("shortfalls.size()", equalTo(0));

        Map<Long, Set<Long>> judgesOf = activePairs();
        for (long app : sr.applicationIds()) {
            assertEquals(3, judgesOf.getOrDefault(app, Set.of()).size(), "k judges for application " + app);
        }
        assertFalse(judgesOf.get(a1).contains(j1), "same organisation");
        assertFalse(judgesOf.get(a2).contains(j2), "same unit");
        assertFalse(judgesOf.get(a3).contains(j3), "declared organisation");
        assertFalse(judgesOf.get(a4).contains(j4), "declared USCC");
        assertFalse(judgesOf.get(a5).contains(j5), "declared applicant");
        for (int i = 2; i <= 30; i += 2) {
            assertFalse(judgesOf.get(app(i)).contains(j6), "judge 6 only judges track 1");
        }
        IntSummaryStatistics loads = loads().values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertTrue(loads.getMax() - loads.getMin() <= 1, "loads within ±1: " + loads());
        assertEquals(8, loads().size());

        AuditEntry run = audit("ASSIGNMENTS_RUN").get(0);
        assertTrue(run.detail.contains("added 90"), run.detail);
        // the API lists them, paged, with the loads
        admin().queryParam("size", 10).get("/api/v1/rounds/" + sr.roundId() + "/assignments").then().statusCode(200)
                .body("total", equalTo(90)).body("items.size()", equalTo(10)).body("loads.size()", equalTo(8))
                .body("shortfalls.size()", equalTo(0));
    }

    @Test
    void judgeDropsOutAndReRunMovesOnlyTheirOpenAssignments() {
        sr = TestData.scoringRound("AS2", 20, 6, 3);
        run().body("added", equalTo(60));
        long leaving = judge(2);
        Map<Long, Long> before = assignmentIds();
        List<Long> theirs = before.entrySet().stream().filter(e -> judgeOf(e.getValue()) == leaving)
                .map(Map.Entry::getValue).toList();
        long scored = theirs.get(0);
        submitScorecard(scored);
        QuarkusTransaction.requiringNew().run(() -> {
            PoolMember m = PoolMember.find("round.id = ?1 and judge.id = ?2", sr.roundId(), leaving).firstResult();
            m.active = false;
            m.leftReason = "生病";
        });

        run().body("removed", equalTo(theirs.size() - 1)).body("added", equalTo(theirs.size() - 1))
                .body("keptSubmitted", equalTo(1));

        Map<Long, Long> after = assignmentIds();
        before.forEach((key, id) -> {
            if (key % 1_000_000 != leaving) {
                assertEquals(id, after.get(key), "untouched: " + key);
            }
        });
        assertTrue(after.containsValue(scored), "the submitted scorecard's assignment stays");
        assertEquals(1, after.values().stream().filter(id -> judgeOf(id) == leaving).count());
        activePairs().forEach((app, judges) -> assertEquals(3, judges.size(), "k for " + app));
    }

    @Test
    void manualAdditionOfAConflictedPairIsRefusedWithTheConflictNamed() {
        sr = TestData.scoringRound("AS3", 6, 5, 2);
        long j1 = judge(1);
        QuarkusTransaction.requiringNew().run(() -> declare(j1, ConflictKind.ORGANISATION, "企业 1"));

        manual("ADD", app(1), j1, "专业对口").statusCode(409).body("code", equalTo("conflicted"))
                .body("message", containsString("评委 1")).body("message", containsString("声明回避的单位"));
        manual("ADD", app(1), j1, "matching expertise", "en").statusCode(409)
                .body("message", containsString("declared organisation"));
        manual("ADD", app(2), j1, " ").statusCode(422).body("code", equalTo("reason_required"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> AssignmentChange.count()));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Assignment.count()));

        // a valid manual addition is made at once, marked manual and kept by the next run
        manual("ADD", app(2), j1, "专业对口").statusCode(200);
        run();
        assertTrue(activePairs().get(app(2)).contains(j1));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment> find(
                "application.id = ?1 and judge.id = ?2", app(2), j1).firstResult().manual));
        assertEquals("专业对口", audit("ASSIGNMENT_ADDED").get(0).detail);

        // a manual removal sticks: the next run never gives that judge back
        long other = activePairs().get(app(3)).iterator().next();
        manual("REMOVE", app(3), other, "评委反馈不熟悉该领域").statusCode(200);
        run();
        assertFalse(activePairs().get(app(3)).contains(other));
        assertEquals(2, activePairs().get(app(3)).size());
        assertEquals("评委反馈不熟悉该领域", audit("ASSIGNMENT_REMOVED").get(0).detail);
    }

    @Test
    void judgeRecusesAndTheNextRunFillsTheGapWithAnotherJudge() {
        sr = TestData.scoringRound("AS4", 4, 5, 3);
        run();
        long assignmentId = assignmentIds().values().iterator().next();
        long judgeId = judgeOf(assignmentId);
        long appId = QuarkusTransaction.requiringNew()
                .call(() -> Assignment.<Assignment> findById(assignmentId).application.id);
        String mine = TestTokens.of(username(judgeId), Role.JUDGE);
        String someoneElse = TestTokens.of(username(judgeId == judge(1) ? judge(2) : judge(1)), Role.JUDGE);

        recuse(someoneElse, assignmentId, "不便评审").statusCode(404);
        recuse(TestTokens.of("not-in-registry", Role.JUDGE), assignmentId, "x").statusCode(404);
        recuse(mine, assignmentId, "").statusCode(422);
        recuse(mine, assignmentId, "曾与申报单位合作").statusCode(200).body("state", equalTo("RECUSED"));
        recuse(mine, assignmentId, "again").statusCode(409).body("code", equalTo("already_recused"));

        AuditEntry recusal = audit("ASSIGNMENT_RECUSED").get(0);
        assertEquals("曾与申报单位合作", recusal.detail);
        assertEquals(username(judgeId), recusal.actor);
        assertEquals(2, activePairs().get(appId).size());

        run().body("added", equalTo(1));
        Set<Long> now = activePairs().get(appId);
        assertEquals(3, now.size());
        assertFalse(now.contains(judgeId), "the recused judge is never assigned again");
        Assignment kept = QuarkusTransaction.requiringNew().call(() -> Assignment.findById(assignmentId));
        assertEquals(AssignmentState.RECUSED, kept.state);
        manual("ADD", appId, judgeId, "管理员指定").statusCode(409).body("code", equalTo("not_eligible"));
    }

    @Test
    void twoAdminsRunningAtOnceTakeTurnsAndAssignEachPairOnce() throws Exception {
        sr = TestData.scoringRound("AS6", 60, 10, 3);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> runs = pool.invokeAll(List.of(
                    () -> admin().post("/api/v1/rounds/" + sr.roundId() + "/assignments").statusCode(),
                    () -> admin().post("/api/v1/rounds/" + sr.roundId() + "/assignments").statusCode()));
            for (var run : runs) {
                assertEquals(200, run.get());
            }
        } finally {
            pool.shutdown();
        }
        activePairs().forEach((app, judges) -> assertEquals(3, judges.size(), "k for " + app));
        assertEquals(180L, (long) QuarkusTransaction.requiringNew().call(() -> Assignment.count()));
        assertEquals(2, audit("ASSIGNMENTS_RUN").size());
    }

    @Test
    void fullSizeRoundIsAssignedBalancedAndARerunChangesNothing() {
        sr = TestData.scoringRound("AS5", 1350, 60, 5);
        // warm the server up at full size (a cold JVM compiles every query, class and H2 code path on first use)
        run().body("added", equalTo(6750)).body("shortfalls.size()", equalTo(0));
        IntSummaryStatistics loads = loads().values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertEquals(112, loads.getMin());
        assertEquals(113, loads.getMax());
        QuarkusTransaction.requiringNew().run(() -> Assignment.delete("round.id", sr.roundId()));

        // Its speed is measured in bench.RoundsBench (docs/benchmarks.md), not asserted here.
        admin().post("/api/v1/rounds/" + sr.roundId() + "/assignments").then().statusCode(200);
        assertEquals(6750L, (long) QuarkusTransaction.requiringNew().call(() -> Assignment.count("round.id",
                sr.roundId())));
        run().body("added", equalTo(0)).body("removed", equalTo(0));
    }

    // ---------------------------------------------------------------- helpers

    private long app(int i) {
        return sr.applicationIds().get(i - 1);
    }

    private long judge(int i) {
        return sr.judgeIds().get(i - 1);
    }

    private String username(long judgeId) {
        return sr.judgeUsernames().get(sr.judgeIds().indexOf(judgeId));
    }

    private static void declare(long judgeId, ConflictKind kind, String value) {
        JudgeConflict c = new JudgeConflict();
        c.judge = Judge.findById(judgeId);
        c.kind = kind;
        c.value = value;
        c.declaredAt = Instant.now();
        c.persist();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON);
    }

    private ValidatableResponse run() {
        return admin().post("/api/v1/rounds/" + sr.roundId() + "/assignments").then().statusCode(200);
    }

    private ValidatableResponse manual(String action, long app, long judge, String reason) {
        return manual(action, app, judge, reason, "zh-CN");
    }

    private ValidatableResponse manual(String action, long app, long judge, String reason, String lang) {
        return admin().header("Accept-Language", lang)
                .body(Map.of("action", action, "applicationId", app, "judgeId", judge, "reason", reason))
                .post("/api/v1/rounds/" + sr.roundId() + "/assignments/manual").then();
    }

    private static ValidatableResponse recuse(String token, long assignmentId, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/assignments/" + assignmentId + "/recuse").then();
    }

    /** Application → its judges with an active assignment. */
    private Map<Long, Set<Long>> activePairs() {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment> list("round.id = ?1 and state = ?2",
                sr.roundId(), AssignmentState.ACTIVE).stream().collect(Collectors.groupingBy(a -> a.application.id,
                        Collectors.mapping(a -> a.judge.id, Collectors.toCollection(HashSet::new)))));
    }

    /** "app×judge" → assignment id, active ones. */
    private Map<Long, Long> assignmentIds() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Long> out = new HashMap<>();
            for (Assignment a : Assignment.<Assignment> list("round.id = ?1 and state = ?2", sr.roundId(),
                    AssignmentState.ACTIVE)) {
                out.put(a.application.id * 1_000_000 + a.judge.id, a.id);
            }
            return out;
        });
    }

    private static long judgeOf(long assignmentId) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment> findById(assignmentId).judge.id);
    }

    private Map<Long, Integer> loads() {
        Map<Long, Integer> loads = new HashMap<>();
        activePairs().values().forEach(js -> js.forEach(j -> loads.merge(j, 1, Integer::sum)));
        sr.judgeIds().forEach(j -> loads.putIfAbsent(j, 0));
        return loads;
    }

    static void submitScorecard(long assignmentId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Assignment a = Assignment.findById(assignmentId);
            Scorecard s = new Scorecard();
            s.assignment = a;
            s.roundId = a.round.id;
            s.applicationId = a.application.id;
            s.judgeId = a.judge.id;
            s.scores.put("innovation", new java.math.BigDecimal("8"));
            s.scores.put("market", new java.math.BigDecimal("7"));
            s.scores.put("team", new java.math.BigDecimal("9"));
            s.status = ScorecardStatus.SUBMITTED;
            s.savedAt = Instant.now();
            s.submittedAt = s.savedAt;
            s.persist();
        });
    }

    private List<AuditEntry> audit(String action) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry> list("action = ?1 order by id desc", action));
    }
}
