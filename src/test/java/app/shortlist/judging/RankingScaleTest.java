package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.RoundState;
import app.shortlist.program.RuleKind;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The Hangzhou semi-final's size: 1,350 entries × 5 judges over a pool of 60. The ranking costs the same
 * number of SQL statements as a round of 5, and a confirmation of the top 15 per track runs in one go.
 */
@QuarkusTest
class RankingScaleTest {

    static final String ADMIN = TestTokens.of("chair", Role.ADMIN);

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    @Test
    void rankingStatementsDoNotGrowWithTheRoundAndConfirmationHandlesItAll() {
        RankingFixture.Hand small = RankingFixture.hand("SMALL");
        long smallApi = statements(() -> api(small.roundId()));
        long smallPage = statements(() -> page(small.roundId()));

        TestData.ScoringRound big = TestData.scoringRound("BIG", 1350, 60, 5);
        List<TestData.Assigned> assigned = TestData.assign(big);
        Random random = new Random(2024);
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now();
            int i = 0;
            for (TestData.Assigned a : assigned) {
                Scorecard s = new Scorecard();
                s.assignment = Assignment.getEntityManager().getReference(Assignment.class, a.assignmentId());
                s.roundId = big.roundId();
                s.applicationId = a.applicationId();
                s.judgeId = a.judgeId();
                Map<String, BigDecimal> scores = new LinkedHashMap<>();
                for (String key : new String[] { "innovation", "market", "team" }) {
                    scores.put(key, BigDecimal.valueOf(random.nextInt(21)).divide(BigDecimal.valueOf(2)));
                }
                s.scores = scores;
                s.status = ScorecardStatus.SUBMITTED;
                s.savedAt = now;
                s.submittedAt = now;
                s.persist();
                if (++i % 500 == 0) {
                    Scorecard.getEntityManager().flush();
                    Scorecard.getEntityManager().clear();
                }
            }
        });
        RankingFixture.rule(big.roundId(), RuleKind.TOP_N, 15, null, true);
        RankingFixture.state(big.roundId(), RoundState.CLOSED);

        long bigApi = statements(() -> api(big.roundId()));
        long bigPage = statements(() -> page(big.roundId()));
        assertEquals(smallApi, bigApi, "API: the same statements for 5 and 1,350 entries");
        assertEquals(smallPage, bigPage, "page: the same statements for 5 and 1,350 entries");

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("version", RankingFixture.version(big.roundId())))
                .post("/api/v1/rounds/" + big.roundId() + "/advancement").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(30L, RoundEntry.count("round.id = ?1 and state = ?2", big.roundId(), EntryState.PASSED));
            assertEquals(1320L, RoundEntry.count("round.id = ?1 and state = ?2", big.roundId(), EntryState.REJECTED));
            assertEquals(30L, RoundEntry.count("round.id = ?1 and state = ?2", big.nextRoundId(), EntryState.WAITING));
            assertEquals(1350L, RankingLine.count());
            assertEquals(1350L, app.shortlist.notification.Notification.count());
        });
    }

    private static Object api(long roundId) {
        return given().auth().oauth2(ADMIN).get("/api/v1/rounds/" + roundId + "/ranking").then().statusCode(200);
    }

    private static Object page(long roundId) {
        return given().auth().oauth2(ADMIN).get("/admin/rounds/" + roundId + "/ranking").then().statusCode(200);
    }

    private long statements(Supplier<?> request) {
        sessionFactory.getStatistics().clear();
        request.get();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
