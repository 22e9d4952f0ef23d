package app.shortlist.e2e;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Sets up an open contest through the admin API, as an organiser would. */
final class Programs {

    private Programs() {
    }

    /** An open contest with one track, a required summary and a required PDF business plan; returns its id. */
    static long openContest(String baseUri, String code) {
        return openContest(baseUri, code, List.of(
                Map.of("kind", "SCREENING", "name", Map.of("zh", "资格初审", "en", "Qualification review")),
                Map.of("kind", "SCORING", "name", Map.of("zh", "海选", "en", "Open selection"))));
    }

    /** The same contest with the given rounds ({@code kind} and bilingual {@code name} each), in order. */
    static long openContest(String baseUri, String code, List<Map<String, Object>> rounds) {
        String admin = KeycloakTokens.of("admin");
        Map<String, Object> definition = Map.of(
                "code", code,
                "kind", "COMPETITION",
                "name", Map.of("zh", "端到端测试大赛 " + code, "en", "End-to-end contest " + code),
                "organiser", Map.of("zh", "杭州市人力资源和社会保障局", "en", "Hangzhou Human Resources Bureau"),
                "opensAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                "submissionDeadline", Instant.now().plus(Duration.ofDays(7)).toString(),
                "tracks", List.of(Map.of("name", Map.of("zh", "数字经济组", "en", "Digital economy"))),
                "rounds", rounds,
                "fields", List.of(
                        Map.of("key", "summary", "type", "LONG_TEXT", "required", true,
                                "label", Map.of("zh", "项目简介", "en", "Project summary")),
                        Map.of("key", "business_plan", "type", "FILE", "required", true, "allowedTypes", "PDF",
                                "maxBytes", 5 * 1024 * 1024,
                                "label", Map.of("zh", "商业计划书", "en", "Business plan"))));
        Number id = given().baseUri(baseUri).auth().oauth2(admin).contentType("application/json").body(definition)
                .post("/api/v1/programs").then().statusCode(201).extract().path("id");
        given().baseUri(baseUri).auth().oauth2(admin).contentType("application/json")
                .post("/api/v1/programs/" + id + "/open").then().statusCode(200);
        return id.longValue();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
