package app.shortlist.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.Acting;
import app.shortlist.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** The read side of published results in the API: the index of published lists, and an applicant's own outcomes. */
@QuarkusTest
class PublishedApiTest {

    @Inject
    ResultListService service;

    ResultsFixture f;
    long published;
    long draft;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        f = ResultsFixture.confirmed("PA");
        Instant now = Instant.now();
        Acting.as("admin", Role.ADMIN, () -> {
            ResultList l = service.create(f.sr().programId(), f.sr().roundId(), "拟支持项目名单", "Proposed list",
                    Grouping.DIRECTION);
            service.publish(l.id, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), null, false);
            published = l.id;
            draft = service.create(f.sr().programId(), f.sr().roundId(), "草稿名单", "Draft list", Grouping.TRACK).id;
        });
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void anyoneListsThePublishedListsWithTheirNoticeButNeverADraft() {
        given().get("/api/v1/public/result-lists").then().statusCode(200).body("", hasSize(1))
                .body("listId", contains((int) published)).body("title.zh", contains("拟支持项目名单"))
                .body("number", contains(1)).body("[0].noticeEndsAt", org.hamcrest.Matchers.notNullValue())
                .body("[0].publishedBy", nullValue());
        given().get("/api/v1/public/result-lists/" + draft).then().statusCode(404);
    }

    @Test
    void anApplicantReadsTheirOwnOutcomesAndNobodyElses() {
        String owner1 = TestTokens.of("applicant-1", Role.APPLICANT);
        given().auth().oauth2(owner1).get("/api/v1/applications/" + f.app(1) + "/outcomes").then().statusCode(200)
                .body("", hasSize(1)).body("[0].listId", equalTo((int) published)).body("[0].listed", equalTo(true))
                .body("[0].proposed", equalTo("40")).body("[0].title", equalTo("拟支持项目名单"));
        given().auth().oauth2(TestTokens.of("applicant-6", Role.APPLICANT)).get("/api/v1/applications/" + f.app(6)
                + "/outcomes").then().statusCode(200).body("[0].listed", equalTo(false)).body("[0].proposed", nullValue());
        given().auth().oauth2(owner1).get("/api/v1/applications/" + f.app(6) + "/outcomes").then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).get("/api/v1/applications/" + f.app(6) + "/outcomes")
                .then().statusCode(200).body("[0].listed", equalTo(false));
    }
}
