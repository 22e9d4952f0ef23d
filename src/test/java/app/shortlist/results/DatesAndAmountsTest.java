package app.shortlist.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.program.Round;
import app.shortlist.support.Acting;
import app.shortlist.support.DatabaseSnapshot;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Numbers and dates out of their range or order, through the API: negative, huge or over-precise amounts, a
 * notice period that ends before it starts, a round that closes before it opens, ids that are forged. Each is
 * refused with its message and nothing changes.
 */
@QuarkusTest
class DatesAndAmountsTest {

    @Inject
    ResultListService service;

    ResultsFixture f;
    long listId;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        f = ResultsFixture.confirmed("DAT");
        listId = Acting.as("admin", Role.ADMIN, () -> service.create(f.sr().programId(), f.sr().roundId(), "名单",
                "List", Grouping.DIRECTION).id);
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void amountsOutOfRangeAreRefused() {
        Map<String, List<String>> before = DatabaseSnapshot.take();
        for (Object amount : List.of(-1, new java.math.BigDecimal("1e20"), new java.math.BigDecimal("0.001"),
                new java.math.BigDecimal("99999999999999999999999999999"))) {
            admin("en").body(Map.of("proposedAmount", amount)).put("/api/v1/result-lists/" + listId + "/rows/" + f.app(1))
                    .then().statusCode(422).body("code", equalTo("amount_invalid"));
        }
        admin("en").body("{\"proposedAmount\":\"lots\"}").put("/api/v1/result-lists/" + listId + "/rows/" + f.app(1))
                .then().statusCode(400);
        assertEquals(before, DatabaseSnapshot.take());
    }

    @Test
    void aNoticePeriodThatEndsBeforeItStartsIsRefused() {
        Map<String, List<String>> before = DatabaseSnapshot.take();
        Instant now = Instant.now();
        admin("en").body(Map.of("noticeStartsAt", now.plus(Duration.ofDays(7)).toString(), "noticeEndsAt",
                now.plus(Duration.ofDays(1)).toString())).post("/api/v1/result-lists/" + listId + "/publish").then()
                .statusCode(422).body("code", equalTo("notice_incomplete"));
        admin("zh-CN").body(Map.of("noticeStartsAt", now.minus(Duration.ofDays(7)).toString(), "noticeEndsAt",
                now.minus(Duration.ofDays(1)).toString())).post("/api/v1/result-lists/" + listId + "/publish").then()
                .statusCode(422).body("message", equalTo("公示期须同时填写开始和结束时间，且结束晚于开始、晚于现在。"));
        assertEquals(before, DatabaseSnapshot.take());
    }

    @Test
    void aRoundThatClosesBeforeItOpensIsRefused() {
        long roundId = f.sr().nextRoundId();
        Round r = QuarkusTransaction.requiringNew().call(() -> Round.findById(roundId));
        Map<String, Object> body = new HashMap<>();
        body.put("version", r.version);
        body.put("judgesPerEntry", r.judgesPerEntry);
        body.put("blind", r.blind);
        body.put("live", r.live);
        body.put("aggregation", r.aggregation.name());
        body.put("tieBreaks", r.tieBreaks);
        body.put("ruleKind", r.ruleKind == null ? null : r.ruleKind.name());
        body.put("startsAt", Instant.now().plus(Duration.ofDays(10)).toString());
        body.put("endsAt", Instant.now().plus(Duration.ofDays(3)).toString());
        Map<String, List<String>> before = DatabaseSnapshot.take();
        admin("en").body(body).put("/api/v1/rounds/" + roundId).then().statusCode(422)
                .body("fields.endsAt", equalTo("The close time must come after the start."));
        assertEquals(before, DatabaseSnapshot.take());
    }

    @Test
    void forgedIdsAreNotFoundOrUnreadableNeverAServerError() {
        for (String id : List.of("-1", "0", "99999999999999999999", "abc", "1e3", "%00", "1;DROP TABLE program")) {
            admin("en").get("/api/v1/result-lists/" + id).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(404),
                    equalTo(400)));
            given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).get("/admin/results/" + id).then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(404), equalTo(400)));
            given().get("/results/" + id).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(404), equalTo(400)));
        }
    }

    static RequestSpecification admin(String lang) {
        return given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", lang)
                .contentType(ContentType.JSON);
    }
}
