package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The workspace leads each role to its pages: screening, the expert registry, a judge's reviews and conflicts. */
@QuarkusTest
class WorkspaceLinksTest {

    @Test
    void screenersAndAdminsAreLinkedToScreeningAndAdminsToTheRegistry() {
        given().auth().oauth2(TestTokens.forRole(Role.SCREENER)).header("Accept-Language", "zh-CN").get("/home").then()
                .statusCode(200).body(containsString("<a href=\"/screening\" data-testid=\"screening-link\">资格审查</a>"))
                .body(not(containsString("href=\"/admin/judges\""))).body(not(containsString("href=\"/judging\"")));
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", "en").get("/home").then()
                .statusCode(200)
                .body(containsString("<a href=\"/screening\" data-testid=\"admin-screening-link\">Screening queue</a>"))
                .body(containsString("<a href=\"/admin/judges\" data-testid=\"admin-judges-link\">Expert registry</a>"));
    }

    @Test
    void judgesAreLinkedToTheirReviewsAndConflictsInBothLanguages() {
        String judge = TestTokens.forRole(Role.JUDGE);
        given().auth().oauth2(judge).header("Accept-Language", "zh-CN").get("/home").then().statusCode(200)
                .body(containsString("<a href=\"/judging\" data-testid=\"my-reviews-link\">我的评审</a>"))
                .body(containsString("<a href=\"/judging/conflicts\" data-testid=\"my-conflicts-link\">我的回避声明</a>"))
                .body(not(containsString("href=\"/screening\"")));
        given().auth().oauth2(judge).header("Accept-Language", "en").get("/home").then().statusCode(200)
                .body(containsString(">My reviews</a>")).body(containsString(">My conflicts of interest</a>"));
    }
}
