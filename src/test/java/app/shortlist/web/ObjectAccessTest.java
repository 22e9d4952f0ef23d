package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.DatabaseSnapshot;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The object-level rules of the access matrix, with real objects: owner only, assigned judge only, own unit only,
 * open round only. The rightful caller reaches the object (so the id is real); everyone else gets 404 on every
 * page and API route that names it — also for guessed neighbouring ids — and nothing is written.
 */
@QuarkusTest
class ObjectAccessTest {

    static final String ALICE = TestTokens.of("alice", Role.APPLICANT);
    static final String BOB = TestTokens.of("bob", Role.APPLICANT);

    /** A request to try: verb and path, with a form (pages) or JSON body (API) as the route takes. */
    record Attempt(String method, String path) {
        static Attempt of(String route) {
            String[] parts = route.split(" ", 2);
            return new Attempt(parts[0], parts[1]);
        }
    }

    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    @Test
    void onlyTheOwnerReachesAnApplicationAndItsAttachments() {
        TestData.Contest contest = TestData.openContest("OBJA");
        long id = api(ALICE).post("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long attachment = api(ALICE).contentType("application/octet-stream").queryParam("field", "business_plan")
                .queryParam("name", "plan.pdf").body(TestData.pdf())
                .post("/api/v1/applications/" + id + "/attachments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        api(ALICE).get("/api/v1/applications/" + id).then().statusCode(200);
        page(ALICE).get("/applications/" + id).then().statusCode(200);
        page(ALICE).get("/applications/" + id + "/attachments/" + attachment).then().statusCode(200);

        List<String> routes = List.of("GET /applications/{a}", "GET /applications/{a}/edit",
                "POST /applications/{a}/edit", "GET /applications/{a}/withdraw", "POST /applications/{a}/withdraw",
                "GET /applications/{a}/attachments/{f}", "POST /applications/{a}/attachments/{f}/delete",
                "GET /api/v1/applications/{a}", "PUT /api/v1/applications/{a}", "POST /api/v1/applications/{a}/submit",
                "POST /api/v1/applications/{a}/withdraw", "GET /api/v1/applications/{a}/attachments",
                "GET /api/v1/applications/{a}/attachments/{f}", "DELETE /api/v1/applications/{a}/attachments/{f}");
        refusedEverywhere(BOB, routes, Map.of("a", id, "f", attachment));
        // Alice guessing a neighbour's ids sees the same as Bob does
        refusedEverywhere(ALICE, routes, Map.of("a", id + 1, "f", attachment + 1));
    }

    @Test
    void onlyTheAssignedJudgeReachesAnAssignmentAndItsScorecard() {
        TestData.ScoringRound sr = TestData.scoringRound("OBJJ", 2, 2, 1);
        List<TestData.Assigned> assigned = TestData.assign(sr);
        TestData.Assigned mine = assigned.get(0);
        TestData.Assigned theirs = assigned.get(1);
        String me = TestTokens.of(mine.judgeUsername(), Role.JUDGE);
        scorecard(me, mine.assignmentId()).statusCode(200);
        page(me).get("/judging/assignments/" + mine.assignmentId()).then().statusCode(200);

        List<String> routes = List.of("GET /judging/assignments/{a}", "POST /judging/assignments/{a}",
                "POST /judging/assignments/{a}/autosave", "POST /judging/assignments/{a}/recuse",
                "GET /api/v1/assignments/{a}", "GET /api/v1/assignments/{a}/scorecard",
                "PUT /api/v1/assignments/{a}/scorecard", "POST /api/v1/assignments/{a}/scorecard/submit",
                "POST /api/v1/assignments/{a}/recuse");
        refusedEverywhere(me, routes, Map.of("a", theirs.assignmentId()));
        refusedEverywhere(me, routes, Map.of("a", theirs.assignmentId() + 1000));
        // the other judge of the registry, and a judge who is in no registry at all
        refusedEverywhere(TestTokens.forRole(Role.JUDGE), routes, Map.of("a", mine.assignmentId()));
    }

    @Test
    void aScorecardIsOnlyReachableInAStartedRoundAndOnlyWritableInAnOpenOne() {
        TestData.ScoringRound sr = TestData.scoringRound("OBJR", 1, 1, 1);
        TestData.Assigned mine = TestData.assign(sr).get(0);
        String me = TestTokens.of(mine.judgeUsername(), Role.JUDGE);
        roundState(sr.roundId(), RoundState.PENDING);
        refusedEverywhere(me, List.of("GET /judging/assignments/{a}", "POST /judging/assignments/{a}",
                "GET /api/v1/assignments/{a}", "GET /api/v1/assignments/{a}/scorecard",
                "PUT /api/v1/assignments/{a}/scorecard", "POST /api/v1/assignments/{a}/scorecard/submit"),
                Map.of("a", mine.assignmentId()));

        roundState(sr.roundId(), RoundState.CLOSED);
        Map<String, List<String>> before = DatabaseSnapshot.take();
        api(me).header("Accept-Language", "en").body(Map.of("scores", Map.of("innovation", 8)))
                .put("/api/v1/assignments/" + mine.assignmentId() + "/scorecard").then().statusCode(409)
                .body("message", org.hamcrest.Matchers.containsString("scores can no longer be changed"));
        Csrf.from("/").on(page(me).contentType(ContentType.URLENC)).formParam("s.innovation", "8")
                .post("/judging/assignments/" + mine.assignmentId()).then().statusCode(409);
        assertEquals(before, DatabaseSnapshot.take());
    }

    @Test
    void aRecommenderReachesOnlyTheirOwnUnit() {
        TestData.RecommendationProgram rp = TestData.recommendationProgram("OBJU", null, 2);
        String recommender = TestTokens.forRole(Role.RECOMMENDER); // bound to unit A
        page(recommender).get("/recommendation/units/" + rp.unitA()).then().statusCode(200);
        page(recommender).get("/recommendation/entries/" + rp.entriesA().get(0)).then().statusCode(200);
        api(recommender).get("/api/v1/units/" + rp.unitA() + "/recommendations").then().statusCode(200);

        refusedEverywhere(recommender, List.of("GET /recommendation/units/{u}", "POST /recommendation/units/{u}/submit",
                "GET /recommendation/entries/{e}", "POST /recommendation/entries/{e}/opinion",
                "POST /recommendation/entries/{e}/unrecommend", "POST /recommendation/entries/{e}/move",
                "POST /recommendation/entries/{e}/return", "GET /api/v1/units/{u}/recommendations",
                "PUT /api/v1/units/{u}/recommendations", "POST /api/v1/units/{u}/recommendations/submit",
                "POST /api/v1/units/{u}/recommendations/{a}/correction"),
                Map.of("u", rp.unitB(), "e", rp.entriesB().get(0), "a", rp.applicationsB().get(0)));
        // another unit's application through one's own unit
        refusedEverywhere(recommender, List.of("POST /api/v1/units/{u}/recommendations/{a}/correction"),
                Map.of("u", rp.unitA(), "a", rp.applicationsB().get(0)));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** Every route answers 404 to {@code caller} and the database is untouched. */
    static void refusedEverywhere(String caller, List<String> routes, Map<String, Long> ids) {
        Map<String, List<String>> before = DatabaseSnapshot.take();
        List<String> failures = new ArrayList<>();
        for (String route : routes) {
            Attempt attempt = Attempt.of(route);
            String path = attempt.path();
            for (Map.Entry<String, Long> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
            }
            int status = send(caller, attempt.method(), path);
            if (status != 404) {
                failures.add(route + " → " + path + ": " + status);
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, DatabaseSnapshot.take());
    }

    static int send(String caller, String method, String path) {
        if (path.startsWith("/api/")) {
            RequestSpecification r = api(caller);
            if (method.equals("PUT") || method.equals("POST")) {
                r.body(Map.of("version", 0, "values", Map.of(), "scores", Map.of(), "order", List.of(),
                        "message", "x", "reason", "x"));
            }
            return r.request(method, path).statusCode();
        }
        RequestSpecification r = page(caller);
        if (method.equals("POST")) {
            r = Csrf.from("/").on(r.contentType(ContentType.URLENC)).formParam("version", "0")
                    .formParam("message", "x").formParam("position", "1");
        }
        return r.request(method, path).statusCode();
    }

    static RequestSpecification api(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).redirects().follow(false);
    }

    static RequestSpecification page(String token) {
        return given().auth().oauth2(token).redirects().follow(false);
    }

    static io.restassured.response.ValidatableResponse scorecard(String token, long assignmentId) {
        return api(token).get("/api/v1/assignments/" + assignmentId + "/scorecard").then();
    }

    static void roundState(long roundId, RoundState state) {
        QuarkusTransaction.requiringNew().run(() -> Round.<Round> findById(roundId).state = state);
    }
}
