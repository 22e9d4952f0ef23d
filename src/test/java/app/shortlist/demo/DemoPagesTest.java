package app.shortlist.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The demo-data page, the job progress page, and who may use them. */
@QuarkusTest
class DemoPagesTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @BeforeEach
    @AfterEach
    void wipe() {
        DemoTestSupport.wipe();
    }

    @Test
    void jobProgressIsStoredAndShownOnThePage() {
        long programId = TestData.openContest("SHOWN").programId();
        long jobId = QuarkusTransaction.requiringNew().call(() -> {
            Job j = new Job();
            j.kind = DemoKind.SYNTHETIC.jobKind();
            j.status = JobStatus.RUNNING;
            j.done = 1500;
            j.total = 5000;
            j.startedBy = "admin";
            j.createdAt = Instant.now();
            j.startedAt = j.createdAt;
            j.updatedAt = j.createdAt;
            j.programId = programId;
            j.persist();
            return j.id;
        });

        var zh = page("zh-CN", jobId);
        zh.statusCode(200).header("Refresh", "2").header("Cache-Control", "no-store")
                .body(containsString("<meta http-equiv=\"refresh\" content=\"2\">"))
                .body(containsString("<progress id=\"job-progress-bar\" value=\"1500\" max=\"5000\">"))
                .body(containsString("1,500 / 5,000（30%）")).body(containsString("进行中"))
                .body(containsString("性能测试合成数据（5,000）")).body(containsString("本页每 2 秒自动刷新"))
                .body(not(containsString("data-testid=\"program-link\"")));
        page("en", jobId).statusCode(200).body(containsString("1,500 of 5,000 (30 %)"))
                .body(containsString("Running")).body(containsString("Synthetic performance data (5,000)"))
                .body(containsString("refreshes itself every 2 seconds"));
        given().auth().oauth2(ADMIN).get("/api/v1/jobs/" + jobId).then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("done", equalTo(1500)).body("total", equalTo(5000))
                .body("percent", equalTo(30)).body("programCode", equalTo("SHOWN")).body("stalled", equalTo(false));

        QuarkusTransaction.requiringNew().run(() -> {
            Job j = Job.findById(jobId);
            j.status = JobStatus.DONE;
            j.done = 5000;
            j.finishedAt = Instant.now();
            j.message = new LocalizedText("已完成的说明", "What was done");
        });
        page("zh-CN", jobId).statusCode(200).header("Refresh", nullValue())
                .body(not(containsString("http-equiv=\"refresh\""))).body(containsString("已完成"))
                .body(containsString("已完成的说明"))
                .body(containsString("href=\"/admin/programs/" + programId + "\""))
                .body(containsString("打开项目 SHOWN"));
        page("en", jobId).statusCode(200).body(containsString("What was done")).body(containsString("Open the program SHOWN"))
                .body(containsString("5,000 of 5,000 (100 %)"));
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").get("/api/v1/jobs/" + jobId).then()
                .body("message", equalTo("What was done"));
    }

    @Test
    void demoDataPageStartsAJobAndTheJobPageShowsItsResult() {
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").get("/admin/demo-data").then().statusCode(200)
                .body(containsString("1,949 submitted applications")).body(containsString("No job has run yet."))
                .body(containsString("action=\"/admin/demo-data/synthetic\"")).body(containsString("name=\"csrf-token\""));

        String location = form().formParam("count", "1,200").post("/admin/demo-data/synthetic").then().statusCode(303)
                .extract().header("Location");
        long jobId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Job job = DemoTestSupport.awaitDone(jobId);
        assertEquals(1200, job.total);

        page("zh-CN", jobId).statusCode(200).body(containsString("已完成")).body(containsString("1,200 / 1,200（100%）"))
                .body(containsString("SYN1200")).body(containsString("data-testid=\"program-link\""))
                .body(not(containsString("http-equiv=\"refresh\"")));
        given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN").get("/admin/demo-data").then().statusCode(200)
                .body(containsString("data-testid=\"job-row-" + jobId + "\"")).body(containsString("已完成"));
    }

    @Test
    void badCountIsShownNextToTheFieldInTheUsersLanguage() {
        form().header("Accept-Language", "en").formParam("count", "abc").post("/admin/demo-data/synthetic").then()
                .statusCode(422).body(containsString("data-testid=\"error-count\""))
                .body(containsString("The number must be a whole number from 1 to 200,000."))
                .body(containsString("value=\"abc\""));
        form().header("Accept-Language", "zh-CN").formParam("count", "200001").post("/admin/demo-data/synthetic").then()
                .statusCode(422).body(containsString("数量须为 1 至 200,000 之间的整数。"));
        assertEquals(0, DemoTestSupport.count("SELECT COUNT(*) FROM job"));
    }

    @Test
    void onlyAdminsMayGenerate() {
        for (String path : List.of("/admin/demo-data/hangzhou", "/admin/demo-data/jiangxi", "/admin/demo-data/synthetic")) {
            Csrf.Token csrf = Csrf.from("/");
            csrf.on(given().redirects().follow(false).contentType(ContentType.URLENC)).formParam("count", "10")
                    .post(path).then().statusCode(302);
            for (String role : List.of(Role.APPLICANT, Role.SCREENER, Role.JUDGE, Role.RECOMMENDER)) {
                csrf.on(given().auth().oauth2(TestTokens.forRole(role)).redirects().follow(false)
                        .contentType(ContentType.URLENC)).formParam("count", "10").post(path).then().statusCode(403);
            }
        }
        for (String kind : List.of("hangzhou", "jiangxi", "synthetic")) {
            given().contentType(ContentType.JSON).post("/api/v1/demo-data/" + kind).then().statusCode(401);
            for (String role : List.of(Role.APPLICANT, Role.SCREENER, Role.JUDGE, Role.RECOMMENDER)) {
                given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                        .post("/api/v1/demo-data/" + kind).then().statusCode(403);
            }
        }
        given().redirects().follow(false).get("/admin/demo-data").then().statusCode(302);
        given().auth().oauth2(TestTokens.forRole(Role.APPLICANT)).get("/admin/demo-data").then().statusCode(403);
        given().redirects().follow(false).get("/admin/jobs/1").then().statusCode(302);
        given().auth().oauth2(TestTokens.forRole(Role.JUDGE)).get("/admin/jobs/1").then().statusCode(403);
        given().get("/api/v1/jobs/1").then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole(Role.RECOMMENDER)).get("/api/v1/jobs/1").then().statusCode(403);
        assertEquals(0, DemoTestSupport.count("SELECT COUNT(*) FROM job"), "nothing was started");
        assertEquals(0, DemoTestSupport.count("SELECT COUNT(*) FROM program"));
    }

    @Test
    void formWithoutCsrfTokenIsRefused() {
        int status = given().auth().oauth2(ADMIN).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("count", "10").post("/admin/demo-data/synthetic").then().extract().statusCode();
        assertTrue(status == 400 || status == 403, "refused: " + status);
        assertEquals(0, DemoTestSupport.count("SELECT COUNT(*) FROM job"));
    }

    private static io.restassured.response.ValidatableResponse page(String lang, long jobId) {
        return given().auth().oauth2(ADMIN).header("Accept-Language", lang).get("/admin/jobs/" + jobId).then();
    }

    private static RequestSpecification form() {
        return Csrf.from("/").on(given().auth().oauth2(ADMIN).redirects().follow(false).contentType(ContentType.URLENC));
    }
}
