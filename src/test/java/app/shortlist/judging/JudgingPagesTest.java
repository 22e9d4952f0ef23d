package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The judge's pages, driven like a browser: CSRF tokens, form posts, redirects, flash messages, autosave. */
@QuarkusTest
class JudgingPagesTest {

    TestData.ScoringRound sr;
    List<TestData.Assigned> assigned;
    Csrf.Token csrf;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sr = TestData.scoringRound("JP", 2, 3, 2);
        assigned = TestData.assign(sr);
        csrf = Csrf.from("/");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void myReviewsListsTheOpenRoundWithDoneAndDueAndTheNavLinkLeadsThere() {
        ScorecardApiTest.submit(judge(2), "en", assignmentOf(2, 1), null, Map.of("innovation", "8", "market", "7",
                "team", "6"), null).statusCode(200);
        String zh = page(judge(2), "zh-CN").get("/judging").then().statusCode(200).extract().asString();
        assertTrue(zh.contains("href=\"/judging\" data-testid=\"nav-my-reviews\">我的评审</a>"), zh);
        assertTrue(zh.contains("已提交 1 / 2"), zh);
        assertTrue(zh.contains("项目 1") && zh.contains("项目 2"), zh);
        assertTrue(zh.contains("href=\"/judging/assignments/" + assignmentOf(2, 1) + "\""), zh);
        assertTrue(zh.contains("我的总分：7.1"), "my submitted total");
        String en = page(judge(2), "en").get("/judging").then().statusCode(200).extract().asString();
        assertTrue(en.contains("1 of 2 submitted") && en.contains("My reviews"), en);
        String other = page(judge(1), "en").get("/judging").then().statusCode(200).extract().asString();
        assertTrue(other.contains("0 of 1 submitted") && !other.contains("项目 2"), other);
        assertFalse(page(TestTokens.forRole(Role.ADMIN), "en").get("/").asString().contains("nav-my-reviews"));
    }

    @Test
    void someoneNotInTheRegistryIsToldSo() {
        String body = page(TestTokens.of("stranger", Role.JUDGE), "en").get("/judging").then().statusCode(200)
                .extract().asString();
        assertTrue(body.contains("not in the expert registry"), body);
    }

    @Test
    void scorecardPageShowsTheRubricWithPercentagesAndPhoneSizedNumberInputs() {
        long id = assignmentOf(1, 1);
        String body = page(judge(1), "en").get("/judging/assignments/" + id).then().statusCode(200).extract().asString();
        assertTrue(body.contains("Innovation <span class=\"badge\">Weight 40%</span>"), body);
        assertTrue(body.contains("Weight 30%"), body);
        assertTrue(body.contains("Score from 0 to 10"), "guidance");
        assertTrue(body.contains("0 to 10, in steps of 0.5"), body);
        assertTrue(body.contains("name=\"s.innovation\" type=\"number\" inputmode=\"decimal\" min=\"0\" max=\"10\" step=\"0.5\""), body);
        assertTrue(body.contains("Submitting locks the scorecard"), body);
        assertTrue(body.contains("<script src=\"/js/autosave.js\" defer></script>"), body);
        assertFalse(body.replace("<script src=\"/js/autosave.js\" defer></script>", "").contains("<script"), "no inline script");
        assertTrue(body.contains("data-autosave=\"/judging/assignments/" + id + "/autosave\""), body);
        assertTrue(body.contains("aria-live=\"polite\""), body);
        assertTrue(body.contains("data-testid=\"application\""), "the application is shown while the round is open");
        assertTrue(body.contains("企业 1"), "not blind: the organisation is shown");
        String js = given().get("/js/autosave.js").then().statusCode(200).extract().asString();
        assertTrue(js.contains("data-autosave") && js.contains("URLSearchParams"), js);
    }

