package app.shortlist.web;

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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * No page issues more statements as its row count grows: each list is read with
 * 1 row and with 50, and must prepare the same number of SQL statements.
 */
@QuarkusTest
class QueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    TestData.Contest contest;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        contest = TestData.openContest("QC");
        QuarkusTransaction.requiringNew().run(() -> app.shortlist.program.Program.update("allowMultiple = true"));
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void listsCostTheSameNumberOfStatementsForOneRowAndForFifty() {
        String admin = TestTokens.forRole(Role.ADMIN);
        String owner = TestTokens.of("owner", Role.APPLICANT);
        String staffList = "/admin/programs/" + contest.programId() + "/applications";
        String apiList = "/api/v1/programs/" + contest.programId() + "/applications";

        TestData.submitted(contest, "owner", 1);
        long staffOne = statements(() -> given().auth().oauth2(admin).get(staffList).then().statusCode(200));
        long apiOne = statements(() -> given().auth().oauth2(admin).get(apiList).then().statusCode(200));
        long mineOne = statements(() -> given().auth().oauth2(owner).get("/applications").then().statusCode(200));
        long homeOne = statements(() -> given().get("/").then().statusCode(200));

        TestData.submitted(contest, "owner", 49);
        TestData.openContest("QC2");
        long staffFifty = statements(() -> given().auth().oauth2(admin).get(staffList).then().statusCode(200));
        long apiFifty = statements(() -> given().auth().oauth2(admin).get(apiList).then().statusCode(200));
        long mineFifty = statements(() -> given().auth().oauth2(owner).get("/applications").then().statusCode(200));
        long homeTwo = statements(() -> given().get("/").then().statusCode(200));

        assertTrue(staffOne > 0, "statistics must be on");
        assertEquals(staffOne, staffFifty, "staff list");
        assertEquals(apiOne, apiFifty, "API list");
        assertEquals(mineOne, mineFifty, "applicant's own list");
        assertEquals(homeOne, homeTwo, "public home");
    }

    private long statements(Supplier<?> request) {
        sessionFactory.getStatistics().clear();
        request.get();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
