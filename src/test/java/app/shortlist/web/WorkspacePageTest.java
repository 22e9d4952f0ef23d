package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WorkspacePageTest {

    @Test
    void eachRoleSeesWhatItWillDoAndNothingElse() {
        for (String role : Role.ALL) {
            String html = given().auth().oauth2(TestTokens.forRole(role)).header("Accept-Language", "zh-CN")
                    .when().get("/home").then().statusCode(200).extract().asString();
            for (String other : Role.ALL) {
                boolean shown = html.contains("data-testid=\"role-" + other + "\"");
                org.junit.jupiter.api.Assertions.assertEquals(other.equals(role), shown, role + " sees section " + other);
            }
        }
    }

    @Test
    void adminWorkspaceInBothLanguages() {
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", "zh-CN")
                .when().get("/home").then().statusCode(200)
                .body(containsString("我的工作台"))
                .body(containsString("您的角色：管理员"))
                .body(containsString("当前用户：admin"))
                .body(containsString("退出登录"))
                .body(not(containsString("data-testid=\"sign-in\"")));
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", "en")
                .when().get("/home").then().statusCode(200)
                .body(containsString("Your roles: Administrator"))
                .body(containsString("Set up programs"));
    }

    @Test
    void personWithSeveralRolesSeesEachSection() {
        given().auth().oauth2(TestTokens.of("lin", Role.JUDGE, Role.APPLICANT)).header("Accept-Language", "zh-CN")
                .when().get("/home").then().statusCode(200)
                .body(containsString("您的角色：评审专家、申报人"))
                .body(containsString("data-testid=\"role-judge\""))
                .body(containsString("data-testid=\"role-applicant\""));
    }

    @Test
    void navigationDependsOnSignIn() {
        given().header("Accept-Language", "en").when().get("/").then().statusCode(200)
                .body(containsString("href=\"/login?ui_locales=en\""))
                .body(not(containsString("href=\"/home\">My workspace")));
        given().auth().oauth2(TestTokens.forRole(Role.JUDGE)).header("Accept-Language", "en")
                .when().get("/").then().statusCode(200)
                .body(containsString("href=\"/home\">My workspace"));
    }
}
