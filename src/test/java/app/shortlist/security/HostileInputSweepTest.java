package app.shortlist.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.judging.PoolMember;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Hostile values into every form of the staff, judge, recommender and applicant pages (found by reading the
 * pages themselves) and into every JSON body of the API (shaped by the OpenAPI document): script, very long,
 * out-of-range numbers, malformed text. None may end in a server error, and whatever is shown back must be
 * escaped; the messages for each kind of refusal are checked by the focused tests (TextAbuseTest, UploadAbuseTest,
 * DatesAndAmountsTest, HostileTextTest).
 */
@QuarkusTest
class HostileInputSweepTest {

    static final String SCRIPT = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
    static final Map<String, Function<String, String>> PAYLOADS = new LinkedHashMap<>();
    static {
        PAYLOADS.put("script", original -> SCRIPT);
        PAYLOADS.put("very long", original -> "长".repeat(20_000));
        PAYLOADS.put("huge number", original -> "99999999999999999999999999999");
        PAYLOADS.put("negative number", original -> "-1");
        PAYLOADS.put("not a number", original -> "1e400");
        PAYLOADS.put("formula", original -> "=HYPERLINK(\"http://evil.example\")");
    }

    final Map<String, String> tokens = new LinkedHashMap<>();
    final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeEach
    void fixtures() {
        TestData.ScoringRound sr = TestData.scoringRound("HOST", 2, 2, 1);
        TestData.Assigned assigned = TestData.assign(sr).get(0);
        TestData.RecommendationProgram rp = TestData.recommendationProgram("HOSTR", null, 2);
        String alice = TestTokens.of("alice", Role.APPLICANT);
        long application = given().auth().oauth2(alice).contentType(ContentType.JSON)
                .post("/api/v1/programs/" + sr.programId() + "/applications").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        tokens.put("admin", TestTokens.forRole(Role.ADMIN));
        tokens.put("screener", TestTokens.forRole(Role.SCREENER));
        tokens.put("judge", TestTokens.of(assigned.judgeUsername(), Role.JUDGE));
        tokens.put("recommender", TestTokens.forRole(Role.RECOMMENDER));
        tokens.put("applicant", alice);
        ids.put("programId", String.valueOf(sr.programId()));
        ids.put("roundId", String.valueOf(sr.roundId()));
        ids.put("applicationId", String.valueOf(application));
        ids.put("submittedId", String.valueOf(sr.applicationIds().get(0)));
        ids.put("assignmentId", String.valueOf(assigned.assignmentId()));
        ids.put("entryId", String.valueOf(sr.entryIds().get(0)));
        ids.put("judgeId", String.valueOf(sr.judgeIds().get(0)));
        ids.put("memberId", String.valueOf(QuarkusTransaction.requiringNew().call(
                () -> PoolMember.<PoolMember> find("judge.id", sr.judgeIds().get(0)).firstResult().id)));
        ids.put("unitId", String.valueOf(rp.unitA()));
        ids.put("recommendationEntryId", String.valueOf(rp.entriesA().get(0)));
        ids.put("recommendationProgramId", String.valueOf(rp.programId()));
        ids.put("recommendationRoundId", String.valueOf(rp.roundId()));
    }

    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    /** The pages whose forms are swept, each with the caller who works there. */
    List<String[]> pages() {
        List<String[]> pages = new ArrayList<>();
        // the people whose access the admin's forms could take away (a unit member, a pool member) go first
        pages.add(new String[] { "applicant", "/applications/{applicationId}/edit" });
        pages.add(new String[] { "applicant", "/programs/{programId}" });
        pages.add(new String[] { "judge", "/judging/assignments/{assignmentId}" });
        pages.add(new String[] { "judge", "/judging/conflicts" });
        pages.add(new String[] { "recommender", "/recommendation/units/{unitId}" });
        pages.add(new String[] { "recommender", "/recommendation/entries/{recommendationEntryId}" });
        for (String page : List.of("/admin/programs", "/admin/programs/{programId}", "/admin/programs/{programId}/edit",
                "/admin/programs/{programId}/form", "/admin/programs/{programId}/structure",
                "/admin/rounds/{roundId}", "/admin/rounds/{roundId}/judges", "/admin/judges", "/admin/judges/{judgeId}",
                "/admin/rounds/{roundId}/assignments", "/admin/rounds/{roundId}/ranking",
                "/admin/rounds/{roundId}/progress", "/admin/programs/{programId}/results",
                "/admin/programs/{recommendationProgramId}/units", "/screening/programs/{programId}/setup",
                "/admin/applications/{submittedId}", "/recommendation/rounds/{recommendationRoundId}")) {
            pages.add(new String[] { "admin", page });
        }
        return pages;
    }

