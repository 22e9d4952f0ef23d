package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.program.RuleKind;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The ranking page (cut line, overrides, confirmation, frozen view) and the live leaderboard. */
@QuarkusTest
class RankingPagesTest {

    static final String ADMIN = TestTokens.of("chair", Role.ADMIN);
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    RankingFixture.Hand h;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        h = RankingFixture.hand("RKP");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void rankingPageStatesTheRulesAndShowsTheHandComputedOrderWithItsCutLine() {
        String zh = page("zh-CN");
        assertInOrder(zh, "RKP-00003", "RKP-00002", "RKP-00001", "RKP-00004", "RKP-00005");
        assertInOrder(zh, "8.1667", "8.00", "8.00", "6.00", "未评分");
        assertTrue(zh.contains("测试大赛 RKP") && zh.contains("排名与晋级：海选"), "program and round named");
        assertTrue(zh.contains("去掉一个最高分和一个最低分后的平均分"), "aggregation in words");
        assertTrue(zh.contains("同分时依次比较：“创新性”平均分较高；其次满分评分表较多；其次系统序号较小（最后手段：先创建的申报在前）。"));
        assertTrue(zh.contains("前 3 名晋级"));
        assertTrue(zh.contains("与下一名同分，因“创新性”平均分较高而排在前面"));
        assertTrue(zh.contains("异常分：评委 5"), "outlier judge flagged for the admin");
        assertEquals(1, count(zh, "data-testid=\"cut-line\""));
        assertInOrder(zh, "RKP-00001", "晋级线：线以上按规则晋级", "RKP-00004");
        assertTrue(zh.contains("确认：3 个项目晋级「复赛」"));
        assertFalse(zh.contains("tie-at-cut"));
        String en = page("en");
        assertTrue(en.contains("Tied with the next entry; put ahead by higher mean score on “Innovation”"));
        assertTrue(en.contains("Confirm: 3 go on to Semi-final"));
    }

    @Test
    void perTrackRuleDrawsACutLineInEveryTrackAndWarnsOfATieAtTheCut() {
        RankingFixture.rule(h.roundId(), RuleKind.TOP_N, 1, null, true);
        String zh = page("zh-CN");
        assertEquals(2, count(zh, "data-testid=\"cut-line\""));
        assertTrue(zh.contains("每个组别前 1 名晋级"));
        // track 1 (数字经济组): A3 | A1, A5; track 2 (先进制造组): A2 | A4
        assertInOrder(zh, "数字经济组", "RKP-00003", "晋级线", "RKP-00001", "RKP-00005", "先进制造组", "RKP-00002",
                "晋级线", "RKP-00004");

        RankingFixture.rule(h.roundId(), RuleKind.TOP_N, 2, null, false);
        String tie = page("en");
        assertTrue(tie.contains("data-testid=\"tie-at-cut\""));
        assertTrue(tie.contains("Tie at the cut line: RKP-00002, RKP-00001 have the same score."), tie);
    }

    @Test
    void overrideByFormNeedsAReasonThenShowsTheMoveAndItsReason() {
        Csrf.Token csrf = Csrf.from("/");
        csrf.on(given().redirects().follow(false).auth().oauth2(ADMIN).header("Accept-Language", "zh-CN")
                .contentType(FORM)).formParam("applicationId", h.a4()).formParam("selected", "true")
                .formParam("reason", "").post("/admin/rounds/" + h.roundId() + "/ranking/override").then()
                .statusCode(422).body(containsString("data-testid=\"error-reason\""))
                .body(containsString("请填写调整理由"));
        csrf.on(given().redirects().follow(false).auth().oauth2(ADMIN).header("Accept-Language", "zh-CN")
                .contentType(FORM)).formParam("applicationId", h.a4()).formParam("selected", "true")
                .formParam("reason", "答辩表现突出").post("/admin/rounds/" + h.roundId() + "/ranking/override").then()
                .statusCode(303);
        String zh = page("zh-CN");
        assertTrue(zh.contains("管理员调入") && zh.contains("理由：答辩表现突出"));
        assertTrue(zh.contains("确认：4 个项目晋级「复赛」"));
    }

