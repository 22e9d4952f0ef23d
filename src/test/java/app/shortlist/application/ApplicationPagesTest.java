package app.shortlist.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

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
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The applicant's pages, driven like a browser: CSRF tokens, form posts, redirects, flash messages. */
@QuarkusTest
class ApplicationPagesTest {

    static final String ALICE = TestTokens.of("applicant1", Role.APPLICANT);
    static final String BOB = TestTokens.of("applicant2", Role.APPLICANT);

    TestData.Contest contest;
    Csrf.Token csrf;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        contest = TestData.openContest("PG");
        csrf = Csrf.from("/");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void applicantStartsFillsUploadsSubmitsAndFollowsInChinese() {
        long id = start(ALICE);
        page(ALICE, "zh-CN").get("/applications/" + id + "/edit").then().statusCode(200)
                .body(containsString("申报表")).body(containsString("项目名称"))
                .body(containsString("已完成 0 / 2 部分"))
                .body(containsString("商业计划书"));

        Response saved = form(ALICE, "zh-CN").formParam("version", "0").formParam("action", "save")
                .formParam("v.projectName", "城市生命线量子传感").formParam("v.organisation", "杭州量子传感科技有限公司")
                .formParam("v.contactName", "王小明").formParam("v.phone", "13800000000")
                .formParam("v.email", "wang@example.cn").formParam("v.trackId", String.valueOf(contest.trackId()))
                .formParam("v.countryRegion", "GB").formParam("v.summary", "简介")
                .post("/applications/" + id + "/edit");
        assertEquals(303, saved.statusCode());
        assertEquals("草稿已保存。", flash(saved));

        page(ALICE, "zh-CN").cookie("flash", saved.getCookie("flash")).get("/applications/" + id + "/edit").then()
                .statusCode(200).body(containsString("草稿已保存。")).body(containsString("已完成 1 / 2 部分"))
                .body(containsString("value=\"城市生命线量子传感\""));

        // As a browser does: the file name in UTF-8 (HttpClient's default strict mode would send "?").
        var browserLike = io.restassured.config.RestAssuredConfig.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));
        Response uploaded = page(ALICE, "zh-CN").config(browserLike).cookie(Csrf.COOKIE, csrf.cookie())
                .multiPart(Csrf.FIELD, csrf.field()).queryParam("field", "business_plan")
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(TestData.pdf()).controlName("file")
                        .fileName("计划书.pdf").mimeType("application/pdf").charset(StandardCharsets.UTF_8).build())
                .post("/applications/" + id + "/attachments");
        assertEquals(303, uploaded.statusCode());
        assertEquals("附件已上传：计划书.pdf", flash(uploaded));

        Response submitted = form(ALICE, "zh-CN").formParam("version", "2").formParam("action", "submit")
                .formParam("v.projectName", "城市生命线量子传感").formParam("v.organisation", "杭州量子传感科技有限公司")
                .formParam("v.contactName", "王小明").formParam("v.phone", "13800000000")
                .formParam("v.email", "wang@example.cn").formParam("v.trackId", String.valueOf(contest.trackId()))
                .formParam("v.countryRegion", "GB").formParam("v.summary", "简介")
                .post("/applications/" + id + "/edit");
        assertEquals(303, submitted.statusCode(), submitted.asString());
        assertTrue(flash(submitted).contains("受理编号：PG-00001"), flash(submitted));

        page(ALICE, "zh-CN").get("/applications/" + id).then().statusCode(200)
                .body(containsString("申报 PG-00001")).body(containsString("已提交"))
                .body(containsString("申报已受理：PG-00001"));
        page(ALICE, "zh-CN").get("/applications").then().statusCode(200)
                .body(containsString("PG-00001")).body(containsString("测试大赛 PG"));
    }

    @Test
    void refusedSubmissionKeepsWhatWasTypedAndShowsEachProblemNextToItsField() {
        long id = start(ALICE);
        form(ALICE, "en").formParam("version", "0").formParam("action", "submit")
                .formParam("v.projectName", "<b>Mine</b>").formParam("v.email", "nope").formParam("v.team_size", "99")
                .post("/applications/" + id + "/edit").then().statusCode(422)
                .body(containsString("data-testid=\"error-email\">Please enter a valid e-mail address."))
                .body(containsString("data-testid=\"error-team_size\">The number is above the allowed maximum."))
                .body(containsString("value=\"&lt;b&gt;Mine&lt;/b&gt;\""))
                .body(containsString("aria-invalid=\"true\""))
                // the announced summary links to each refused field, and each field names its message
                .body(containsString("class=\"alert error-summary\" role=\"alert\""))
                .body(containsString("<a href=\"#f-email\">"))
                .body(containsString("aria-describedby=\"f-email-error\""))
                .body(not(containsString("<b>Mine</b>")));
        assertEquals(ApplicationStatus.DRAFT,
                QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(id).status));
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(id).projectName));
    }

    @Test
    void staleTabGetsAClearMessageInsteadOfOverwriting() {
        long id = start(ALICE);
        form(ALICE, "en").formParam("version", "0").formParam("action", "save").formParam("v.projectName", "First")
                .post("/applications/" + id + "/edit").then().statusCode(303);
        form(ALICE, "en").formParam("version", "0").formParam("action", "save").formParam("v.projectName", "Second")
                .post("/applications/" + id + "/edit").then().statusCode(409)
                .body(containsString("changed this in the meantime"));
        assertEquals("First", QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(id).projectName));
    }

    @Test
    void renamedExecutableIsRefusedNextToItsField() {
        long id = start(ALICE);
        byte[] exe = { 'M', 'Z', 0, 0, 1, 2, 3 };
        page(ALICE, "en").cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.field())
                .queryParam("field", "business_plan").multiPart("file", "plan.pdf", exe, "application/pdf")
                .post("/applications/" + id + "/attachments").then().statusCode(415)
                .body(containsString("data-testid=\"error-business_plan\""))
                .body(containsString("judged by the content"));
    }

    @Test
    void withdrawAsksForConfirmationThenWithdraws() {
        long id = start(ALICE);
        page(ALICE, "en").get("/applications/" + id + "/withdraw").then().statusCode(200)
                .body(containsString("Withdraw this application?"));
        Response r = form(ALICE, "en").post("/applications/" + id + "/withdraw");
        assertEquals(303, r.statusCode());
        page(ALICE, "en").get("/applications/" + id).then().body(containsString("Withdrawn"));
    }

    @Test
    void anotherApplicantSeesNothingOfIt() {
        long id = start(ALICE);
        page(BOB, "en").get("/applications/" + id).then().statusCode(404).body(containsString("Page not found"));
        page(BOB, "en").get("/applications/" + id + "/edit").then().statusCode(404);
        form(BOB, "en").formParam("version", "0").formParam("action", "save").formParam("v.projectName", "hijack")
                .post("/applications/" + id + "/edit").then().statusCode(404);
        form(BOB, "en").post("/applications/" + id + "/withdraw").then().statusCode(404);
        page(BOB, "en").get("/applications").then().statusCode(200).body(containsString("not started an application"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRejected() {
        long id = start(ALICE);
        page(ALICE, "en").contentType(ContentType.URLENC).formParam("version", "0").formParam("action", "save")
                .post("/applications/" + id + "/edit").then().statusCode(400);
    }

    // --- helpers ---------------------------------------------------------------------

    long start(String token) {
        Response r = form(token, "zh-CN").post("/programs/" + contest.programId() + "/applications");
        assertEquals(303, r.statusCode(), r.asString());
        String location = r.header("Location");
        return Long.parseLong(location.replaceAll(".*/applications/(\\d+)/edit$", "$1"));
    }

    RequestSpecification page(String token, String lang) {
        return given().redirects().follow(false).auth().oauth2(token).header("Accept-Language", lang);
    }

    RequestSpecification form(String token, String lang) {
        return csrf.on(page(token, lang).contentType("application/x-www-form-urlencoded; charset=UTF-8"));
    }

    static String flash(Response r) {
        return URLDecoder.decode(r.getCookie("flash"), StandardCharsets.UTF_8);
    }
}
