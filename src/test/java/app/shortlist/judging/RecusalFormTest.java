package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The assignment page offers 回避 while the judge may still recuse, and the form's post does it. */
@QuarkusTest
class RecusalFormTest {

    TestData.ScoringRound sr;
    java.util.List<TestData.Assigned> assigned;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sr = TestData.scoringRound("RF1", 2, 2, 1);
        assigned = TestData.assign(sr);
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void activeUnsubmittedAssignmentOffersTheFormInBothLanguagesAndItsPostRecuses() {
        TestData.Assigned a = assigned.get(0);
        String judge = TestTokens.of(a.judgeUsername(), Role.JUDGE);
        String page = "/judging/assignments/" + a.assignmentId();
        given().auth().oauth2(judge).header("Accept-Language", "zh-CN").get(page).then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"" + page + "/recuse\""))
                .body(containsString("<label for=\"recuse-reason\">回避理由</label>"))
                .body(containsString("name=\"reason\" rows=\"2\" maxlength=\"1000\" required"))
                .body(containsString(">回避此申报</button>"));
        given().auth().oauth2(judge).header("Accept-Language", "en").get(page).then().statusCode(200)
                .body(containsString("<h2 id=\"recuse-heading\">Recuse yourself</h2>"))
                .body(containsString(">Recuse from this application</button>"));

        Csrf.Token csrf = Csrf.from("/");
        csrf.on(given().redirects().follow(false).auth().oauth2(judge)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")).formParam("reason", "曾为该企业顾问")
                .post(page + "/recuse").then().statusCode(303);
        Assignment stored = QuarkusTransaction.requiringNew().call(() -> Assignment.findById(a.assignmentId()));
        assertEquals(AssignmentState.RECUSED, stored.state);
        assertEquals("曾为该企业顾问", stored.recusalReason);
        given().auth().oauth2(judge).get(page).then().statusCode(200).body(not(containsString("recuse-form")));
    }

    @Test
    void submittedScorecardNoLongerOffersRecusal() {
        TestData.Assigned a = assigned.get(1);
        AssignmentApiTest.submitScorecard(a.assignmentId());
        given().auth().oauth2(TestTokens.of(a.judgeUsername(), Role.JUDGE)).get("/judging/assignments/"
                + a.assignmentId()).then().statusCode(200).body(containsString("data-testid=\"scores\""))
                .body(not(containsString("recuse-form")));
    }
}
