package app.shortlist.funding;

import static io.restassured.RestAssured.given;

import java.util.List;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What the recommendation tests share: callers, requests, database reads. */
final class RecommendationSupport {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);
    /** Bound to unit A by {@code TestData.recommendationProgram}. */
    static final String REC_A = TestTokens.of("recommender", Role.RECOMMENDER);
    /** Bound to unit B. */
    static final String REC_B = TestTokens.of("recommender-b", Role.RECOMMENDER);
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private RecommendationSupport() {
    }

    static RequestSpecification api(String token, String lang) {
        return given().auth().oauth2(token).header("Accept-Language", lang).contentType(ContentType.JSON);
    }

    static RequestSpecification page(String token, String lang) {
        return given().redirects().follow(false).auth().oauth2(token).header("Accept-Language", lang);
    }

    static RequestSpecification form(String token, String lang) {
        return Csrf.from("/").on(page(token, lang).contentType(FORM));
    }

    static String units(long unitId) {
        return "/api/v1/units/" + unitId + "/recommendations";
    }

    /** The unit's recommended application ids in priority order, from the database. */
    static List<Long> order(long roundId, long unitId) {
        return QuarkusTransaction.requiringNew().call(() -> Recommendation.<Recommendation>list(
                "round.id = ?1 and unit.id = ?2 and priority is not null order by priority", roundId, unitId).stream()
                .map(r -> r.entry.application.id).toList());
    }

    static RoundEntry entry(long entryId) {
        return QuarkusTransaction.requiringNew().call(() -> RoundEntry.findById(entryId));
    }

    static List<String> actions(String type, long id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.forEntity(type, id).stream().map(a -> a.action).toList());
    }

    static List<AuditEntry> audit(String type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.forEntity(type, id));
    }

    static UnitList list(long roundId, long unitId) {
        return QuarkusTransaction.requiringNew().call(() -> UnitList.of(roundId, unitId));
    }
}