    @Test
    void noFormAnswersHostileValuesWithAServerErrorAndEveryPageShowsThemEscaped() {
        List<String> failures = new ArrayList<>();
        int forms = 0;
        for (String[] page : pages()) {
            String path = withIds(page[1]);
            Response r = given().auth().oauth2(tokens.get(page[0])).redirects().follow(false).get(path);
            if (r.statusCode() != 200) {
                failures.add("GET " + path + " as " + page[0] + ": " + r.statusCode());
                continue;
            }
            for (Form form : Form.parse(r.asString())) {
                forms++;
                for (Map.Entry<String, Function<String, String>> payload : PAYLOADS.entrySet()) {
                    int status = form.post(tokens.get(page[0]), payload.getValue());
                    if (status >= 500) {
                        failures.add("POST " + form.action + " (" + payload.getKey() + ") as " + page[0] + ": " + status);
                    }
                }
                int status = form.postRaw(tokens.get(page[0]), "%C3%28%FF");
                if (status >= 500) {
                    failures.add("POST " + form.action + " (invalid UTF-8) as " + page[0] + ": " + status);
                }
            }
        }
        for (String[] page : pages()) {
            String body = given().auth().oauth2(tokens.get(page[0])).get(withIds(page[1])).asString();
            if (body.contains("<script>alert") || body.contains("<img src=x")) {
                failures.add("unescaped on " + page[1]);
            }
        }
        assertEquals(List.of(), failures, forms + " forms swept");
    }

