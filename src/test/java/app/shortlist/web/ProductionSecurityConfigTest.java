package app.shortlist.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain JUnit over the shipped configuration: what only production turns on (HTTPS-only cookies and
 * HSTS), and Keycloak's brute-force protection in the realm the deployment imports.
 */
class ProductionSecurityConfigTest {

    @Test
    void productionForcesSecureCookiesAndHsts() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals("${COOKIE_SECURE:true}", p.getProperty("%prod.quarkus.oidc.authentication.cookie-force-secure"),
                "the session cookie is Secure in production");
        assertEquals("${COOKIE_SECURE:true}", p.getProperty("%prod.quarkus.rest-csrf.cookie-force-secure"),
                "the CSRF cookie is Secure in production");
        assertEquals("${COOKIE_SECURE:true}", p.getProperty("%prod.shortlist.cookies.secure"),
                "the language and flash cookies are Secure in production");
        assertEquals("lax", p.getProperty("quarkus.oidc.authentication.cookie-same-site"));
        String hsts = p.getProperty("%prod.quarkus.http.header.\"Strict-Transport-Security\".value");
        Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(hsts == null ? "" : hsts);
        assertTrue(maxAge.find() && Long.parseLong(maxAge.group(1)) >= 31_536_000L, "HSTS for a year: " + hsts);
        assertTrue(p.getProperty("quarkus.http.header.\"Content-Security-Policy\".value").contains("frame-ancestors 'none'"));
    }

    @Test
    void keycloakBruteForceProtectionStaysOn() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Files.readString(Path.of("deploy/keycloak/shortlist-realm.json")));
        assertTrue(realm.path("bruteForceProtected").asBoolean(false), "bruteForceProtected");
        int failures = realm.path("failureFactor").asInt(0);
        assertTrue(failures > 0 && failures <= 10, "locked after at most 10 failed sign-ins: " + failures);
        assertTrue(realm.path("waitIncrementSeconds").asInt(0) >= 60, "a lockout lasts at least a minute");
        assertTrue(realm.path("maxFailureWaitSeconds").asInt(0) >= 900, "up to a quarter of an hour");
        assertEquals("external", realm.path("sslRequired").asText(), "HTTPS required for all but local addresses");
    }
}
