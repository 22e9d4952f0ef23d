package app.shortlist.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The staff list (filtered, sorted, paged) and the read-only view with the admin's extension. */
@QuarkusTest
class ApplicationAdminPageTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);
    static final String SCREENER = TestTokens.forRole(Role.SCREENER);

    TestData.Contest contest;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        contest = TestData.openContest("ADM");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void listIsFilteredSortedAndPagedAndNeverShowsDrafts() {
        for (int i = 1; i <= 53; i++) {
            submit("applicant" + i, "项目 " + i, i % 2 == 0 ? "DE" : "JP");
        }
        draft("applicant-draft");
        given().auth().oauth2(SCREENER).header("Accept-Language", "zh-CN")
                .get("/admin/programs/" + contest.programId() + "/applications").then().statusCode(200)
                .body(containsString("共 53 份申报")).body(containsString("第 1 / 2 页"))
                .body(containsString("ADM-00053")).body(not(containsString(">ADM-00003<")))
                .body(not(containsString("草稿")));
        given().auth().oauth2(SCREENER).header("Accept-Language", "en")
                .get("/admin/programs/" + contest.programId() + "/applications?sort=REFERENCE&page=1").then()
                .statusCode(200).body(containsString("Page 2 of 2")).body(containsString("ADM-00053"))
                .body(not(containsString(">ADM-00001<")));
        given().auth().oauth2(ADMIN).header("Accept-Language", "en")
                .queryParam("country", "DE").queryParam("q", "项目 10")
                .get("/admin/programs/" + contest.programId() + "/applications")
                .then().statusCode(200).body(containsString("1 applications")).body(containsString("ADM-00010"))
                .body(containsString("Germany"));
    }

    @Test
    void adminGrantsAnExtensionFromTheApplicationPage() {
        long id = submit("applicant1", "延期项目", "CN");
        given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN").get("/admin/applications/" + id).then()
                .statusCode(200).body(containsString("延期项目")).body(containsString("单独延期"));
        Csrf.Token csrf = Csrf.from("/");
        csrf.on(given().redirects().follow(false).auth().oauth2(ADMIN).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")).formParam("until", "not-a-date").formParam("reason", "x")
                .post("/admin/applications/" + id + "/extension").then().statusCode(422)
                .body(containsString("year-month-day"));
        String until = LocalDate.now().plusDays(20).toString();
        csrf.on(given().redirects().follow(false).auth().oauth2(ADMIN).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")).formParam("until", until).formParam("reason", "系统故障")
                .post("/admin/applications/" + id + "/extension").then().statusCode(303);
        Application a = QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
        assertEquals("系统故障", a.extensionReason);
        assertTrue(a.extendedUntil.isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(19))));
        csrf.on(given().redirects().follow(false).auth().oauth2(SCREENER).contentType(ContentType.URLENC))
                .formParam("until", until).formParam("reason", "x")
                .post("/admin/applications/" + id + "/extension").then().statusCode(403);
    }

    long submit(String user, String project, String country) {
        long id = draft(user);
        String token = TestTokens.of(user, Role.APPLICANT);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("projectName", project);
        v.put("organisation", "某公司");
        v.put("contactName", "王");
        v.put("phone", "13800000000");
        v.put("email", "a@example.cn");
        v.put("trackId", String.valueOf(contest.trackId()));
        v.put("countryRegion", country);
        v.put("summary", "s");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", 0, "values", v))
                .put("/api/v1/applications/" + id).then().statusCode(200);
        given().auth().oauth2(token).contentType("application/pdf").queryParam("field", "business_plan")
                .queryParam("name", "p.pdf").body(TestData.pdf()).post("/api/v1/applications/" + id + "/attachments")
                .then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/applications/" + id + "/submit")
                .then().statusCode(200);
        return id;
    }

    long draft(String user) {
        return ((Number) given().auth().oauth2(TestTokens.of(user, Role.APPLICANT)).contentType(ContentType.JSON)
                .post("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(201)
                .extract().path("id")).longValue();
    }
}
