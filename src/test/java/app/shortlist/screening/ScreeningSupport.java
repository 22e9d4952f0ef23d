package app.shortlist.screening;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.notification.Notification;
import app.shortlist.pipeline.Pipeline;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What the screening tests share: real submissions through the API, form posts, database reads. */
final class ScreeningSupport {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);
    static final String SCREENER = TestTokens.forRole(Role.SCREENER);
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private ScreeningSupport() {
    }

    /** A draft filled in, its business plan uploaded and submitted by {@code user}, as an applicant would. */
    static long submit(TestData.Contest contest, String user, String project, String organisation, String country) {
        String token = TestTokens.of(user, Role.APPLICANT);
        long id = ((Number) given().auth().oauth2(token).contentType(ContentType.JSON)
                .post("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(201)
                .extract().path("id")).longValue();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", 0, "values",
                values(contest, project, organisation, country, "s"))).put("/api/v1/applications/" + id)
                .then().statusCode(200);
        given().auth().oauth2(token).contentType("application/pdf").queryParam("field", "business_plan")
                .queryParam("name", "p.pdf").body(TestData.pdf()).post("/api/v1/applications/" + id + "/attachments")
                .then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/applications/" + id + "/submit")
                .then().statusCode(200);
        return id;
    }

    static Map<String, String> values(TestData.Contest contest, String project, String organisation, String country,
            String summary) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("projectName", project);
        v.put("organisation", organisation);
        v.put("contactName", "王");
        v.put("phone", "13800000000");
        v.put("email", "a@example.cn");
        v.put("trackId", String.valueOf(contest.trackId()));
        v.put("countryRegion", country);
        v.put("summary", summary);
        return v;
    }

    static RoundEntry entry(long roundId, long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> Pipeline.entry(roundId, applicationId).orElseThrow());
    }

    static RoundEntry entry(long entryId) {
        return QuarkusTransaction.requiringNew().call(() -> RoundEntry.findById(entryId));
    }

    static List<AuditEntry> audit(String type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.forEntity(type, id));
    }

    static List<Notification> mails(long applicationId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.list("applicationId = ?1 order by id", applicationId));
    }

    /** A page form post with the CSRF token, in {@code lang}, not following the redirect. */
    static RequestSpecification form(String token, String lang) {
        return Csrf.from("/").on(given().redirects().follow(false).auth().oauth2(token).header("Accept-Language", lang)
                .contentType(FORM));
    }

    static RequestSpecification api(String token, String lang) {
        return given().auth().oauth2(token).header("Accept-Language", lang).contentType(ContentType.JSON);
    }

    /** Sets entries' states directly (fixtures for counts and refusals). */
    static void setState(List<Long> entryIds, app.shortlist.pipeline.EntryState state) {
        QuarkusTransaction.requiringNew().run(() -> RoundEntry.update("state = ?1 where id in ?2", state, entryIds));
    }
}
