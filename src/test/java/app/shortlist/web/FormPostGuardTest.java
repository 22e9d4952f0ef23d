package app.shortlist.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.judging.Judge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A form post without a Content-Type slipped past the CSRF check (found by sqlmap); now it is refused. */
@QuarkusTest
class FormPostGuardTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void formPostWithoutContentTypeIsRefusedAndWritesNothing() throws Exception {
        long before = QuarkusTransaction.requiringNew().call(() -> Judge.count());
        // java.net.http sends no Content-Type unless told to: what sqlmap (or a no-cors fetch of a Blob) sends.
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "admin/judges"))
                .header("Authorization", "Bearer " + TestTokens.forRole(Role.ADMIN)).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("username=nocsrf&name=No+token&email=x%40example.org"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("The input could not be understood: Content-Type"), response.body());
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Judge.count()));
    }
}
