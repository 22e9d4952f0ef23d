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

/**
 * Malformed form posts found by the scanners: one without a Content-Type slipped past the CSRF check
 * (sqlmap), and a multipart body that ends early answered 500 (wapiti's objection form); both are 400 now.
 */
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

    @Test
    void multipartBodyCutOffIsA400WithAMessageAndWritesNothing() throws Exception {
        long before = QuarkusTransaction.requiringNew().call(() -> app.shortlist.results.Objection.count());
        String boundary = "------------------------boundarystring";
        // the closing delimiter never comes: the body ends inside the last part
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\ncut";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "results/1/objection")) // the objection form takes evidence: multipart
                .header("Authorization", "Bearer " + TestTokens.forRole(Role.APPLICANT)).header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("The form sent was incomplete or malformed"), response.body());
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> app.shortlist.results.Objection.count()));
    }
}
