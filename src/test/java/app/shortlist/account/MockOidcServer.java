package app.shortlist.account;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A minimal OpenID provider for the @QuarkusTest tier: discovery and the JWKS of
 * the test signing key, on a free loopback port. Keycloak itself is exercised by
 * the end-to-end tier.
 */
public class MockOidcServer implements QuarkusTestResourceLifecycleManager {

    public static final String REALM_PATH = "/realms/shortlist";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        if (System.getProperty("e2e.keycloak.home") != null) {
            return Map.of(); // the end-to-end tier talks to the real Keycloak (KeycloakServer)
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String base = "http://localhost:" + server.getAddress().getPort() + REALM_PATH;
        String oidc = base + "/protocol/openid-connect";
        String discovery = """
                {"issuer":"%1$s","authorization_endpoint":"%2$s/auth","token_endpoint":"%2$s/token",
                 "jwks_uri":"%2$s/certs","userinfo_endpoint":"%2$s/userinfo","end_session_endpoint":"%2$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(base, oidc);
        RSAPublicKey key = TestTokens.publicKey();
        String jwks = """
                {"keys":[{"kty":"RSA","kid":"test","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
                .formatted(b64(key.getModulus()), b64(key.getPublicExponent()));
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", ex -> json(ex, discovery));
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs", ex -> json(ex, jwks));
        // The code exchange of a browser sign-in: the code is the username to sign in, whose role is
        // the username without its digits (admin, judge1 -> judge), as for the demo accounts.
        server.createContext(REALM_PATH + "/protocol/openid-connect/token", ex -> {
            String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String code = java.util.Arrays.stream(form.split("&")).filter(p -> p.startsWith("code="))
                    .map(p -> java.net.URLDecoder.decode(p.substring(5), StandardCharsets.UTF_8)).findFirst().orElse("admin");
            json(ex, TestTokens.tokenResponse(base, "shortlist-web", code, code.replaceAll("\\d+$", "")));
        });
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", base, "quarkus.oidc.api.auth-server-url", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
