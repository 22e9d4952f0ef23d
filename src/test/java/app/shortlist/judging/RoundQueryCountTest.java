package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The round pages cost the same number of statements for a tiny round and for a bigger one (no N+1). */
@QuarkusTest
class RoundQueryCountTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void setUp() {
        TestData.wipe();
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void roundPagesCostTheSameForTwoApplicationsAndForForty() {
        TestData.ScoringRound small = TestData.scoringRound("QS", 2, 2, 1);
        long registryTwo = statements(() -> given().auth().oauth2(ADMIN).get("/admin/judges").then().statusCode(200));
        TestData.ScoringRound big = TestData.scoringRound("QB", 40, 8, 3);
        TestData.assign(small);
        TestData.assign(big);
        for (String page : new String[] { "", "/judges", "/assignments", "/progress" }) {
            long one = statements(() -> given().auth().oauth2(ADMIN).get("/admin/rounds/" + small.roundId() + page)
                    .then().statusCode(200));
            long many = statements(() -> given().auth().oauth2(ADMIN).get("/admin/rounds/" + big.roundId() + page)
                    .then().statusCode(200));
            assertTrue(one > 0, "statistics must be on");
            assertEquals(one, many, "/admin/rounds/{id}" + page);
        }
        long apiOne = statements(() -> given().auth().oauth2(ADMIN)
                .get("/api/v1/rounds/" + small.roundId() + "/assignments").then().statusCode(200));
        long apiMany = statements(() -> given().auth().oauth2(ADMIN)
                .get("/api/v1/rounds/" + big.roundId() + "/assignments").then().statusCode(200));
        assertEquals(apiOne, apiMany, "API assignments");
        long registryTen = statements(() -> given().auth().oauth2(ADMIN).get("/admin/judges").then()
                .statusCode(200));
        assertEquals(registryTwo, registryTen, "expert registry");
    }

    private long statements(Supplier<?> request) {
        sessionFactory.getStatistics().clear();
        request.get();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
