package app.shortlist.e2e;

import static io.restassured.RestAssured.given;

/** Real access tokens from the e2e Keycloak, by the password grant of the shortlist-api client. */
final class KeycloakTokens {

    private KeycloakTokens() {
    }

    static String of(String username) {
        return given().baseUri(KeycloakServer.REALM_URL).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "shortlist-api")
                .formParam("username", username).formParam("password", "demo")
                .post("/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
