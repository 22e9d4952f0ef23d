package app.shortlist.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A judge submits every open scorecard through the API, with the scores the scenario gives each project. */
final class Scoring {

    private Scoring() {
    }

    /** @return how many of the judge's assignments there were */
    static int submitOpen(String base, String username, Map<String, Map<String, String>> scoresByProject,
            String comment) {
        String token = KeycloakTokens.of(username);
        List<Map<String, Object>> mine = given().baseUri(base).auth().oauth2(token).get("/api/v1/me/assignments")
                .then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> a : mine) {
            if (!"SUBMITTED".equals(a.get("scorecard"))) {
                Map<String, Object> body = new HashMap<>();
                body.put("version", null);
                body.put("scores", scoresByProject.get((String) a.get("projectName")));
                body.put("comment", comment);
                given().baseUri(base).auth().oauth2(token).contentType("application/json").body(body)
                        .post("/api/v1/assignments/" + a.get("id") + "/scorecard/submit").then().statusCode(200)
                        .body("status", equalTo("SUBMITTED"));
            }
        }
        return mine.size();
    }
}
