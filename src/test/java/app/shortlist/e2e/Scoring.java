package app.shortlist.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scoring rounds through the API, as the walk-throughs need them: an admin sets one up, and a judge
 * submits every open scorecard with the scores the scenario gives each project.
 */
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

    /** A demo judge of the walk-through: username, display name and organisation. */
    record Expert(String username, String name, String organisation) {
    }

    /**
     * Registers the judges (kept if already in the registry, as the e2e database is shared by every
     * walk-through), puts them in the round's pool, sets a two-criterion rubric with 2 judges per entry and
     * the top {@code topN} going on, opens the round and runs the assignment.
     */
    static void setUp(String base, String adminToken, long roundId, int topN, Expert... experts) {
        List<Map<String, Object>> registry = api(base, adminToken).get("/api/v1/judges").then().statusCode(200).extract()
                .jsonPath().getList("$");
        for (Expert expert : experts) {
            Object judgeId = registry.stream().filter(j -> expert.username().equals(j.get("username")))
                    .map(j -> j.get("id")).findFirst()
                    .orElseGet(() -> api(base, adminToken)
                            .body(Map.of("username", expert.username(), "name", expert.name(), "email",
                                    expert.username() + "@example.cn", "organisation", expert.organisation()))
                            .post("/api/v1/judges").then().statusCode(201).extract().path("id"));
            api(base, adminToken).body(Map.of("judgeId", judgeId)).post("/api/v1/rounds/" + roundId + "/judges").then()
                    .statusCode(201);
        }
        long version = api(base, adminToken).get("/api/v1/rounds/" + roundId).then().statusCode(200).extract()
                .jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("judgesPerEntry", 2);
        body.put("aggregation", "MEAN");
        body.put("ruleKind", "TOP_N");
        body.put("ruleN", topN);
        body.put("criteria", List.of(
                criterion("innovation", "创新性", "Innovation", 60),
                criterion("market", "市场前景", "Market potential", 40)));
        api(base, adminToken).body(body).put("/api/v1/rounds/" + roundId).then().statusCode(200);
        api(base, adminToken).post("/api/v1/rounds/" + roundId + "/open").then().statusCode(200);
        api(base, adminToken).post("/api/v1/rounds/" + roundId + "/assignments").then().statusCode(200);
    }

    private static Map<String, Object> criterion(String key, String zh, String en, int weight) {
        return Map.of("key", key, "nameZh", zh, "nameEn", en, "min", 0, "max", 10, "step", 0.5, "weight", weight);
    }

    private static io.restassured.specification.RequestSpecification api(String base, String token) {
        return given().baseUri(base).auth().oauth2(token).contentType("application/json");
    }
}
