package app.shortlist.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 2, big lists: each page in turn under 16 concurrent clients (closed model: as soon as
 * one answer arrives the client asks again), after a short warm-up of the same.
 */
public class ListsSimulation extends Simulation {

    static final int CLIENTS = Integer.parseInt(System.getProperty("bench.clients", "16"));
    static final int SECONDS = Integer.parseInt(System.getProperty("bench.seconds", "30"));
    static final String ADMIN = Bench.prop("bench.adminToken");

    static PopulationBuilder page(String name, String path, String token, String mustContain, int seconds) {
        var request = http(name).get(path).header("Accept", "text/html");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return scenario(name + (seconds < SECONDS ? " (warm-up)" : ""))
                .exec(request.check(status().is(200), substring(mustContain)))
                .injectClosed(constantConcurrentUsers(CLIENTS).during(Duration.ofSeconds(seconds)));
    }

    {
        String list = Bench.prop("bench.listPath");
        String queue = Bench.prop("bench.queuePath");
        String results = Bench.prop("bench.resultsPath");
        setUp(page("warm admin list", list, ADMIN, "</table>", 5)
                .andThen(page("admin application list", list, ADMIN, "</table>", SECONDS))
                .andThen(page("warm screener queue", queue, ADMIN, "</table>", 5))
                .andThen(page("screener queue", queue, ADMIN, "</table>", SECONDS))
                .andThen(page("warm public result page", results, null, "</html>", 5))
                .andThen(page("public result page", results, null, "</html>", SECONDS)))
                .protocols(Bench.protocol())
                .assertions(global().failedRequests().count().is(0L),
                        details("admin application list").responseTime().percentile(95.0).lt(100),
                        details("screener queue").responseTime().percentile(95.0).lt(100),
                        details("public result page").responseTime().percentile(95.0).lt(100));
    }
}
