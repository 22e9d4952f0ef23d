package app.shortlist.e2e;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real Keycloak for the end-to-end tier: the same dist and realm files as the
 * local run (deploy/keycloak), unpacked fresh by Maven into target/, on test ports
 * so a running local instance is left alone.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final int PORT = 18180;
    public static final int MANAGEMENT_PORT = 19000;
    public static final String REALM_URL = "http://localhost:" + PORT + "/realms/shortlist";
    /** Minutes to wait for Keycloak; -De2e.keycloak.start-minutes=8 on a loaded machine. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(Long.getLong("e2e.keycloak.start-minutes", 4));

    /** One Keycloak for every end-to-end class in this JVM; stopped when the JVM exits. */
    private static Process process;

    @Override
    public synchronized Map<String, String> start() {
        if (process == null || !process.isAlive()) {
            // hooked before booting: a Keycloak that misses the start timeout must not outlive the JVM
            Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::shutDown));
            boot();
        }
        return Map.of(
                "quarkus.oidc.auth-server-url", REALM_URL,
                "shortlist.data-dir", new File("target/e2e-data").getAbsolutePath());
    }

    private static void boot() {
        Path home = Path.of(required("e2e.keycloak.home"));
        Path realms = Path.of(required("e2e.realm.dir"));
        try {
            deleteRecursively(Path.of("target/e2e-data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            for (String file : List.of("shortlist-realm.json", "shortlist-users-0.json")) {
                Files.copy(realms.resolve(file), imports.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            Path log = Path.of("target/keycloak-e2e.log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + PORT, "--http-management-port=" + MANAGEMENT_PORT, "--import-realm")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            process = builder.start();
            waitUntilReady(log);
        } catch (IOException e) {
            throw new IllegalStateException("could not start Keycloak from " + home, e);
        }
    }

    private static void waitUntilReady(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration")).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited early; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak not ready within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
    }

    @Override
    public void stop() {
        // Kept for the next end-to-end class; the shutdown hook stops it.
    }

    private static void shutDown() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor();
                process.descendants().forEach(ProcessHandle::destroyForcibly);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the e2e tier through Maven (./mvnw verify)");
        }
        return value;
    }
}
