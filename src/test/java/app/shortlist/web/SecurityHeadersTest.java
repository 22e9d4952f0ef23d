package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesCarrySecurityHeadersAndAllowNoInlineScript() {
        given().when().get("/")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }

    @Test
    void pagesLoadNothingFromOutsideTheApp() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"),
                "the page references an external asset");
        given().when().get("/css/shortlist.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/me'.get.summary", equalTo("The caller: user and roles"))
                .body("components.schemas.Me.properties.roles.description", equalTo("Shortlist realm roles of the caller"));
    }

    @Test
    void healthIsUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