    @Test
    void confirmingFromThePageShowsTheFrozenSnapshotReadOnly() {
        RankingFixture.state(h.roundId(), RoundState.OPEN);
        String open = page("zh-CN");
        assertTrue(open.contains("本轮当前为“进行中”"));
        assertFalse(open.contains("confirm-button") || open.contains("/ranking/override\""));
        RankingFixture.state(h.roundId(), RoundState.CLOSED);

        Csrf.Token csrf = Csrf.from("/");
        csrf.on(given().redirects().follow(false).auth().oauth2(ADMIN).header("Accept-Language", "zh-CN")
                .contentType(FORM)).formParam("version", RankingFixture.version(h.roundId()))
                .post("/admin/rounds/" + h.roundId() + "/ranking/confirm").then().statusCode(303);
        String frozen = page("zh-CN");
        assertTrue(frozen.contains("已冻结的排名，由 chair 于"), "who confirmed, and when");
        assertFalse(frozen.contains("confirm-button") || frozen.contains("/ranking/override"), "read-only");
        assertInOrder(frozen, "RKP-00003", "RKP-00002", "RKP-00001", "晋级线", "RKP-00004", "RKP-00005");
        csrf.on(given().redirects().follow(false).auth().oauth2(ADMIN).header("Accept-Language", "en")
                .contentType(FORM)).formParam("version", RankingFixture.version(h.roundId()))
                .post("/admin/rounds/" + h.roundId() + "/ranking/confirm").then().statusCode(409)
                .body(containsString("its ranking is frozen"));
    }

    @Test
    void leaderboardRefreshesItselfShowsNoJudgeAndFollowsNewScorecards() {
        String first = leaderboard("");
        assertTrue(first.contains("<meta http-equiv=\"refresh\" content=\"3\">"), "in the head, no script");
        assertFalse(first.contains("评委"), "no judge identity");
        assertInOrder(first, "项目 3", "8.1667", "项目 2", "项目 1", "项目 4", "项目 5");
        assertTrue(first.contains("<td class=\"num\">0 / 5</td>"), "A5: nothing in yet");

        // A judge submits A5's scorecard between two reloads.
        RankingFixture.card(h.assignment(5, 1), "10", "10", "10", ScorecardStatus.SUBMITTED);
        String second = leaderboard("");
        assertInOrder(second, "项目 5", "10.00", "项目 3");
        assertTrue(second.contains("<td class=\"num\">1 / 5</td>"));

        QuarkusTransaction.requiringNew().run(() -> Round.<Round> findById(h.roundId()).blind = true);
        String screen = leaderboard("?screen=1");
        assertTrue(screen.contains("<meta http-equiv=\"refresh\" content=\"3\">"));
        assertTrue(screen.contains("class=\"big-screen\"") && screen.contains("项目 5"));
        assertFalse(screen.contains("site-nav") || screen.contains("企业 1") || screen.contains("applicant-1")
                || screen.contains("评委"), "big screen: project names only, no navigation");
    }

    private String page(String lang) {
        return given().auth().oauth2(ADMIN).header("Accept-Language", lang)
                .get("/admin/rounds/" + h.roundId() + "/ranking").then().statusCode(200).extract().asString();
    }

    private String leaderboard(String query) {
        return given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN")
                .get("/admin/rounds/" + h.roundId() + "/leaderboard" + query).then().statusCode(200)
                .body(not(containsString("<script"))).extract().asString();
    }

    private static void assertInOrder(String body, String... parts) {
        int at = -1;
        for (String p : parts) {
            int next = body.indexOf(p, at + 1);
            assertTrue(next > at, "\"" + p + "\" should come after position " + at);
            at = next;
        }
    }

    private static int count(String body, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
