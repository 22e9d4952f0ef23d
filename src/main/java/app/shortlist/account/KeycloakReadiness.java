package app.shortlist.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the realm's discovery document answers: without Keycloak nobody
 * can sign in and no token can be checked against fresh keys. The timeout is short
 * so a probe never hangs on an unreachable Keycloak.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    static final String NAME = "Keycloak realm";

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @ConfigProperty(name = "shortlist.health.keycloak-timeout", defaultValue = "2S")
    Duration timeout;

    private HttpClient http;

    @Override
    public HealthCheckResponse call() {
        String discovery = realmUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = client().send(HttpRequest.newBuilder(URI.create(discovery))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named(NAME).status(response.statusCode() == 200)
                    .withData("url", discovery).withData("status", response.statusCode()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(discovery, "interrupted");
        } catch (Exception e) {
            return down(discovery, e.getClass().getSimpleName());
        }
    }

    private static HealthCheckResponse down(String url, String reason) {
        return HealthCheckResponse.named(NAME).down().withData("url", url).withData("error", reason).build();
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(timeout).build();
        }
        return http;
    }
}