    @Test
    void noJsonBodyAnswersHostileValuesWithAServerError() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().accept(ContentType.JSON).get("/q/openapi?format=json").asString());
        List<String> failures = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger operations = new java.util.concurrent.atomic.AtomicInteger();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode schema = op.getValue().at("/requestBody/content/application~1json/schema");
            if (schema.isMissingNode()) {
                return;
            }
            String url = withApiIds(path.getKey());
            operations.incrementAndGet();
            for (Map.Entry<String, Function<String, String>> payload : PAYLOADS.entrySet()) {
                JsonNode body = sample(api, schema, payload.getValue().apply(""), 0);
                for (Map.Entry<String, String> caller : tokens.entrySet()) {
                    int status = given().auth().oauth2(caller.getValue()).contentType(ContentType.JSON)
                            .body(body.toString()).request(op.getKey().toUpperCase(), url).statusCode();
                    if (status >= 500) {
                        failures.add(op.getKey().toUpperCase() + " " + url + " (" + payload.getKey() + ") as "
                                + caller.getKey() + ": " + status);
                    }
                }
            }
            byte[] invalid = { '{', '"', 'x', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}' };
            int status = given().auth().oauth2(tokens.get("admin")).contentType("application/json; charset=UTF-8")
                    .body(invalid).request(op.getKey().toUpperCase(), url).statusCode();
            if (status >= 500) {
                failures.add(op.getKey().toUpperCase() + " " + url + " (invalid UTF-8): " + status);
            }
        }));
        assertTrue(operations.get() > 30, operations + " operations with a JSON body in the OpenAPI document");
        assertEquals(List.of(), failures);
    }

    /** A body of the schema's shape with every string, number and id set to the hostile value. */
    static JsonNode sample(JsonNode api, JsonNode schema, String value, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return depth > 6 ? f.nullNode() : sample(api, api.at("/components/schemas/" + name), value, depth + 1);
        }
        if (schema.has("allOf")) {
            return sample(api, schema.get("allOf").get(0), value, depth);
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "array" -> {
                ArrayNode a = f.arrayNode();
                a.add(sample(api, schema.path("items"), value, depth + 1));
                return a;
            }
            case "integer", "number" -> {
                return f.textNode(value).asText().matches("-?[0-9.eE]+") ? f.numberNode(new java.math.BigDecimal(value))
                        : f.textNode(value);
            }
            case "boolean" -> {
                return f.booleanNode(true);
            }
            case "string" -> {
                return f.textNode(value);
            }
            default -> {
                ObjectNode o = f.objectNode();
                schema.path("properties").fields()
                        .forEachRemaining(p -> o.set(p.getKey(), sample(api, p.getValue(), value, depth + 1)));
                if (schema.has("additionalProperties")) {
                    o.set("key", sample(api, schema.get("additionalProperties"), value, depth + 1));
                }
                return o;
            }
        }
    }

    String withIds(String path) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, ids.getOrDefault(m.group(1), "987654321"));
        }
        return m.appendTail(out).toString();
    }

    /** API paths take the fixture's ids; parameters the fixture has no object for get a missing one. */
    String withApiIds(String path) {
        return withIds(path.replace("{applicationId}", "{submittedId}"));
    }

    /** A form on a page: its action and fields (hidden ones keep their value; the token is the page's own). */
    record Form(String action, boolean multipart, Map<String, String> fields, Csrf.Token token) {

        static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL);
        static final Pattern FIELD = Pattern.compile("<(input|textarea|select)([^>]*)>", Pattern.DOTALL);

        static List<Form> parse(String html) {
            List<Form> forms = new ArrayList<>();
            Matcher m = FORM.matcher(html);
            while (m.find()) {
                String head = m.group(1);
                if (!attr(head, "method").equalsIgnoreCase("post")) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                String csrf = null;
                Matcher f = FIELD.matcher(m.group(2));
                while (f.find()) {
                    String name = attr(f.group(2), "name");
                    String type = attr(f.group(2), "type");
                    if (name.isEmpty() || type.equals("file") || type.equals("submit")) {
                        continue;
                    }
                    if (name.equals(Csrf.FIELD)) {
                        csrf = attr(f.group(2), "value");
                        continue;
                    }
                    fields.put(name, type.equals("hidden") ? attr(f.group(2), "value") : null);
                }
                if (csrf != null) {
                    forms.add(new Form(attr(head, "action").replace("&amp;", "&"),
                            attr(head, "enctype").contains("multipart"), fields, null));
                }
            }
            return forms;
        }

        static String attr(String tag, String name) {
            Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
            return m.find() ? m.group(1) : "";
        }

        int post(String token, Function<String, String> payload) {
            Csrf.Token csrf = Csrf.from("/");
            var request = given().auth().oauth2(token).redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie());
            if (multipart) {
                request.multiPart(Csrf.FIELD, csrf.field());
                fields.forEach((k, v) -> request.multiPart(k, v != null ? v : payload.apply("")));
            } else {
                request.contentType(ContentType.URLENC).formParam(Csrf.FIELD, csrf.field());
                fields.forEach((k, v) -> request.formParam(k, v != null ? v : payload.apply("")));
            }
            return request.post(action).statusCode();
        }

        /** Every free field set to the given percent-encoded bytes, as a browser with a broken encoder might send. */
        int postRaw(String token, String encoded) {
            if (multipart) {
                return 400;
            }
            Csrf.Token csrf = Csrf.from("/");
            StringBuilder body = new StringBuilder(Csrf.FIELD + "=" + java.net.URLEncoder.encode(csrf.field(), StandardCharsets.UTF_8));
            fields.forEach((k, v) -> body.append('&').append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(v != null ? java.net.URLEncoder.encode(v, StandardCharsets.UTF_8) : encoded));
            return given().auth().oauth2(token).redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie())
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").body(body.toString())
                    .post(action).statusCode();
        }
    }
}
