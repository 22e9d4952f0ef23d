package app.shortlist.bench.load;

import static io.gatling.javaapi.core.CoreDsl.RawFileBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 1, the deadline rush: every applicant of the feeder (one Keycloak token each) creates an
 * application, fills it, uploads a 1 MB PDF and submits, all started within the ramp.
 */
public class RushSimulation extends Simulation {

    static final String PROGRAM = Bench.prop("bench.programId");
    static final String TRACK = Bench.prop("bench.trackId");
    static final int USERS = Integer.parseInt(Bench.prop("bench.users"));
    static final int RAMP_SECONDS = Integer.parseInt(System.getProperty("bench.rampSeconds", "45"));

    ScenarioBuilder rush = scenario("deadline rush")
            .feed(csv(Bench.prop("bench.applicants")).queue())
            .exec(http("create").post("/api/v1/programs/" + PROGRAM + "/applications")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(201), jsonPath("$.id").saveAs("id")))
            .exec(http("fill").put("/api/v1/applications/#{id}")
                    .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                    .body(StringBody("""
                            {"version":0,"values":{"projectName":"压测项目 #{username}","organisation":"压测科技有限公司 #{username}",
                            "contactName":"张伟","phone":"13800000000","email":"#{username}@example.cn","countryRegion":"CN",
                            "trackId":"%s","summary":"面向城市治理的创新项目，由负载测试提交。"}}""".formatted(TRACK)))
                    .check(status().is(200)))
            .exec(http("upload").post("/api/v1/applications/#{id}/attachments?field=business_plan&name=plan.pdf")
                    .header("Authorization", "Bearer #{token}").header("Content-Type", "application/pdf")
                    .body(RawFileBody(Bench.prop("bench.pdf")))
                    .check(status().is(201)))
            .exec(http("submit").post("/api/v1/applications/#{id}/submit")
                    .header("Authorization", "Bearer #{token}").header("Idempotency-Key", "rush-#{username}")
                    .check(status().is(200), jsonPath("$.status").is("SUBMITTED")));

    {
        setUp(rush.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(Bench.protocol())
                .assertions(global().failedRequests().count().is(0L),
                        details("submit").responseTime().percentile(99.0).lt(500));
    }
}
