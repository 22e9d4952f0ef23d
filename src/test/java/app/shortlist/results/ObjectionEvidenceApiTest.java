package app.shortlist.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.Acting;
import app.shortlist.support.TestClock;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * An objection with its evidence file through the API (base64 in the JSON body): the file is checked
 * as on the page (type by content, name, 10 MB), stored with the objection or nothing is stored, and
 * read back by the admin and by the objector only.
 */
@QuarkusTest
class ObjectionEvidenceApiTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);
    static final String CITIZEN = TestTokens.of("citizen", Role.APPLICANT);

    @Inject
    TestClock clock;

    @Inject
    ResultListService service;

    ResultsFixture f;
    long listId;
    Instant end;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        f = ResultsFixture.confirmed("EV");
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        end = now.plus(Duration.ofHours(1));
        listId = Acting.as("admin", Role.ADMIN, () -> {
            ResultList l = service.create(f.sr().programId(), f.sr().roundId(), "拟支持项目名单", "Proposed list",
                    Grouping.DIRECTION);
            service.publish(l.id, now.minus(Duration.ofHours(1)), end, null, false);
            return l.id;
        });
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        TestData.wipe();
    }

    @Test
    void aGoodFileIsStoredWithTheObjectionAndReadByTheAdminAndTheObjectorOnly() {
        Response filed = filing(given().auth().oauth2(CITIZEN), TestData.pdf(), "专利证明.pdf")
                .post(objections());
        assertEquals(201, filed.statusCode(), filed.asString());
        assertEquals("专利证明.pdf", filed.jsonPath().getString("evidenceName"));
        long id = filed.jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> {
            Objection o = Objection.findById(id);
            assertArrayEquals(TestData.pdf(), o.evidence);
            assertEquals("application/pdf", o.evidenceType);
            assertEquals("张三", o.realName);
        });

        for (String reader : new String[] { ADMIN, CITIZEN }) {
            byte[] body = given().auth().oauth2(reader).get(objections() + "/" + id + "/evidence").then().statusCode(200)
                    .contentType("application/pdf").header("Content-Disposition", equalTo(
                            "attachment; filename*=UTF-8''%E4%B8%93%E5%88%A9%E8%AF%81%E6%98%8E.pdf"))
                    .extract().asByteArray();
            assertArrayEquals(TestData.pdf(), body);
            given().auth().oauth2(reader).get(objections() + "/" + id).then().statusCode(200)
                    .body("reasons", equalTo("该项目的专利不属于申报单位。")).body("evidenceName", equalTo("专利证明.pdf"));
        }
        String someoneElse = TestTokens.of("neighbour", Role.APPLICANT);
        given().auth().oauth2(someoneElse).get(objections() + "/" + id + "/evidence").then().statusCode(404);
        given().auth().oauth2(someoneElse).get(objections() + "/" + id).then().statusCode(404);
        given().get(objections() + "/" + id + "/evidence").then().statusCode(401);
    }

    @Test
    void aFileWhoseContentIsNotAnAcceptedTypeIsRefusedAndNothingIsStored() {
        byte[] script = "#!/bin/sh\necho not a pdf\n".getBytes(StandardCharsets.US_ASCII);
        filing(given().auth().oauth2(CITIZEN).header("Accept-Language", "en"), script, "证明.pdf")
                .post(objections()).then().statusCode(415).body("code", equalTo("evidence_type"))
                .body("message", org.hamcrest.Matchers.containsString("judged by its content"));
        // a PDF under another file type's name is refused too
        filing(given().auth().oauth2(CITIZEN), TestData.pdf(), "证明.png").post(objections()).then()
                .statusCode(415);
        assertEquals(0L, objectionCount());
    }

    @Test
    void aFileOverTenMegabytesIsRefusedAndNothingIsStored() {
        byte[] pdf = TestData.pdf();
        byte[] large = Arrays.copyOf(pdf, ObjectionService.MAX_EVIDENCE + 1);
        Arrays.fill(large, pdf.length, large.length, (byte) ' ');
        filing(given().auth().oauth2(CITIZEN).header("Accept-Language", "zh-CN"), large, "证明.pdf")
                .post(objections()).then().statusCode(413).body("code", equalTo("evidence_too_large"))
                .body("message", equalTo("证明材料过大：最多 10 MB。"));
        assertEquals(0L, objectionCount());
    }

    @Test
    void anAnonymousFilingIsRefused() {
        filing(given(), TestData.pdf(), "证明.pdf").post(objections()).then().statusCode(401);
        assertEquals(0L, objectionCount());
    }

    @Test
    void aFilingOneSecondAfterTheNoticePeriodIsRefusedWithItsFile() {
        clock.travel(Duration.between(Instant.now(clock), end).plusSeconds(1));
        filing(given().auth().oauth2(CITIZEN).header("Accept-Language", "en"), TestData.pdf(), "证明.pdf")
                .post(objections()).then().statusCode(409).body("code", equalTo("notice_ended"));
        assertEquals(0L, objectionCount());
    }

    private String objections() {
        return "/api/v1/result-lists/" + listId + "/objections";
    }

    private RequestSpecification filing(RequestSpecification request, byte[] file, String name) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("applicationId", f.app(2), "realName", "张三",
                "contact", "13800138000", "reasons", "该项目的专利不属于申报单位。"));
        body.put("evidenceName", name);
        body.put("evidence", java.util.Base64.getEncoder().encodeToString(file));
        return request.contentType(io.restassured.http.ContentType.JSON).body(body);
    }

    private static long objectionCount() {
        return QuarkusTransaction.requiringNew().call(() -> Objection.count());
    }
}
