package app.shortlist.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.demo.Job;
import app.shortlist.demo.JobStatus;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The dashboard over 100,000 applications (the synthetic demo set). Not part of the build; run with
 * {@code ./mvnw test -Dgroups=bench -DexcludedGroups= -Dtest=StatisticsBench}. Warmed up, then timed; the median and
 * the slowest are printed.
 */
@Tag("bench")
@QuarkusTest
class StatisticsBench {

    static final int RUNS = 7;
    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @AfterAll
    static void wipe() {
        TestData.wipe();
    }

    @Test
    void statisticsAndDashboardAt100000() {
        long jobId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).queryParam("count", 100_000)
                .post("/api/v1/demo-data/synthetic").then().statusCode(202).extract().jsonPath().getLong("id");
        Instant until = Instant.now().plus(Duration.ofMinutes(20));
        Job job;
        do {
            job = QuarkusTransaction.requiringNew().call(() -> Job.findById(jobId));
            sleep();
        } while (job.status.isLive() && Instant.now().isBefore(until));
        if (job.status != JobStatus.DONE) {
            throw new AssertionError("synthetic set: " + job.status);
        }
        long programId = job.programId;
        given().auth().oauth2(ADMIN).get("/api/v1/programs/" + programId + "/statistics").then().statusCode(200)
                .body("funnel[0].entered", equalTo(((Number) given().auth().oauth2(ADMIN)
                        .get("/api/v1/programs/" + programId + "/statistics").path("totals.submitted")).intValue()));
        report("GET /api/v1/programs/{id}/statistics, 100,000 applications", () -> given().auth().oauth2(ADMIN)
                .get("/api/v1/programs/" + programId + "/statistics").then().statusCode(200));
        report("GET /admin/programs/{id}/dashboard, 100,000 applications", () -> given().auth().oauth2(ADMIN)
                .get("/admin/programs/" + programId + "/dashboard").then().statusCode(200));
    }

    private static void report(String what, Runnable step) {
        step.run();
        step.run();
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            step.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("BENCH %-90s median %5d ms, slowest %5d ms (%d runs)%n", what, millis[RUNS / 2],
                millis[RUNS - 1], RUNS);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
