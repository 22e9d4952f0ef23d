package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What operators see: Prometheus metrics (latency per route template, the business
 * counters, the connection pool) and the health checks the probes call.
 */
@QuarkusTest
class ObservabilityTest {

    static final String ALICE = TestTokens.of("applicant1", Role.APPLICANT);

    @BeforeEach
    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    @Test
    void submissionIsCountedOnceAndItsRouteIsTimedUnderItsTemplateNotItsId() {
        TestData.Contest contest = TestData.openContest("OBS");
        double before = counter("shortlist_submissions_total", "kind=\"submitted\"");
        long id = ((Number) as(ALICE).post("/api/v1/programs/" + contest.programId() + "/applications").then()
                .statusCode(201).extract().path("id")).longValue();
        // A refused submit (the form is incomplete) is not a submission.
        as(ALICE).post("/api/v1/applications/" + id + "/submit").then().statusCode(422);
        assertEquals(before, counter("shortlist_submissions_total", "kind=\"submitted\""));

        Map<String, String> values = new LinkedHashMap<>();
        values.put("projectName", "Metrics");
        values.put("organisation", "杭州测试有限公司");
        values.put("contactName", "王小明");
        values.put("phone", "13800000000");
        values.put("email", "wang@example.cn");
        values.put("trackId", String.valueOf(contest.trackId()));
        values.put("countryRegion", "CN");
        values.put("summary", "A summary.");
        as(ALICE).body(Map.of("version", 0, "values", values)).put("/api/v1/applications/" + id).then().statusCode(200);
        as(ALICE).contentType("application/pdf").queryParam("field", "business_plan").queryParam("name", "p.pdf")
                .body(TestData.pdf()).post("/api/v1/applications/" + id + "/attachments").then().statusCode(201);
        as(ALICE).post("/api/v1/applications/" + id + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        // Repeating the submit returns the same application and counts nothing.
        as(ALICE).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);

        String metrics = metrics();
        assertEquals(before + 1, counter(metrics, "shortlist_submissions_total", "kind=\"submitted\""));
        assertTrue(metrics.contains("uri=\"/api/v1/applications/{applicationId}/submit\""), "route template timed");
        assertTrue(Pattern.compile("http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*status=\"200\"[^}]*"
                + "uri=\"/api/v1/applications/\\{applicationId}/submit\"").matcher(metrics).find(), "latency per route");
        assertFalse(metrics.contains("uri=\"/api/v1/applications/" + id), "no raw ids as tags");
        assertTrue(metrics.contains("http_server_requests_seconds_bucket") || metrics.contains("http_server_requests_seconds_sum"));
    }

    @Test
    void submittedScorecardIsCountedAndADraftIsNot() {
        TestData.ScoringRound sr = TestData.scoringRound("OBSJ", 1, 2, 2);
        TestData.Assigned a = TestData.assign(sr).get(0);
        String judge = TestTokens.of(a.judgeUsername(), Role.JUDGE);
        double before = counter("shortlist_scorecards_submitted_total", null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", null);
        body.put("scores", Map.of("innovation", "8", "market", "7", "team", "6"));
        body.put("comment", null);
        as(judge).body(body).put("/api/v1/assignments/" + a.assignmentId() + "/scorecard").then().statusCode(200);
        assertEquals(before, counter("shortlist_scorecards_submitted_total", null));
        body.put("version", 0);
        as(judge).body(body).post("/api/v1/assignments/" + a.assignmentId() + "/scorecard/submit").then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        assertEquals(before + 1, counter("shortlist_scorecards_submitted_total", null));
    }

    @Test
    void connectionPoolIsMeasured() {
        String metrics = metrics();
        assertTrue(metrics.contains("agroal_active_count{datasource=\"default\""), "pool: connections in use");
        assertTrue(metrics.contains("agroal_available_count{datasource=\"default\""), "pool: idle connections");
        assertTrue(metrics.contains("agroal_awaiting_count{datasource=\"default\""), "pool: requests waiting");
        assertTrue(metrics.contains("agroal_max_used_count{datasource=\"default\""), "pool: high-water mark");
    }

    @Test
    void readinessNamesTheDatabaseAndKeycloakAndLivenessIsUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Keycloak realm", "Database connections health check"))
                .body("checks.find { it.name == 'Keycloak realm' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Probes and the scraper call without a token; a signed-in caller is not refused either. */
    @Test
    void healthAndMetricsAnswerEveryCaller() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics")) {
            given().redirects().follow(false).when().get(path).then().statusCode(200);
            for (String role : List.of(Role.APPLICANT, Role.ADMIN)) {
                given().redirects().follow(false).auth().oauth2(TestTokens.forRole(role)).when().get(path).then()
                        .statusCode(200);
            }
        }
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("Accept-Language", "en").contentType(ContentType.JSON);
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double counter(String name, String tag) {
        return counter(metrics(), name, tag);
    }

    /** The value of a Prometheus sample (0 when absent: a counter not yet incremented is not exported). */
    private static double counter(String metrics, String name, String tag) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(metrics);
        double total = 0;
        while (m.find()) {
            if (tag == null || (m.group(1) != null && m.group(1).contains(tag))) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }
}
