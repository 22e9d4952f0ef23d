package app.shortlist.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeResourceTest {

    @Test
    void judgeSeesOwnNameAndRole() {
        given().auth().oauth2(TestTokens.forRole(Role.JUDGE))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("judge1"))
                .body("email", equalTo("judge1@demo.shortlist.local"))
                .body("roles", contains("judge"));
    }

    @Test
    void personWithSeveralRolesSeesThemAllInOrder() {
        given().auth().oauth2(TestTokens.of("chen", Role.APPLICANT, Role.JUDGE, Role.ADMIN, "offline_access"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("admin", "judge", "applicant"));
    }

    @Test
    void anonymousApiCallGets401NotALoginRedirect() {
        given().redirects().follow(false)
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() {
        String token = TestTokens.forRole(Role.ADMIN);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void applicantIsForbiddenOnAdminApiWithJsonError() {
        given().auth().oauth2(TestTokens.forRole(Role.APPLICANT)).header("Accept-Language", "en")
                .when().get("/api/v1/programs")
                .then().statusCode(403)
                .body("code", equalTo("forbidden"))
                .body("message", containsString("role"));
    }

    @Test
    void sessionCookiesNeverAuthenticateTheApi() {
        // Only bearer tokens count under /api: a stray cookie is not a credential.
        given().redirects().follow(false).cookie("q_session", "anything")
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }
}
