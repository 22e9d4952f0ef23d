package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.notification.Notification;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Ranking and advancement through the API: the hand-computed round, overrides, confirmation and its freeze. */
@QuarkusTest
class AdvancementApiTest {

    static final String ADMIN = TestTokens.of("chair", Role.ADMIN);

    @Inject
    RankingService ranking;

    RankingFixture.Hand h;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        h = RankingFixture.hand("RKA");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void rankingShowsOrderScoresTieBreakAndProposalInTheReadersLanguage() {
        JsonPath en = get("en");
        assertEquals(false, en.getBoolean("frozen"));
        assertEquals("TRIMMED_MEAN", en.getString("aggregation"));
        assertEquals(List.of("criterion:innovation", "MORE_TOP_SCORES", "APPLICATION_ID"), en.getList("tieBreaks"));
        assertEquals("The top 3 go on", en.getString("ruleText"));
        assertEquals("3 go on to Semi-final", en.getString("summary"));
        List<Map<String, Object>> rows = en.getList("groups[0].rows");
        assertEquals(List.of(h.a3(), h.a2(), h.a1(), h.a4(), h.a5()),
                rows.stream().map(r -> ((Number) r.get("applicationId")).longValue()).toList());
        assertEquals(java.util.Arrays.asList("8.1667", "8.00", "8.00", "6.00", null),
                rows.stream().map(r -> r.get("scoreText")).toList());
        assertEquals("criterion:innovation", rows.get(1).get("tieBrokenBy"));
        assertEquals("Tied with the next entry; put ahead by higher mean score on “Innovation”", rows.get(1).get("tieText"));
        assertEquals(List.of(Map.of("judgeId", h.sr().judgeIds().get(4).intValue(), "name", "评委 5")),
                rows.get(2).get("outliers"));
        assertEquals(false, rows.get(4).get("scored"));
        assertEquals(true, rows.get(2).get("cutAfter"));
        JsonPath zh = get("zh-CN");
        assertEquals("前 3 名晋级", zh.getString("ruleText"));
        assertEquals("与下一名同分，因“创新性”平均分较高而排在前面", zh.getString("groups[0].rows[1].tieText"));
        assertEquals("3 个项目晋级「复赛」", zh.getString("summary"));
    }

