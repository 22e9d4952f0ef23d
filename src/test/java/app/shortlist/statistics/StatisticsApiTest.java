package app.shortlist.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.Application;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.judging.Assignment;
import app.shortlist.judging.Scorecard;
import app.shortlist.judging.ScorecardStatus;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.program.Track;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The dashboard's numbers over a small pipeline driven to a confirmed round: six applications in 海选 (top 3 go on),
 * three judges each, one scorecard missing; two units in one city and one in another.
 */
@QuarkusTest
class StatisticsApiTest {

    static final String ADMIN = TestTokens.of("chair", Role.ADMIN);

    TestData.ScoringRound sr;
    long unitA;
    long unitB;
    long unitC;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sr = TestData.scoringRound("ST", 6, 3, 3);
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(sr.programId());
            RecommendingUnit a = unit(p, 1, "高新区", "High-tech Zone", "测试市", "Test City");
            RecommendingUnit b = unit(p, 2, "经开区", "Development Zone", "测试市", "Test City");
            RecommendingUnit c = unit(p, 3, "某县", "Some County", "另一市", "Other City");
            unitA = a.id;
            unitB = b.id;
            unitC = c.id;
            for (int i = 1; i <= 6; i++) {
                Application app = Application.findById(sr.applicationIds().get(i - 1));
                app.unit = i == 3 || i == 5 ? b : a;
                app.requestedAmount = BigDecimal.valueOf(100L * i);
            }
            Track t2 = Track.findById(sr.trackIds().get(1));
            t2.name = new LocalizedText("先进制造 <b>组</b>", "Manufacturing <b>&</b>");
            extra(p, ApplicationStatus.DRAFT, 1);
            extra(p, ApplicationStatus.WITHDRAWN, 2);
        });
        for (TestData.Assigned a : TestData.assign(sr)) {
            int app = sr.applicationIds().indexOf(a.applicationId()) + 1;
            if (!(app == 1 && a.judgeId() == sr.judgeIds().get(0))) {
                card(a.assignmentId(), app);
            }
        }
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void beforeConfirmationTheFunnelWaitsAndTheLeagueCountsSubmittedApplications() {
        JsonPath s = stats("en");
        assertEquals(6, s.getInt("totals.submitted"));
        assertEquals(1, s.getInt("totals.withdrawn"));
        assertEquals(1, s.getInt("totals.drafts"));
        assertEquals(0, new BigDecimal("2100").compareTo(new BigDecimal(s.getString("totals.fundsRequested"))));

        assertEquals(List.of("Submitted", "Open selection", "Semi-final"), s.getList("funnel.name"));
        assertEquals(List.of(6, 6, 0), s.getList("funnel.entered"));
        assertEquals(List.of(0, 6, 0), s.getList("funnel.waiting"));
        assertEquals(List.of(0, 0, 0), s.getList("funnel.passed"));
        assertEquals("Open", s.getString("funnel[1].state"));

        Map<String, Object> track = breakdown(s, "TRACK");
        assertEquals(List.of("Digital economy", "Manufacturing <b>&</b>"), rows(track, "name"));
        assertEquals(List.of(3, 3), rows(track, "count"));
        assertEquals(List.of(50.0f, 50.0f), rows(track, "share"));
        assertEquals(List.of(1, 1), rows(track, "rank"));
        Map<String, Object> country = breakdown(s, "COUNTRY");
        assertEquals(List.of("China"), rows(country, "name"));
        assertEquals(List.of("CN"), rows(country, "key"));
        Map<String, Object> unit = breakdown(s, "UNIT");
        assertEquals(List.of("High-tech Zone", "Development Zone", "Some County"), rows(unit, "name"));
        assertEquals(List.of(4, 2, 0), rows(unit, "count"));
        assertEquals(List.of(66.7f, 33.3f, 0.0f), rows(unit, "share"));
        assertEquals(List.of(1, 2, 3), rows(unit, "rank"));
        assertEquals(List.of(1300.0f, 800.0f), rows(unit, "fundsRequested").subList(0, 2));

        assertEquals("SUBMITTED", s.getString("league.basis"));
        assertTrue(s.getString("league.basisText").startsWith("Nothing is selected yet"), s.getString("league.basisText"));
        assertEquals(List.of("Test City", "Other City"), s.getList("league.cities.name"));
        assertEquals(List.of("High-tech Zone", "Development Zone"), s.getList("league.cities[0].units.name"));
        assertEquals(List.of(4, 2), s.getList("league.cities[0].units.selected"));
        assertEquals(List.of(66.7f, 33.3f), s.getList("league.cities[0].units.shareOfCity"));
        assertEquals(List.of(1, 2), s.getList("league.cities[0].units.rankInCity"));
        assertEquals(6, s.getInt("league.cities[0].selected"));
        assertEquals(List.of(0), s.getList("league.cities[1].units.selected"));
        assertNull(s.get("league.cities[1].units[0].shareOfCity"), "no share of nothing");

        assertEquals(List.of("Open selection", "Semi-final"), s.getList("progress.name"));
        assertEquals(17, s.getInt("progress[0].submitted"));
        assertEquals(18, s.getInt("progress[0].due"));
        assertEquals(List.of(5, 6, 6), s.getList("progress[0].judges.submitted"));
        assertEquals(List.of(6, 6, 6), s.getList("progress[0].judges.due"));
        assertEquals(List.of(), s.getList("progress[1].judges"));

        JsonPath zh = stats("zh-CN");
        assertEquals(List.of("已提交", "海选", "复赛"), zh.getList("funnel.name"));
        assertEquals(List.of("中国"), rows(breakdown(zh, "COUNTRY"), "name"));
        assertEquals(List.of("测试市", "另一市"), zh.getList("league.cities.name"));
        assertTrue(zh.getString("league.basisText").startsWith("尚未产生入选结果"));
    }

    @Test
    void afterConfirmationTheFunnelNarrowsAndTheLeagueCountsTheSelected() {
        QuarkusTransaction.requiringNew().run(() -> Round.<Round> findById(sr.roundId()).state = RoundState.CLOSED);
        long version = QuarkusTransaction.requiringNew().call(() -> Round.<Round> findById(sr.roundId()).version);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("version", version))
                .post("/api/v1/rounds/" + sr.roundId() + "/advancement").then().statusCode(200);
        List<Long> passed = QuarkusTransaction.requiringNew().call(() -> RoundEntry.<RoundEntry> list(
                "round.id = ?1 and state = ?2 order by application.id", sr.roundId(), EntryState.PASSED).stream()
                .map(e -> e.application.id).toList());
        assertEquals(sr.applicationIds().subList(3, 6), passed, "the three best (4, 5, 6) went on");

        JsonPath s = stats("en");
        assertEquals(List.of(6, 6, 3), s.getList("funnel.entered"));
        assertEquals(List.of(0, 3, 0), s.getList("funnel.passed"));
        assertEquals(List.of(0, 3, 0), s.getList("funnel.rejected"));
        assertEquals(List.of(0, 0, 3), s.getList("funnel.waiting"));
        assertEquals("Confirmed", s.getString("funnel[1].state"));

        assertEquals("CONFIRMED_ROUND", s.getString("league.basis"));
        assertEquals(sr.roundId(), s.getLong("league.basisRoundId"));
        assertTrue(s.getString("league.basisText").contains("“Open selection”"), s.getString("league.basisText"));
        assertEquals(List.of("High-tech Zone", "Development Zone"), s.getList("league.cities[0].units.name"));
        assertEquals(List.of(2, 1), s.getList("league.cities[0].units.selected"), "4 and 6 in A, 5 in B");
        assertEquals(List.of(4, 2), s.getList("league.cities[0].units.applications"));
        assertEquals(List.of(66.7f, 33.3f), s.getList("league.cities[0].units.shareOfCity"));
        assertEquals(List.of(1000.0f, 500.0f), s.getList("league.cities[0].units.fundsRequested"));
        assertEquals(java.util.Arrays.asList(null, null), s.getList("league.cities[0].units.fundsProposed"));
        assertEquals(3, s.getInt("league.cities[0].selected"));
        assertEquals(List.of(), s.getList("league.directions"), "a contest has no directions");
    }

    @Test
    void onceAResultListIsPublishedTheLeagueCountsItsProjectsAndProposedFunds() {
        QuarkusTransaction.requiringNew().run(() -> Round.<Round> findById(sr.roundId()).state = RoundState.CLOSED);
        long version = QuarkusTransaction.requiringNew().call(() -> Round.<Round> findById(sr.roundId()).version);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("version", version))
                .post("/api/v1/rounds/" + sr.roundId() + "/advancement").then().statusCode(200);
        long listId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("roundId", sr.roundId(), "titleZh", "拟支持项目名单", "titleEn", "Proposed support list",
                        "grouping", "TRACK"))
                .post("/api/v1/programs/" + sr.programId() + "/result-lists").then().statusCode(201)
                .extract().jsonPath().getLong("listId");
        // Application 6 (unit A) leaves the list before publication: the league follows the published list.
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "重复申报"))
                .post("/api/v1/result-lists/" + listId + "/rows/" + sr.applicationIds().get(5) + "/remove")
                .then().statusCode(200);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/result-lists/" + listId + "/publish").then().statusCode(201);

        JsonPath s = stats("en");
        assertEquals("RESULT_LIST", s.getString("league.basis"));
        assertEquals(List.of(1, 1), s.getList("league.cities[0].units.selected"), "4 in A, 5 in B; 6 was dropped");
        assertEquals(2, s.getInt("league.cities[0].selected"));
    }

    @Test
    void thePageDrawsEachChartAsANamedImageFollowedByItsTableWithEverythingEscaped() {
        String html = given().auth().oauth2(ADMIN).header("Accept-Language", "en")
                .get("/admin/programs/" + sr.programId() + "/dashboard").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("<h1>Dashboard: Test contest ST</h1>"))
                .extract().asString();
        int svgs = html.split("<svg ", -1).length - 1;
        assertTrue(svgs >= 6, svgs + " charts: funnel, track, country, unit, two cities, progress");
        assertEquals(svgs, html.split("role=\"img\"", -1).length - 1, "every chart is an image");
        for (String id : List.of("chart-funnel", "chart-track", "chart-country", "chart-unit", "chart-city-1",
                "chart-progress-" + sr.roundId())) {
            int at = html.indexOf("id=\"" + id + "\"");
            assertTrue(at > 0, id);
            int end = html.indexOf("</svg>", at);
            assertTrue(html.indexOf("<table", end) > end && html.substring(end, html.indexOf("<table", end)).length() < 200,
                    id + " is followed by its table");
        }
        assertTrue(html.contains("Manufacturing &lt;b&gt;&amp;&lt;/b&gt;"), "escaped in the table and the chart");
        assertTrue(!html.contains("<b>&</b>") && !html.contains("<b>组"), "never raw");
        assertTrue(!html.contains(" style=\""), "no inline style (the CSP refuses it)");
        assertTrue(html.contains("<th scope=\"row\">High-tech Zone</th>"), html);
        given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN")
                .get("/admin/programs/" + sr.programId() + "/dashboard").then().statusCode(200)
                .body(containsString("数据看板：测试大赛 ST")).body(containsString("区县排名表"))
                .body(containsString("<th scope=\"row\">高新区</th>")).body(containsString("测试市：各单位项目数"))
                .body(containsString("<th scope=\"col\" class=\"num\">项目数</th>"))
                .body(not(containsString("District league table")));

        given().auth().oauth2(ADMIN).get("/admin/programs/" + sr.programId()).then().statusCode(200)
                .body(containsString("href=\"/admin/programs/" + sr.programId() + "/dashboard\""));
    }

    @Test
    void onlyAdminsSeeStatisticsAndAnUnknownProgramIsNotFound() {
        for (String role : List.of(Role.APPLICANT, Role.SCREENER, Role.JUDGE, Role.RECOMMENDER)) {
            String token = TestTokens.forRole(role);
            given().auth().oauth2(token).get("/api/v1/programs/" + sr.programId() + "/statistics").then().statusCode(403);
            given().auth().oauth2(token).get("/admin/programs/" + sr.programId() + "/dashboard").then().statusCode(403);
        }
        given().get("/api/v1/programs/" + sr.programId() + "/statistics").then().statusCode(401);
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").get("/api/v1/programs/987654321/statistics").then()
                .statusCode(404).body("code", equalTo("not_found"));
        given().auth().oauth2(ADMIN).get("/admin/programs/987654321/dashboard").then().statusCode(404);
    }

    @Test
    void theApiIsDocumented() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/programs/{programId}/statistics"))
                .body(containsString("\"ProgramStatistics\"")).body(containsString("\"LeagueUnit\""))
                .body(containsString("CONFIRMED_ROUND (entries that passed the program's last confirmed scoring round)"));
    }

    private JsonPath stats(String lang) {
        return given().auth().oauth2(ADMIN).header("Accept-Language", lang)
                .get("/api/v1/programs/" + sr.programId() + "/statistics").then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> breakdown(JsonPath s, String dimension) {
        List<Map<String, Object>> all = s.getList("breakdowns");
        return all.stream().filter(b -> dimension.equals(b.get("dimension"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + dimension + " breakdown in " + all));
    }

    @SuppressWarnings("unchecked")
    static List<Object> rows(Map<String, Object> breakdown, String field) {
        return ((List<Map<String, Object>>) breakdown.get("rows")).stream().map(r -> r.get(field)).toList();
    }

    private static RecommendingUnit unit(Program p, int position, String zh, String en, String cityZh, String cityEn) {
        RecommendingUnit u = new RecommendingUnit();
        u.program = p;
        u.position = position;
        u.name = new LocalizedText(zh, en);
        u.city = new LocalizedText(cityZh, cityEn);
        u.quota = 5;
        u.persist();
        return u;
    }

    private static void extra(Program p, ApplicationStatus status, int n) {
        Application a = new Application();
        a.program = p;
        a.applicantId = "sub-extra-" + n;
        a.applicantName = "extra-" + n;
        a.applicantLang = "zh-CN";
        a.status = status;
        a.reference = status == ApplicationStatus.DRAFT ? null : "ST-X" + n;
        a.projectName = "另一个项目 " + n;
        a.requestedAmount = new BigDecimal("9999");
        a.createdAt = Instant.now();
        a.updatedAt = a.createdAt;
        a.persist();
    }

    /** A submitted scorecard giving application number {@code app} (1-based) {@code app} points on every criterion. */
    private static void card(long assignmentId, int app) {
        QuarkusTransaction.requiringNew().run(() -> {
            Assignment a = Assignment.findById(assignmentId);
            Scorecard s = new Scorecard();
            s.assignment = a;
            s.roundId = a.round.id;
            s.applicationId = a.application.id;
            s.judgeId = a.judge.id;
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (String key : List.of("innovation", "market", "team")) {
                scores.put(key, BigDecimal.valueOf(app));
            }
            s.scores = scores;
            s.status = ScorecardStatus.SUBMITTED;
            s.savedAt = Instant.now();
            s.submittedAt = s.savedAt;
            s.persist();
        });
    }
}
