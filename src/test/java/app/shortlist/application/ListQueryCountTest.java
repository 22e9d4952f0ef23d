package app.shortlist.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.TestData;
import io.restassured.response.ValidatableResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The lists the load benchmark reads at 100,000 rows, as it reads them (filtered on track and
 * status, sorted by submission time), plus the applicant's own list by API and the public
 * program page: each prepares as many statements for 50 rows as for 1.
 */
@QuarkusTest
class ListQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    @AfterEach
    void clean() {
        TestData.wipe();
    }

    @Test
    void benchmarkedListsCostTheSameNumberOfStatementsForOneRowAndForFifty() {
        TestData.ScreeningContest sc = TestData.screeningContest("QL");
        TestData.entered(sc, "owner", 1);
        Map<String, Long> one = counts(sc, 1);
        TestData.entered(sc, "owner", 49);
        Map<String, Long> fifty = counts(sc, 50);
        assertTrue(one.values().stream().allMatch(n -> n > 0), "statistics must be on: " + one);
        assertEquals(one, fifty);
    }

    /**
     * The totals are kept between requests (web.ListTotals), yet a change made through the
     * service shows at once: a withdrawal in the admin list's total, a screening decision in the
     * queue's counts.
     */
    @Test
    void keptTotalsShowAChangeThroughTheServiceAtOnce() {
        TestData.ScreeningContest sc = TestData.screeningContest("QT");
        java.util.List<Long> entries = TestData.entered(sc, "owner", 3);
        String admin = TestTokens.forRole(Role.ADMIN);
        String screener = TestTokens.forRole(Role.SCREENER);
        String list = "/admin/programs/" + sc.programId() + "/applications?status=SUBMITTED&part=" + sc.contest().trackId()
                + "&sort=SUBMITTED";
        String api = "/api/v1/programs/" + sc.programId() + "/applications?status=SUBMITTED&trackId=" + sc.contest().trackId()
                + "&sort=SUBMITTED";
        long first = statements(() -> given().auth().oauth2(admin).get(list).then().statusCode(200)
                .body(containsString("共 3 份申报")));
        long again = statements(() -> given().auth().oauth2(admin).get(list).then().statusCode(200)
                .body(containsString("共 3 份申报")));
        assertEquals(first - 1, again, "the second view counts nothing: its total is kept");

        long id = given().auth().oauth2(admin).get(api).then().statusCode(200).body("total", equalTo(3))
                .extract().jsonPath().getLong("rows[0].id");
        given().auth().oauth2(TestTokens.of("owner", Role.APPLICANT)).contentType(io.restassured.http.ContentType.JSON)
                .post("/api/v1/applications/" + id + "/withdraw")
                .then().statusCode(200);
        given().auth().oauth2(admin).get(list).then().statusCode(200).body(containsString("共 2 份申报"));
        given().auth().oauth2(admin).get(api).then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(admin).get("/admin/programs/" + sc.programId() + "/applications?status=WITHDRAWN")
                .then().statusCode(200).body(containsString("共 1 份申报"));

        String queue = "/screening/rounds/" + sc.screeningRoundId();
        given().auth().oauth2(screener).get(queue).then().statusCode(200)
                .body(containsString("data-testid=\"count-PASSED\">通过 <strong>0</strong>"));
        long waiting = QuarkusTransaction.requiringNew().call(() -> app.shortlist.pipeline.RoundEntry
                .<app.shortlist.pipeline.RoundEntry> list("id in ?1 and state = ?2", entries,
                        app.shortlist.pipeline.EntryState.WAITING).get(0).id);
        given().auth().oauth2(screener).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("decision", "PASS", "entryIds", java.util.List.of(waiting)))
                .post("/api/v1/rounds/" + sc.screeningRoundId() + "/screening/bulk").then().statusCode(200);
        given().auth().oauth2(screener).get(queue).then().statusCode(200)
                .body(containsString("data-testid=\"count-PASSED\">通过 <strong>1</strong>"));
        given().auth().oauth2(screener).queryParam("state", "PASSED").queryParam("track", sc.contest().trackId())
                .get(queue).then().statusCode(200).body(containsString("共 1 份符合条件"));
    }

    /** Statements per list, each checked to show the {@code n} rows it was given. */
    private Map<String, Long> counts(TestData.ScreeningContest sc, int n) {
        String admin = TestTokens.forRole(Role.ADMIN);
        String screener = TestTokens.forRole(Role.SCREENER);
        String owner = TestTokens.of("owner", Role.APPLICANT);
        long program = sc.programId();
        long track = sc.contest().trackId();
        String last = "QL-%05d".formatted(n);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("admin list page", statements(() -> given().auth().oauth2(admin)
                .get("/admin/programs/" + program + "/applications?status=SUBMITTED&part=" + track + "&sort=SUBMITTED")
                .then().statusCode(200).body(containsString(last))));
        counts.put("admin list API", statements(() -> given().auth().oauth2(admin)
                .get("/api/v1/programs/" + program + "/applications?status=SUBMITTED&trackId=" + track + "&sort=SUBMITTED")
                .then().statusCode(200).body("total", equalTo(n))));
        counts.put("screener queue page", statements(() -> given().auth().oauth2(screener)
                .get("/screening/rounds/" + sc.screeningRoundId() + "?state=WAITING&track=" + track + "&sort=NEWEST")
                .then().statusCode(200).body(containsString(last))));
        counts.put("my applications page", statements(() -> given().auth().oauth2(owner).get("/applications")
                .then().statusCode(200).body(containsString(last))));
        counts.put("my applications API", statements(() -> given().auth().oauth2(owner).get("/api/v1/me/applications")
                .then().statusCode(200).body("size()", equalTo(n))));
        counts.put("public program page", statements(() -> given().get("/programs/" + program)
                .then().statusCode(200).body(containsString("测试大赛 QL"))));
        counts.put("program page, signed in", statements(() -> given().auth().oauth2(owner).get("/programs/" + program)
                .then().statusCode(200).body(containsString("测试大赛 QL"))));
        return counts;
    }

    private long statements(Supplier<ValidatableResponse> request) {
        sessionFactory.getStatistics().clear();
        request.get();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
