package app.shortlist.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The Keycloak readiness check on its own: UP only while the realm's discovery answers 200. */
class KeycloakReadinessTest {

    @Test
    void upWhileDiscoveryAnswers() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/shortlist/.well-known/openid-configuration", ex -> {
            byte[] body = "{}".getBytes();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String realm = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/shortlist";
            // A generous timeout where UP is expected: a loaded machine must not make this test flaky.
            assertEquals(HealthCheckResponse.Status.UP, check(realm + "/", Duration.ofSeconds(30)).call().getStatus());
            assertEquals(HealthCheckResponse.Status.DOWN, check(realm + "-missing", Duration.ofSeconds(30)).call()
                    .getStatus(), "404: DOWN");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void downWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        HealthCheckResponse response = check("http://127.0.0.1:" + port + "/realms/shortlist", Duration.ofSeconds(30)).call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("ConnectException", response.getData().orElseThrow().get("error"));
    }

    @Test
    void downWithinTheTimeoutWhenKeycloakAcceptsButNeverAnswers() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) { // accepts (backlog) and never answers
            HealthCheckResponse response = check("http://127.0.0.1:" + silent.getLocalPort() + "/realms/shortlist",
                    Duration.ofMillis(500)).call();
            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            assertEquals("HttpTimeoutException", response.getData().orElseThrow().get("error"));
        }
    }

    private static KeycloakReadiness check(String realmUrl, Duration timeout) {
        KeycloakReadiness check = new KeycloakReadiness();
        check.realmUrl = realmUrl;
        check.timeout = timeout;
        return check;
    }
}