    @Test
    void invalidScoresComeBackWithTheTypedValuesAndAMessageNextToEach() {
        long id = assignmentOf(1, 1);
        String body = form(judge(1), "zh-CN").formParam("version", "").formParam("action", "save")
                .formParam("s.innovation", "11").formParam("s.market", "7.3").formParam("comment", "草稿评语")
                .post("/judging/assignments/" + id).then().statusCode(422).extract().asString();
        assertTrue(body.contains("评分表有 2 处需要修改"), body);
        assertTrue(body.contains("data-testid=\"error-innovation\">分数须在 0 至 10 之间。"), body);
        assertTrue(body.contains("分数须以 0.5 为单位，例如 7 或 7.5。"), body);
        assertTrue(body.contains("value=\"11\"") && body.contains("value=\"7.3\"") && body.contains("草稿评语"), body);
        assertEquals(0L, ScorecardApiTest.count());
    }

    @Test
    void saveDraftThenSubmitLocksTheScorecardAndThePageBecomesReadOnly() {
        long id = assignmentOf(1, 1);
        Response saved = form(judge(1), "zh-CN").formParam("version", "").formParam("action", "save")
                .formParam("s.innovation", "8").formParam("s.market", "").formParam("comment", "先存草稿")
                .post("/judging/assignments/" + id);
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith("/judging/assignments/" + id));
        assertEquals("草稿已保存。", flash(saved));
        Scorecard draft = ScorecardApiTest.card(id);
        assertEquals(ScorecardStatus.DRAFT, draft.status);
        assertEquals(Map.of("innovation", new BigDecimal("8")), draft.scores);

        String again = page(judge(1), "zh-CN").get("/judging/assignments/" + id).asString();
        assertTrue(again.contains("name=\"version\" value=\"0\"") && again.contains("value=\"8\""), again);

        String missing = form(judge(1), "zh-CN").formParam("version", "0").formParam("action", "submit")
                .formParam("s.innovation", "8").post("/judging/assignments/" + id).then().statusCode(422)
                .extract().asString();
        assertTrue(missing.contains("请为此项打分（0 至 10）。"), missing);
        assertEquals(ScorecardStatus.DRAFT, ScorecardApiTest.card(id).status);

        Response submitted = form(judge(1), "zh-CN").formParam("version", "0").formParam("action", "submit")
                .formParam("s.innovation", "8").formParam("s.market", "7").formParam("s.team", "6.5")
                .formParam("comment", "团队扎实").post("/judging/assignments/" + id);
        assertEquals(303, submitted.statusCode());
        assertEquals("评分已提交，谢谢。", flash(submitted));
        assertEquals(ScorecardStatus.SUBMITTED, ScorecardApiTest.card(id).status);

        String locked = page(judge(1), "zh-CN").get("/judging/assignments/" + id).then().statusCode(200).extract().asString();
        assertFalse(locked.contains("name=\"s.innovation\""), "no inputs once submitted");
        assertTrue(locked.contains("评分表已提交并锁定"), locked);
        assertTrue(locked.contains("加权总分：7.25") && locked.contains("团队扎实"), locked);

