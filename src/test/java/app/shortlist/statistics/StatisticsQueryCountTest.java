package app.shortlist.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The dashboard costs the same number of SQL statements for 2 applications as for 120 (same rounds, more of everything else). */
@QuarkusTest
class StatisticsQueryCountTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    @Test
    void pageAndApiCostTheSameStatementsForASmallAndALargeProgram() {
        TestData.ScoringRound small = program("QS", 2, 2, 1, 1);
        TestData.ScoringRound large = program("QL", 120, 9, 3, 6);

        long apiSmall = statements(() -> given().auth().oauth2(ADMIN).get(api(small)).then().statusCode(200));
        long apiLarge = statements(() -> given().auth().oauth2(ADMIN).get(api(large)).then().statusCode(200));
        long pageSmall = statements(() -> given().auth().oauth2(ADMIN).get(page(small)).then().statusCode(200));
        long pageLarge = statements(() -> given().auth().oauth2(ADMIN).get(page(large)).then().statusCode(200));

        assertTrue(apiSmall > 0, "statistics must be on");
        assertEquals(apiSmall, apiLarge, "API");
        assertEquals(pageSmall, pageLarge, "page");
        assertTrue(apiLarge <= 20, apiLarge + " statements");
        given().auth().oauth2(ADMIN).get(api(large)).then().body("totals.submitted", org.hamcrest.Matchers.equalTo(120))
                .body("progress[0].due", org.hamcrest.Matchers.equalTo(360));
    }

    /** A scoring round with its assignments, and applications spread over {@code units} recommending units. */
    private static TestData.ScoringRound program(String code, int applications, int judges, int k, int units) {
        TestData.ScoringRound sr = TestData.scoringRound(code, applications, judges, k);
        TestData.assign(sr);
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(sr.programId());
            RecommendingUnit[] made = new RecommendingUnit[units];
            for (int i = 0; i < units; i++) {
                RecommendingUnit u = new RecommendingUnit();
                u.program = p;
                u.position = i;
                u.name = new LocalizedText("单位 " + i, "Unit " + i);
                u.city = new LocalizedText(i % 2 == 0 ? "甲市" : "乙市", i % 2 == 0 ? "City A" : "City B");
                u.persist();
                made[i] = u;
            }
            int i = 0;
            for (Long id : sr.applicationIds()) {
                Application a = Application.findById(id);
                a.unit = made[i % units];
                a.requestedAmount = BigDecimal.valueOf(10 + i++);
                a.countryRegion = i % 3 == 0 ? "DE" : i % 3 == 1 ? "JP" : "CN";
            }
        });
        return sr;
    }

    private static String api(TestData.ScoringRound sr) {
        return "/api/v1/programs/" + sr.programId() + "/statistics";
    }

    private static String page(TestData.ScoringRound sr) {
        return "/admin/programs/" + sr.programId() + "/dashboard";
    }

    private long statements(Supplier<?> request) {
        sessionFactory.getStatistics().clear();
        request.get();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
