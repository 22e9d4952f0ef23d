package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** A judge's list costs the same number of statements for one assignment as for thirty. */
@QuarkusTest
class JudgingQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    @AfterEach
    void clean() {
        TestData.wipe();
    }

    @Test
    void myReviewsCostTheSameForOneAssignmentAndForThirty() {
        long[] one = counts(1);
        TestData.wipe();
        long[] thirty = counts(30);
        assertTrue(one[0] > 0, "statistics must be on");
        assertEquals(one[0], thirty[0], "/judging");
        assertEquals(one[1], thirty[1], "/api/v1/me/assignments");
    }

    /** Statements of the page and the API for a judge with {@code n} assignments, the first one submitted. */
    private long[] counts(int n) {
        TestData.ScoringRound sr = TestData.scoringRound("QJ", n, 1, 1);
        List<TestData.Assigned> assigned = TestData.assign(sr);
        String judge = TestTokens.of(sr.judgeUsernames().get(0), Role.JUDGE);
        ScorecardApiTest.submit(judge, "en", assigned.get(0).assignmentId(), null,
                Map.of("innovation", "8", "market", "7", "team", "6"), null).statusCode(200);
        long page = statements(() -> given().auth().oauth2(judge).get("/judging").then().statusCode(200));
        long api = statements(() -> given().auth().oauth2(judge).get("/api/v1/me/assignments").then().statusCode(200));
        return new long[] { page, api };
    }

    private long statements(Supplier<?> request) {
        sessionFactory.getStatistics().clear();
        request.get();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
