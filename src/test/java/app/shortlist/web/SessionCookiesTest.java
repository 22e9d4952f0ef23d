package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A browser's sign-in against the mock OpenID provider, end to end through the code flow: the cookies
 * it leaves are HttpOnly and SameSite=Lax, and signing out sends the browser to the provider's
 * end-session endpoint (so the Keycloak session ends too) while clearing ours. Secure is forced in
 * production only ({@link ProductionSecurityConfigTest}); the test server speaks plain HTTP.
 */
@QuarkusTest
class SessionCookiesTest {

    @Test
    void signInLeavesHttpOnlyLaxCookiesAndSignOutEndsTheProviderSession() {
        // 1. An anonymous page visit is sent to the provider with a state cookie.
        Response start = given().redirects().follow(false).when().get("/home");
        assertEquals(302, start.statusCode());
        URI auth = URI.create(start.header("Location"));
        Map<String, String> query = query(auth);
        List<String> stateCookies = setCookies(start, "q_auth");
        assertEquals(1, stateCookies.size(), start.headers().toString());
        assertSafe(stateCookies.get(0));

        // 2. The provider sends the browser back with a code; the app exchanges it and keeps the session.
        String cookie = stateCookies.get(0).split(";", 2)[0];
        Response back = given().redirects().follow(false).header("Cookie", cookie)
                .queryParam("code", "admin").queryParam("state", query.get("state"))
                .when().get(URI.create(query.get("redirect_uri")).getPath());
        assertEquals(302, back.statusCode(), back.asString());
        List<String> session = setCookies(back, "q_session");
        assertFalse(session.isEmpty(), back.headers().toString());
        session.forEach(SessionCookiesTest::assertSafe);
        String sessionCookies = String.join("; ", session.stream().map(c -> c.split(";", 2)[0]).toList());

        // 3. The session signs the browser in.
        given().header("Cookie", sessionCookies).header("Accept-Language", "en").when().get("/home")
                .then().statusCode(200).body(containsString("admin"));

        // 4. Sign-out: to the provider's end-session endpoint, with the ID token as hint, and our cookie cleared.
        Response out = given().redirects().follow(false).header("Cookie", sessionCookies).when().post("/logout");
        assertEquals(302, out.statusCode(), out.asString());
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String location = out.header("Location");
        assertTrue(location.startsWith(issuer + "/protocol/openid-connect/logout?"), location);
        Map<String, String> logout = query(URI.create(location));
        assertTrue(logout.containsKey("id_token_hint"), location);
        assertTrue(logout.get("post_logout_redirect_uri").endsWith("/"), location);
        List<String> cleared = setCookies(out, "q_session");
        assertFalse(cleared.isEmpty(), out.headers().toString());
        cleared.forEach(c -> assertTrue(c.toLowerCase().contains("max-age=0"), c));
    }

    @Test
    void theCsrfCookieIsHttpOnly() {
        Response page = given().header("Accept-Language", "en").when().get("/");
        List<String> csrf = setCookies(page, "shortlist-csrf");
        assertEquals(1, csrf.size(), page.headers().toString());
        assertTrue(csrf.get(0).toLowerCase().contains("httponly"), csrf.get(0));
    }

    @Test
    void securityHeadersAreOnApiAnswersAndErrorPagesToo() {
        for (Response r : List.of(given().when().get("/api/v1/public/programs"),
                given().header("Accept-Language", "en").when().get("/programs/987654321"),
                given().when().get("/css/shortlist.css"))) {
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"));
            String csp = r.header("Content-Security-Policy");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'")
                    && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
            assertEquals(null, r.header("Strict-Transport-Security"), "HSTS only in production (HTTPS)");
        }
    }

    private static void assertSafe(String setCookie) {
        String c = setCookie.toLowerCase();
        assertTrue(c.contains("httponly"), setCookie);
        assertTrue(c.contains("samesite=lax"), setCookie);
        assertTrue(c.contains("path=/"), setCookie);
    }

    private static List<String> setCookies(Response r, String prefix) {
        return r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(prefix)).toList();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .forEach(p -> q.put(p[0], p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
        return q;
    }
}
