package app.shortlist.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
import app.shortlist.application.Application;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.judging.RankingLine;
import app.shortlist.judging.RankingSnapshot;
import app.shortlist.judging.rules.Aggregation;
import app.shortlist.program.Direction;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.Acting;
import app.shortlist.support.Outbox;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The result pages and the recommendation pages cost the same number of SQL statements for a list of
 * one row as for fifty (spread over more units): no statement per row, unit or direction.
 */
@QuarkusTest
class ResultsQueryCountTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ResultListService service;

    @BeforeEach
    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    @Test
    void theAdminListPageAndThePublicPageCostTheSameForOneRowAndFifty() {
        long small = publishedList("QR1", 1);
        long large = publishedList("QR50", 50);
        Outbox.drained(); // the applicants' mails are sent by another thread, whose statements would count too
        long adminSmall = statements(() -> given().auth().oauth2(ADMIN).get("/admin/results/" + small).then().statusCode(200));
        long adminLarge = statements(() -> given().auth().oauth2(ADMIN).get("/admin/results/" + large).then().statusCode(200)
                .body(containsString("单位 4")));
        long publicSmall = statements(() -> given().get("/results/" + small).then().statusCode(200));
        long publicLarge = statements(() -> given().get("/results/" + large).then().statusCode(200)
                .body(containsString("项目 50")));
        assertTrue(adminSmall > 0, "statistics must be on");
        assertEquals(adminSmall, adminLarge, "admin list page");
        assertEquals(publicSmall, publicLarge, "public list page");
    }

    @Test
    void theRecommendationPagesCostTheSameForOneEntryAndFifty() {
        TestData.RecommendationProgram one = TestData.recommendationProgram("QC1", null, 1);
        TestData.RecommendationProgram fifty = TestData.recommendationProgram("QC50", null, 50);
        recommendAll(one);
        recommendAll(fifty);
        Outbox.drained();
        // "recommender" is bound to unit A in both programs.
        String recommender = TestTokens.of("recommender", Role.RECOMMENDER);
        long unitSmall = statements(() -> given().auth().oauth2(recommender).get("/recommendation/units/" + one.unitA())
                .then().statusCode(200));
        long unitLarge = statements(() -> given().auth().oauth2(recommender).get("/recommendation/units/" + fifty.unitA())
                .then().statusCode(200).body(containsString("A项目 50")));
        long provinceSmall = statements(() -> given().auth().oauth2(ADMIN).get("/recommendation/rounds/" + one.roundId())
                .then().statusCode(200));
        long provinceLarge = statements(() -> given().auth().oauth2(ADMIN)
                .get("/recommendation/rounds/" + fifty.roundId()).then().statusCode(200));
        assertEquals(unitSmall, unitLarge, "unit page");
        assertEquals(provinceSmall, provinceLarge, "province page");
    }

    private static void recommendAll(TestData.RecommendationProgram rp) {
        given().auth().oauth2(TestTokens.of("recommender", Role.RECOMMENDER)).contentType(ContentType.JSON)
                .body(Map.of("order", rp.applicationsA())).put("/api/v1/units/" + rp.unitA() + "/recommendations")
                .then().statusCode(200);
    }

    /** A confirmed round of {@code n} selected applications over two directions and up to five units, published. */
    private long publishedList(String code, int n) {
        TestData.ScoringRound sr = TestData.scoringRound(code, n, 2, 1);
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(sr.programId());
            Direction[] directions = { direction(p, 1, "数字经济"), direction(p, 2, "生物医药") };
            RecommendingUnit[] units = new RecommendingUnit[5];
            for (int i = 0; i < units.length; i++) {
                RecommendingUnit u = new RecommendingUnit();
                u.program = p;
                u.position = i;
                u.name = new LocalizedText("单位 " + i, "Unit " + i);
                u.persist();
                units[i] = u;
            }
            Round r = Round.findById(sr.roundId());
            r.state = RoundState.CONFIRMED;
            RankingSnapshot s = new RankingSnapshot();
            s.roundId = r.id;
            s.aggregation = Aggregation.MEAN;
            s.ruleText = "TOP_N " + n;
            s.confirmedBy = "admin";
            s.confirmedAt = Instant.now();
            s.persist();
            List<Long> apps = sr.applicationIds();
            for (int i = 0; i < apps.size(); i++) {
                Application a = Application.findById(apps.get(i));
                a.direction = directions[i % 2];
                a.unit = units[i % units.length];
                a.requestedAmount = new BigDecimal("10");
                RankingLine l = new RankingLine();
                l.snapshotId = s.id;
                l.position = i;
                l.applicationId = a.id;
                l.trackId = a.track.id;
                l.score = BigDecimal.valueOf(90 - i);
                l.rank = i + 1;
                l.scoresCounted = 1;
                l.scorecards = 1;
                l.proposed = true;
                l.selected = true;
                l.persist();
            }
        });
        return Acting.as("admin", Role.ADMIN, () -> {
            ResultList l = service.create(sr.programId(), sr.roundId(), "拟支持项目名单", "Proposed list", Grouping.DIRECTION);
            service.publish(l.id, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(7)), null,
                    false);
            return l.id;
        });
    }

    private static Direction direction(Program p, int position, String zh) {
        Direction d = new Direction();
        d.program = p;
        d.position = position;
        d.name = new LocalizedText(zh, zh);
        d.budget = new BigDecimal("100000");
        d.persist();
        return d;
    }

    private long statements(Supplier<?> request) {
        sessionFactory.getStatistics().clear();
        request.get();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
