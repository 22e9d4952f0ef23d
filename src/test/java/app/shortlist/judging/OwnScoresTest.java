package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.program.Program;
import app.shortlist.program.RoundState;
import app.shortlist.program.RuleKind;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An applicant's own scores and anonymised comments (status page and API), on the hand-computed round of
 * {@link RankingFixture}: only when the program allows it, only once the round is confirmed, only for the
 * owner, and never with a judge's name, username or organisation.
 */
@QuarkusTest
class OwnScoresTest {

    static final String ADMIN = TestTokens.of("chair", Role.ADMIN);
    /** Judge names are "评委 1" … and usernames "<code>-judge1" …: neither may appear. */
    static final Pattern JUDGE_IDENTITY = Pattern.compile("评委 \\d|-judge\\d|评审单位|judgeId");

    @jakarta.inject.Inject
    org.hibernate.SessionFactory sessionFactory;

    RankingFixture.Hand h;

    @BeforeEach
    void setUp() {
        TestData.wipe();
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void scoresAndAnonymisedCommentsAppearOnlyOnceConfirmedAndOnlyWhenTheProgramAllowsIt() {
        h = RankingFixture.hand("OS");
        // A3: J1 recused (a submitted card on the recused assignment must not show), J3, J4, J5 count.
        long recusedCard = RankingFixture.card(h.assignment(3, 1), "1", "1", "1", ScorecardStatus.SUBMITTED);
        comment(recusedCard, "回避评委的意见");
        comment(cardOf(3, 3), "创新突出，技术路线清晰。");
        comment(cardOf(3, 5), "市场尚需验证。");
        // A4's draft of 10 never counts, nor shows.
        comment(cardOf(4, 5), "草稿中的意见");

        // Allowed, but the round is only closed: nothing.
        showScores(true);
        assertTrue(scores(3, "zh-CN").getList("$").isEmpty());
        assertFalse(page(3, "zh-CN").contains("own-scores-"));

        // Confirmed, but not allowed: nothing.
        showScores(false);
        confirm();
        assertTrue(scores(3, "zh-CN").getList("$").isEmpty());
        String hidden = page(3, "zh-CN");
        assertFalse(hidden.contains("own-scores-"));
        assertFalse(hidden.contains("创新突出"));

        // Allowed and confirmed: the frozen score, rank, criterion means and the comments, anonymised.
        showScores(true);
        JsonPath zh = scores(3, "zh-CN");
        assertEquals(1, zh.getList("$").size());
        assertEquals(h.roundId(), zh.getLong("[0].roundId"));
        assertEquals("海选", zh.getString("[0].round"));
        assertEquals("8.1667", zh.getString("[0].score"));
        assertEquals(1, zh.getInt("[0].rank"));
        assertEquals(4, zh.getInt("[0].rankedOf"), "A5 was not scored, so not ranked");
        assertFalse(zh.getBoolean("[0].rankInTrack"));
        assertTrue(zh.getBoolean("[0].selected"));
        assertEquals(3, zh.getInt("[0].scorecards"));
        assertEquals(List.of("innovation", "market", "team"), zh.getList("[0].criteria.key"));
        assertEquals(List.of("创新性", "市场前景", "团队能力"), zh.getList("[0].criteria.name"));
        assertEquals(List.of("8.1667", "8.1667", "8.1667"), zh.getList("[0].criteria.mean"), "(9 + 8.5 + 7) / 3");
        assertEquals(List.of("10.00", "10.00", "10.00"), zh.getList("[0].criteria.max"));
        List<Map<String, String>> comments = zh.getList("[0].comments");
        assertEquals(List.of("评委 A", "评委 B"), comments.stream().map(c -> c.get("judge")).toList());
        assertEquals(Set.of("创新突出，技术路线清晰。", "市场尚需验证。"),
                Set.copyOf(comments.stream().map(c -> c.get("text")).toList()));
        assertEquals(Set.of("judge", "text"), comments.get(0).keySet());
        String json = scoresBody(3, "zh-CN");
        assertFalse(JUDGE_IDENTITY.matcher(json).find(), json);
        assertFalse(json.contains("回避评委的意见") || json.contains("草稿中的意见"), json);
        assertEquals(json, scoresBody(3, "zh-CN"), "the labels are stable");

        JsonPath en = scores(3, "en");
        assertEquals(List.of("Judge A", "Judge B"), en.getList("[0].comments.judge"));
        assertEquals(zh.getList("[0].comments.text"), en.getList("[0].comments.text"), "the same order in English");
        assertEquals(List.of("Innovation", "Market", "Team"), en.getList("[0].criteria.name"));

        String zhPage = page(3, "zh-CN");
        assertTrue(zhPage.contains("data-testid=\"own-scores-" + h.roundId() + "\""), zhPage);
        assertTrue(zhPage.contains("我的评审结果"));
        assertTrue(zhPage.contains("<dd data-testid=\"own-score\">8.1667</dd>"), zhPage);
        assertTrue(zhPage.contains("第 1 名（共 4 个）"));
        assertTrue(zhPage.contains("<dd data-testid=\"own-result\">入选</dd>"));
        assertTrue(zhPage.contains("<strong>评委 A</strong>") && zhPage.contains("<strong>评委 B</strong>"));
        assertTrue(zhPage.contains("创新突出，技术路线清晰。") && zhPage.contains("市场尚需验证。"));
        assertFalse(JUDGE_IDENTITY.matcher(zhPage).find(), "no judge's name, username or organisation");
        assertFalse(zhPage.contains("回避评委的意见") || zhPage.contains("草稿中的意见"));
        String enPage = page(3, "en");
        assertTrue(enPage.contains("Your scores") && enPage.contains("1 of 4") && enPage.contains("<strong>Judge A</strong>"),
                enPage);
        assertFalse(JUDGE_IDENTITY.matcher(enPage).find());

        // A4: its draft is neither counted nor shown; no comments left.
        JsonPath a4 = scores(4, "en");
        assertEquals("6.00", a4.getString("[0].score"));
        assertEquals(4, a4.getInt("[0].scorecards"));
        assertEquals(List.of("6.00", "6.00", "6.00"), a4.getList("[0].criteria.mean"));
        assertTrue(a4.getList("[0].comments").isEmpty());
        assertFalse(a4.getBoolean("[0].selected"));
        assertTrue(page(4, "en").contains("The judges left no comments."));
    }

    @Test
    void anotherApplicantsScoresAreNotFoundAndStaffAreNotTheOwner() {
        h = RankingFixture.hand("OSX");
        comment(cardOf(3, 3), "创新突出");
        showScores(true);
        confirm();
        assertEquals(1, scores(3, "en").getList("$").size());

        String other = TestTokens.of("applicant-1", Role.APPLICANT);
        String body = given().auth().oauth2(other).when().get("/api/v1/applications/" + h.a3() + "/scores").then()
                .statusCode(404).extract().asString();
        assertFalse(body.contains("创新突出"));
        assertFalse(given().auth().oauth2(other).when().get("/applications/" + h.a3()).then().statusCode(404).extract()
                .asString().contains("创新突出"));
        given().auth().oauth2(ADMIN).when().get("/api/v1/applications/" + h.a3() + "/scores").then().statusCode(403);
        given().auth().oauth2(TestTokens.of("applicant-3", Role.APPLICANT)).when()
                .get("/api/v1/applications/987654321/scores").then().statusCode(404);
    }

    @Test
    void aRankPerTrackCountsWithinTheTrackAndAnUnscoredEntryHasNoScore() {
        h = RankingFixture.hand("OST");
        RankingFixture.rule(h.roundId(), RuleKind.TOP_N, 1, null, true);
        showScores(true);
        confirm();
        // Track 1: A3 (1), A1 (3 overall), A5 not scored.
        JsonPath a1 = scores(1, "en");
        assertEquals("8.00", a1.getString("[0].score"));
        assertEquals(2, a1.getInt("[0].rank"));
        assertEquals(2, a1.getInt("[0].rankedOf"));
        assertTrue(a1.getBoolean("[0].rankInTrack"));
        assertFalse(a1.getBoolean("[0].selected"));
        assertEquals(List.of("7.00", "7.00", "7.00"), a1.getList("[0].criteria.mean"), "(9 + 8 + 8 + 8 + 2) / 5");
        assertTrue(page(1, "en").contains("2 of 2 in your track"));

        JsonPath a5 = scores(5, "en");
        assertNull(a5.get("[0].score"));
        assertNull(a5.get("[0].rank"));
        assertEquals(0, a5.getInt("[0].scorecards"));
        assertTrue(page(5, "en").contains("<dd data-testid=\"own-score\">Not scored</dd>"));
    }

    @Test
    void anOpenRoundShowsNothingEvenWithSubmittedScorecards() {
        TestData.ScoringRound sr = TestData.scoringRound("OSO", 2, 3, 3);
        for (TestData.Assigned a : TestData.assign(sr)) {
            comment(RankingFixture.card(a.assignmentId(), "8", "8", "8", ScorecardStatus.SUBMITTED), "进行中的意见");
        }
        QuarkusTransaction.requiringNew().run(() -> Program.update("applicantsSeeScores = true where id = ?1",
                sr.programId()));
        assertEquals(RoundState.OPEN, QuarkusTransaction.requiringNew()
                .call(() -> app.shortlist.program.Round.<app.shortlist.program.Round> findById(sr.roundId()).state));
        String owner = TestTokens.of("applicant-1", Role.APPLICANT);
        long app = sr.applicationIds().get(0);
        assertEquals("[]", given().auth().oauth2(owner).when().get("/api/v1/applications/" + app + "/scores").then()
                .statusCode(200).extract().asString());
        String page = given().auth().oauth2(owner).when().get("/applications/" + app).then().statusCode(200).extract()
                .asString();
        assertFalse(page.contains("own-scores-") || page.contains("进行中的意见"));
    }

    @Test
    void statementsDoNotGrowWithTheScorecards() {
        h = RankingFixture.hand("OSQ");
        for (int j = 1; j <= 5; j++) {
            comment(cardOf(2, j), "意见 " + j);
        }
        comment(cardOf(3, 3), "意见");
        showScores(true);
        confirm();
        app.shortlist.support.Outbox.drained(); // the mail worker's statements would count too
        long five = statements(() -> scoresBody(2, "en"));
        long one = statements(() -> scoresBody(3, "en"));
        assertEquals(5, scores(2, "en").getList("[0].comments").size());
        assertEquals(one, five, "five scorecards with comments cost what one does");
        assertEquals(statements(() -> page(3, "en")), statements(() -> page(2, "en")), "status page");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private long statements(java.util.function.Supplier<?> request) {
        sessionFactory.getStatistics().clear();
        request.get();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private long cardOf(int app, int judge) {
        long assignment = h.assignment(app, judge);
        return QuarkusTransaction.requiringNew().call(() -> Scorecard.<Scorecard> find("assignment.id", assignment)
                .singleResult().id);
    }

    private static void comment(long scorecardId, String text) {
        QuarkusTransaction.requiringNew().run(() -> Scorecard.<Scorecard> findById(scorecardId).comment = text);
    }

    private void showScores(boolean on) {
        QuarkusTransaction.requiringNew().run(() -> Program.update("applicantsSeeScores = ?1 where id = ?2", on,
                h.sr().programId()));
    }

    private void confirm() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("version", RankingFixture.version(h.roundId())))
                .post("/api/v1/rounds/" + h.roundId() + "/advancement").then().statusCode(200);
    }

    /** Application number {@code n} (1-based) is owned by "applicant-n". */
    private String owner(int n) {
        return TestTokens.of("applicant-" + n, Role.APPLICANT);
    }

    private long app(int n) {
        return h.sr().applicationIds().get(n - 1);
    }

    private String scoresBody(int n, String lang) {
        return given().auth().oauth2(owner(n)).header("Accept-Language", lang).when()
                .get("/api/v1/applications/" + app(n) + "/scores").then().statusCode(200).extract().asString();
    }

    private JsonPath scores(int n, String lang) {
        return new JsonPath(scoresBody(n, lang));
    }

    private String page(int n, String lang) {
        return given().auth().oauth2(owner(n)).header("Accept-Language", lang).when().get("/applications/" + app(n))
                .then().statusCode(200).extract().asString();
    }
}