        String refused = form(judge(1), "zh-CN").formParam("version", "1").formParam("action", "save")
                .formParam("s.innovation", "9").post("/judging/assignments/" + id).then().statusCode(409)
                .extract().asString();
        assertTrue(refused.contains("评分表已提交并锁定"), refused);
    }

    @Test
    void autosaveAnswersJsonAndKeepsTheDraft() {
        long id = assignmentOf(1, 1);
        autosave(judge(1), "en", "").formParam("s.innovation", "8").post("/judging/assignments/" + id + "/autosave")
                .then().statusCode(200).body("saved", equalTo(true)).body("version", equalTo(0))
                .body("savedAt", matchesPattern("\\d\\d:\\d\\d")).body("message", nullValue());
        assertEquals(new BigDecimal("8"), ScorecardApiTest.card(id).scores.get("innovation"));

        autosave(judge(1), "en", "0").formParam("s.innovation", "8.2").post("/judging/assignments/" + id + "/autosave")
                .then().statusCode(422).body("saved", equalTo(false))
                .body("fields.innovation", equalTo("The score must go in steps of 0.5, e.g. 8 or 8.5."));
        autosave(judge(1), "zh-CN", "0").formParam("s.innovation", "9").formParam("comment", "自动保存")
                .post("/judging/assignments/" + id + "/autosave").then().statusCode(200).body("version", equalTo(1));
        autosave(judge(1), "en", "0").formParam("s.innovation", "7").post("/judging/assignments/" + id + "/autosave")
                .then().statusCode(409).body("code", equalTo("stale"));
        Scorecard card = ScorecardApiTest.card(id);
        assertEquals(new BigDecimal("9"), card.scores.get("innovation"));
        assertEquals("自动保存", card.comment);

        String body = page(judge(1), "en").get("/judging/assignments/" + id).asString();
        assertTrue(body.contains("Last saved"), body);
    }

    @Test
    void anotherJudgesAssignmentIsNotFoundByEveryPageRoute() {
        long theirs = assignmentOf(3, 2);
        page(judge(1), "en").get("/judging/assignments/" + theirs).then().statusCode(404);
        form(judge(1), "en").formParam("action", "save").formParam("s.innovation", "8")
                .post("/judging/assignments/" + theirs).then().statusCode(404);
        autosave(judge(1), "en", "").formParam("s.innovation", "8").post("/judging/assignments/" + theirs + "/autosave")
                .then().statusCode(404).body("code", equalTo("not_found"));
        page(judge(1), "en").get("/judging/assignments/" + theirs + "/attachments/1").then().statusCode(404);
        assertEquals(0L, ScorecardApiTest.count());
    }

    @Test
    void aClosedRoundShowsTheJudgesOwnScoresReadOnlyButNotTheApplication() {
        long id = assignmentOf(1, 1);
        ScorecardApiTest.submit(judge(1), "en", id, null, Map.of("innovation", "8", "market", "7", "team", "6"), "ok")
                .statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Round.<Round> findById(sr.roundId()).state = RoundState.CLOSED);
        String list = page(judge(1), "en").get("/judging").then().statusCode(200).extract().asString();
        assertTrue(list.contains("This round is over"), list);
        String body = page(judge(1), "en").get("/judging/assignments/" + id).then().statusCode(200).extract().asString();
        assertTrue(body.contains("data-testid=\"application-hidden\""), body);
        assertFalse(body.contains("data-testid=\"application\""), body);
        assertFalse(body.contains("企业 1"), "no application content after the round");
        assertTrue(body.contains("Weighted total: 7.1"), body);
        assertFalse(body.contains("name=\"s.innovation\""), body);

        QuarkusTransaction.requiringNew().run(() -> Round.<Round> findById(sr.roundId()).state = RoundState.PENDING);
        page(judge(1), "en").get("/judging/assignments/" + id).then().statusCode(404);
        assertFalse(page(judge(1), "en").get("/judging").asString().contains("项目 1"));
    }

    // --- helpers ------------------------------------------------------------------------

    long assignmentOf(int judge, int app) {
        return assigned.stream().filter(x -> x.judgeUsername().equals(sr.judgeUsernames().get(judge - 1))
                && x.applicationId() == sr.applicationIds().get(app - 1)).findFirst().orElseThrow().assignmentId();
    }

    String judge(int i) {
        return TestTokens.of(sr.judgeUsernames().get(i - 1), Role.JUDGE);
    }

    static RequestSpecification page(String token, String lang) {
        return given().redirects().follow(false).auth().oauth2(token).header("Accept-Language", lang);
    }

    RequestSpecification form(String token, String lang) {
        return csrf.on(page(token, lang).contentType("application/x-www-form-urlencoded; charset=UTF-8"));
    }

    RequestSpecification autosave(String token, String lang, String version) {
        return form(token, lang).accept("application/json").formParam("version", version);
    }

    static String flash(Response r) {
        return URLDecoder.decode(r.getCookie("flash"), StandardCharsets.UTF_8);
    }
}
