package app.shortlist.screening;

import static app.shortlist.screening.ScreeningSupport.ADMIN;
import static app.shortlist.screening.ScreeningSupport.SCREENER;
import static app.shortlist.screening.ScreeningSupport.api;
import static app.shortlist.screening.ScreeningSupport.audit;
import static app.shortlist.screening.ScreeningSupport.form;
import static app.shortlist.screening.ScreeningSupport.setState;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.audit.AuditEntry;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Opening and closing a screening round; closing confirms it and moves the passed entries on. */
@QuarkusTest
class ScreeningRoundTest {

    TestData.ScreeningContest sc;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sc = TestData.screeningContest("SCR");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void closeIsRefusedWhileEntriesWaitThenAnAdminClosesWithAReasonAndPassedEntriesMoveOn() {
        List<Long> entries = TestData.entered(sc, "owner", 6);
        setState(entries.subList(0, 3), EntryState.PASSED);
        setState(entries.subList(3, 4), EntryState.REJECTED);
        setState(entries.subList(4, 5), EntryState.RETURNED); // one returned, one waiting
        String close = "/screening/rounds/" + sc.screeningRoundId() + "/close";

        form(SCREENER, "zh-CN").formParam("reason", "想截止").post(close).then().statusCode(409)
                .body(containsString("还有 1 份待处理、1 份退回补正，本轮不能截止"));
        form(ADMIN, "en").formParam("reason", " ").post(close).then().statusCode(409)
                .body(containsString("1 entries are waiting and 1 are returned for correction"));
        api(ADMIN, "en").body(Map.of()).post("/api/v1/rounds/" + sc.screeningRoundId() + "/screening/close").then()
                .statusCode(409).body("code", equalTo("entries_waiting"));
        assertEquals(RoundState.OPEN, round(sc.screeningRoundId()).state);
        assertEquals(0, entriesIn(sc.scoringRoundId()).size());

        form(ADMIN, "zh-CN").formParam("reason", "补正期限已过，按规则截止").post(close).then().statusCode(303);
        Round closed = round(sc.screeningRoundId());
        assertEquals(RoundState.CONFIRMED, closed.state);
        assertEquals("补正期限已过，按规则截止", closed.closedReason);
        assertNotNull(closed.closedAt);
        List<RoundEntry> next = entriesIn(sc.scoringRoundId());
        assertEquals(3, next.size());
        assertTrue(next.stream().allMatch(e -> e.state == EntryState.WAITING));
        List<Long> passedApps = QuarkusTransaction.requiringNew().call(() -> RoundEntry.<RoundEntry>list(
                "round.id = ?1 and state = ?2 order by application.id", sc.screeningRoundId(), EntryState.PASSED)
                .stream().map(e -> e.application.id).toList());
        assertEquals(passedApps, next.stream().map(e -> e.application.id).sorted().toList());
        List<AuditEntry> trail = audit("round", sc.screeningRoundId());
        AuditEntry confirmed = trail.get(trail.size() - 1);
        assertEquals("ROUND_CONFIRMED", confirmed.action);
        assertEquals("admin", confirmed.actor);
        assertTrue(confirmed.detail.contains("waiting 1, returned 1, passed 3") && confirmed.detail.contains("3 moved on")
                && confirmed.detail.contains("补正期限已过"), confirmed.detail);
        assertEquals("ENTRIES_MOVED_ON", audit("round", sc.scoringRoundId()).get(0).action);

        given().auth().oauth2(SCREENER).header("Accept-Language", "zh-CN").get("/screening/rounds/" + sc.screeningRoundId())
                .then().statusCode(200).body(containsString("已确认")).body(containsString("补正期限已过，按规则截止"))
                .body(org.hamcrest.Matchers.not(containsString("data-testid=\"bulk-apply\"")));
        form(ADMIN, "en").formParam("reason", "again").post(close).then().statusCode(409)
                .body(containsString("it is Confirmed"));
    }

    @Test
    void aScreenerClosesWhenNothingWaits() {
        List<Long> entries = TestData.entered(sc, "owner", 2);
        setState(entries.subList(0, 1), EntryState.PASSED);
        setState(entries.subList(1, 2), EntryState.WITHDRAWN);
        api(SCREENER, "en").body(Map.of()).post("/api/v1/rounds/" + sc.screeningRoundId() + "/screening/close").then()
                .statusCode(200).body("state", equalTo("CONFIRMED")).body("counts.passed", equalTo(1));
        assertEquals(1, entriesIn(sc.scoringRoundId()).size());
        assertEquals(null, round(sc.screeningRoundId()).closedReason);
    }

    @Test
    void anAdminOpensAPendingRound() {
        QuarkusTransaction.requiringNew().run(() -> Round.update("state = ?1 where id = ?2", RoundState.PENDING,
                sc.screeningRoundId()));
        String queue = "/screening/rounds/" + sc.screeningRoundId();
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").get(queue).then().statusCode(200)
                .body(containsString("data-testid=\"open-round\""));
        form(SCREENER, "en").post(queue + "/open").then().statusCode(403);
        form(ADMIN, "en").post(queue + "/open").then().statusCode(303);
        assertEquals(RoundState.OPEN, round(sc.screeningRoundId()).state);
        assertEquals("ROUND_OPENED", audit("round", sc.screeningRoundId()).get(0).action);
        api(ADMIN, "zh-CN").post("/api/v1/rounds/" + sc.screeningRoundId() + "/screening/open").then().statusCode(409)
                .body("message", equalTo("只有未开始的轮次可以开启（当前状态：进行中）。"));
        api(ADMIN, "en").post("/api/v1/rounds/" + sc.scoringRoundId() + "/screening/open").then().statusCode(409)
                .body("code", equalTo("not_screening"));
    }

    @Test
    void aRoundWithEntriesCannotBeRemovedFromTheProgram() {
        TestData.entered(sc, "owner", 2);
        Map<String, Object> d = new java.util.HashMap<>(given().auth().oauth2(ADMIN)
                .get("/api/v1/programs/" + sc.programId()).then().statusCode(200).extract().jsonPath().getMap(""));
        List<Object> rounds = new ArrayList<>((List<?>) d.get("rounds"));
        d.put("organiser", Map.of("zh", "主办方", "en", "Organiser")); // the test contest has none; the API needs one
        d.put("rounds", List.of(rounds.get(1)));
        api(ADMIN, "zh-CN").body(d).put("/api/v1/programs/" + sc.programId()).then().statusCode(409)
                .body("code", equalTo("round_in_use")).body("message", equalTo("轮次“资格审查”已有 2 份申报进入，不能删除。"));
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> Round.count("program.id", sc.programId())));
        d.put("rounds", List.of(rounds.get(0)));
        api(ADMIN, "en").body(d).put("/api/v1/programs/" + sc.programId()).then().statusCode(200);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Round.count("program.id", sc.programId())));
    }

    private static Round round(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Round.findById(id));
    }

    private static List<RoundEntry> entriesIn(long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> RoundEntry.<RoundEntry>list("round.id = ?1", roundId).stream()
                .peek(e -> e.application.id.longValue()).toList());
    }
}