    @Test
    void anOverrideNeedsAReasonCrossesTheCutOnlyAndIsAudited() {
        override(h.a4(), true, "  ").statusCode(422).body("code", equalTo("reason_required"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> AdvancementOverride.count()));
        override(h.a3(), true, "已在线上").statusCode(409).body("code", equalTo("already_proposed"));
        override(h.a4(), false, "本就不晋级").statusCode(409).body("code", equalTo("already_left_out"));
        long before = RankingFixture.version(h.roundId());

        JsonPath view = override(h.a4(), true, "现场答辩表现突出，评审组一致同意").statusCode(200).extract().jsonPath();
        Map<String, Object> a4 = row(view, h.a4());
        assertEquals(true, a4.get("selected"));
        assertEquals(false, a4.get("proposed"));
        assertEquals("现场答辩表现突出，评审组一致同意", a4.get("overrideReason"));
        assertEquals(4, view.getInt("selected"));
        assertTrue(RankingFixture.version(h.roundId()) > before, "an override makes an older confirmation form stale");
        AuditEntry audit = QuarkusTransaction.requiringNew().call(() -> AuditEntry
                .<AuditEntry> find("action = ?1 and entityId = ?2", "ADVANCEMENT_OVERRIDE", h.a4()).singleResult());
        assertEquals("chair", audit.actor);
        assertEquals("not selected", audit.before);
        assertEquals("selected", audit.after);
        assertTrue(audit.detail.contains("现场答辩表现突出"), audit.detail);

        given().auth().oauth2(ADMIN).queryParam("reason", "评审组复议")
                .delete("/api/v1/rounds/" + h.roundId() + "/advancement/overrides/" + h.a4()).then().statusCode(200)
                .body("selected", equalTo(3));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and entityId = ?2",
                "ADVANCEMENT_OVERRIDE_REMOVED", h.a4())));
        given().auth().oauth2(ADMIN).delete("/api/v1/rounds/" + h.roundId() + "/advancement/overrides/" + h.a4())
                .then().statusCode(409).body("code", equalTo("no_override"));

        RankingFixture.state(h.roundId(), RoundState.OPEN);
        override(h.a4(), true, "理由").statusCode(409).body("code", equalTo("round_not_closed"));
    }

    @Test
    void confirmationFreezesDecidesMovesOnAndNotifies() {
        override(h.a4(), true, "复议调入").statusCode(200);
        override(h.a1(), false, "材料存疑").statusCode(200);
        List<Standing.Line> shown = RankingFixture.lines(ranking, h.roundId());
        long version = RankingFixture.version(h.roundId());

        confirm(version - 1).statusCode(409).body("code", equalTo("stale"));
        JsonPath frozen = confirm(version).statusCode(200).extract().jsonPath();
        assertEquals(true, frozen.getBoolean("frozen"));
        assertEquals("chair", frozen.getString("confirmedBy"));

        // The snapshot is the ranking that was shown, line for line (live-only counts aside).
        List<Standing.Line> stored = RankingFixture.lines(ranking, h.roundId());
        assertEquals(shown.stream().map(AdvancementApiTest::frozenPart).toList(),
                stored.stream().map(AdvancementApiTest::frozenPart).toList());
        assertEquals(List.of(h.a3(), h.a2(), h.a4()), stored.stream().filter(Standing.Line::selected)
                .map(Standing.Line::applicationId).toList());

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(RoundState.CONFIRMED, Round.<Round> findById(h.roundId()).state);
            Map<Long, EntryState> states = new java.util.HashMap<>();
            RoundEntry.<RoundEntry> list("round.id", h.roundId()).forEach(e -> states.put(e.application.id, e.state));
            assertEquals(Map.of(h.a1(), EntryState.REJECTED, h.a2(), EntryState.PASSED, h.a3(), EntryState.PASSED,
                    h.a4(), EntryState.PASSED, h.a5(), EntryState.REJECTED), states);
            List<RoundEntry> next = RoundEntry.list("round.id = ?1 order by application.id", h.sr().nextRoundId());
            assertEquals(List.of(h.a2(), h.a3(), h.a4()), next.stream().map(e -> e.application.id).toList());
            assertTrue(next.stream().allMatch(e -> e.state == EntryState.WAITING));
            List<Notification> mails = Notification.list("order by applicationId");
            assertEquals(5, mails.size());
            assertEquals("恭喜晋级：海选 · 测试大赛 RKA", Notification.<Notification> find("applicationId", h.a4())
                    .singleResult().subject);
            assertTrue(Notification.<Notification> find("applicationId", h.a1()).singleResult().body
                    .contains("未能通过「海选」"));
            AuditEntry audit = AuditEntry.find("action", "ROUND_CONFIRMED").singleResult();
            assertTrue(audit.detail.contains("3 of 5 selected by TOP_N 3, 2 override(s)"), audit.detail);
        });

        // A later change to a scorecard does not alter the confirmed ranking.
        QuarkusTransaction.requiringNew().run(() -> Scorecard.<Scorecard> list("applicationId", h.a4())
                .forEach(s -> s.scores = new java.util.LinkedHashMap<>(Map.of("innovation", BigDecimal.TEN,
                        "market", BigDecimal.TEN, "team", BigDecimal.TEN))));
        assertEquals(stored, RankingFixture.lines(ranking, h.roundId()));
        assertEquals("6.00", row(get("en"), h.a4()).get("scoreText"));

        confirm(RankingFixture.version(h.roundId())).statusCode(409).body("code", equalTo("round_confirmed"));
        override(h.a5(), true, "迟到").statusCode(409).body("code", equalTo("round_confirmed"));
    }

    @Test
    void twoConcurrentConfirmationsMakeOneSnapshot() throws Exception {
        long version = RankingFixture.version(h.roundId());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return confirm(version).extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var c : calls) {
                statuses.add(c.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1L, RankingSnapshot.count());
            assertEquals(5L, RankingLine.count());
            assertEquals(5L, Notification.count());
        });
    }

    @Test
    void confirmationIsRefusedWhileTheRoundIsOpen() {
        RankingFixture.state(h.roundId(), RoundState.OPEN);
        confirm(RankingFixture.version(h.roundId())).statusCode(409).body("code", equalTo("round_not_closed"))
                .body("message", containsString("Open"));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0L, RankingSnapshot.count());
            assertEquals(0L, RoundEntry.count("state", EntryState.PASSED));
        });
    }

    @Test
    void unknownRoundIsNotFoundAndOnlyAdminsMayRead() {
        given().auth().oauth2(ADMIN).get("/api/v1/rounds/987654399/ranking").then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole(Role.JUDGE)).get("/api/v1/rounds/" + h.roundId() + "/ranking")
                .then().statusCode(403);
    }

    /** What a frozen line keeps (the live-only scorecard counts are not part of it). */
    private static List<Object> frozenPart(Standing.Line l) {
        return java.util.Arrays.asList(l.position(), l.applicationId(), l.trackId(), l.score(), l.rank(), l.counted(),
                l.scorecards(), l.tieBrokenBy(), l.outliers(), l.proposed(), l.selected(), l.overrideReason());
    }

    private JsonPath get(String lang) {
        return given().auth().oauth2(ADMIN).header("Accept-Language", lang)
                .get("/api/v1/rounds/" + h.roundId() + "/ranking").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath view, long applicationId) {
        List<Map<String, Object>> rows = view.getList("groups.rows.flatten()");
        return rows.stream().filter(r -> ((Number) r.get("applicationId")).longValue() == applicationId).findFirst()
                .orElseThrow();
    }

    private io.restassured.response.ValidatableResponse override(long applicationId, boolean selected, String reason) {
        return given().auth().oauth2(ADMIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("applicationId", applicationId, "selected", selected, "reason", reason))
                .post("/api/v1/rounds/" + h.roundId() + "/advancement/overrides").then();
    }

    private io.restassured.response.ValidatableResponse confirm(long version) {
        return given().auth().oauth2(ADMIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("version", version)).post("/api/v1/rounds/" + h.roundId() + "/advancement").then();
    }
}
