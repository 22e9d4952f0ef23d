package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LanguageSwitchTest {

    @Test
    void switchRemembersTheChoiceAndReturnsToThePage() {
        Csrf.Token token = Csrf.from("/");
        String lang = token.on(given().redirects().follow(false).contentType(ContentType.URLENC))
                .formParam("lang", "en").formParam("return", "/")
                .when().post("/lang")
                .then().statusCode(303)
                .header("Location", endsWith("/"))
                .extract().cookie("lang");

        given().cookie("lang", lang).header("Accept-Language", "zh-CN")
                .when().get("/")
                .then().statusCode(200).body(containsString("Programs open to the public"));
    }

    /**
     * Two tabs: a form stays valid after the same browser opens another page (which re-issues the
     * CSRF cookie), as long as it is that browser's cookie — the token is per browser, not per page.
     */
    @Test
    void aFormOpenInOneTabStillPostsAfterAnotherPageWasOpened() {
        Csrf.Token first = Csrf.from("/");
        io.restassured.response.Response second = given().cookie(Csrf.COOKIE, first.cookie()).get("/");
        String cookieNow = second.getCookie(Csrf.COOKIE) == null ? first.cookie() : second.getCookie(Csrf.COOKIE);
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(Csrf.COOKIE, cookieNow).formParam(Csrf.FIELD, first.field())
                .formParam("lang", "en").formParam("return", "/")
                .when().post("/lang")
                .then().statusCode(303);
    }

    @Test
    void formPostWithoutCsrfTokenIsRejected() {
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("lang", "en").formParam("return", "/")
                .when().post("/lang")
                .then().statusCode(400);
    }

    @Test
    void formPostWithForgedCsrfTokenIsRejected() {
        Csrf.Token token = Csrf.from("/");
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(Csrf.COOKIE, token.cookie()).formParam(Csrf.FIELD, "forged-" + token.field())
                .formParam("lang", "en").formParam("return", "/")
                .when().post("/lang")
                .then().statusCode(400);
    }

    @Test
    void switchNeverRedirectsOffSite() {
        Csrf.Token token = Csrf.from("/");
        for (String evil : new String[] { "//evil.example/", "https://evil.example/", "/\\evil.example" }) {
            String location = token.on(given().redirects().follow(false).contentType(ContentType.URLENC))
                    .formParam("lang", "en").formParam("return", evil)
                    .when().post("/lang")
                    .then().statusCode(303).extract().header("Location");
            org.hamcrest.MatcherAssert.assertThat(java.net.URI.create(location).getPath(), equalTo("/"));
            org.hamcrest.MatcherAssert.assertThat(java.net.URI.create(location).getHost(), equalTo("localhost"));
        }
    }
}
