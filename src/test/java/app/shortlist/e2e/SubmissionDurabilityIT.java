package app.shortlist.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged submission survives a crash: the packaged app is killed with
 * SIGKILL right after it answered the submit, restarted on the same H2 file, and
 * the application is there, submitted, with its attachment byte for byte.
 */
class SubmissionDurabilityIT {

    static final int PORT = 18083;
    static final String BASE = "http://localhost:" + PORT;
    static final Path DATA = Path.of("target/durability-data").toAbsolutePath();

    private Process app;

    @BeforeAll
    static void keycloak() throws IOException {
        new KeycloakServer().start();
        if (Files.exists(DATA)) {
            try (var paths = Files.walk(DATA)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @AfterEach
    void stopApp() {
        if (app != null && app.isAlive()) {
            app.destroyForcibly();
        }
    }

    @Test
    void submissionAcknowledgedJustBeforeSigkillIsThereAfterRestart() throws Exception {
        app = start("first");
        long programId = Programs.openContest(BASE, "DURABLE");
        String alice = KeycloakTokens.of("applicant1");
        Number id = api(alice).post("/api/v1/programs/" + programId + "/applications").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> values = Map.of("projectName", "断电也不丢的申报", "organisation", "杭州某科技有限公司",
                "contactName", "王小明", "phone", "13800000000", "email", "wang@example.cn",
                "countryRegion", "CN", "summary", "A project.",
                "trackId", api(alice).get("/api/v1/programs/" + programId).then().extract().path("tracks[0].id").toString());
        api(alice).body(Map.of("version", 0, "values", values)).put("/api/v1/applications/" + id).then().statusCode(200);
        byte[] pdf = Programs.pdf();
        api(alice).contentType("application/pdf").queryParam("field", "business_plan").queryParam("name", "plan.pdf")
                .body(pdf).post("/api/v1/applications/" + id + "/attachments").then().statusCode(201);

        String reference = api(alice).header("Idempotency-Key", "durable-1").post("/api/v1/applications/" + id + "/submit")
                .then().statusCode(200).extract().path("reference");
        app.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, nothing graceful
        app.waitFor();

        app = start("after-kill");
        api(alice).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("reference", org.hamcrest.Matchers.equalTo(reference))
                .body("attachments.size()", org.hamcrest.Matchers.equalTo(1));
        long attachmentId = ((Number) api(alice).get("/api/v1/applications/" + id + "/attachments").then()
                .extract().path("[0].id")).longValue();
        byte[] stored = api(alice).get("/api/v1/applications/" + id + "/attachments/" + attachmentId).then()
                .statusCode(200).extract().asByteArray();
        assertArrayEquals(pdf, stored);
        // A retry of the same submit after the restart changes nothing.
        api(alice).header("Idempotency-Key", "durable-1").post("/api/v1/applications/" + id + "/submit").then()
                .statusCode(200).body("reference", org.hamcrest.Matchers.equalTo(reference));
        assertEquals(1, (int) api(alice).get("/api/v1/me/applications").then().extract().path("size()"));
    }

    private static io.restassured.specification.RequestSpecification api(String token) {
        return given().baseUri(BASE).auth().oauth2(token).contentType("application/json");
    }

    private static Process start(String label) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m",
                "-Dquarkus.http.port=" + PORT,
                "-Dshortlist.data-dir=" + DATA,
                "-Dquarkus.oidc.auth-server-url=" + KeycloakServer.REALM_URL,
                "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(new File("target/durability-" + label + ".log"));
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("app exited; see target/durability-" + label + ".log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(BASE + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(300);
        }
        process.destroyForcibly();
        throw new IllegalStateException("app not ready in time; see target/durability-" + label + ".log");
    }

}
