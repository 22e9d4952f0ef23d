package app.shortlist.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/** Scenario 3: all judges at once, each submitting every scorecard assigned to them. */
public class ScoringSimulation extends Simulation {

    static final int JUDGES = Integer.parseInt(Bench.prop("bench.judges"));

    ScenarioBuilder judging = scenario("judges score")
            .feed(csv(Bench.prop("bench.judgeTokens")).queue())
            .exec(http("my assignments").get("/api/v1/me/assignments")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200), jsonPath("$[*].id").findAll().saveAs("ids")))
            .exec(foreach("#{ids}", "aid").on(
                    exec(session -> session.set("s1", score()).set("s2", score()))
                    .exec(http("submit scorecard").post("/api/v1/assignments/#{aid}/scorecard/submit")
                            .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                            .body(StringBody("{\"version\":null,\"scores\":{\"innovation\":\"#{s1}\",\"market\":\"#{s2}\"},\"comment\":\"同意。\"}"))
                            .check(status().is(200), jsonPath("$.status").is("SUBMITTED")))));

    private static String score() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(0, 11));
    }

    {
        setUp(judging.injectOpen(atOnceUsers(JUDGES))).protocols(Bench.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
