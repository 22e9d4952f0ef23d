package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownPageGetsFriendlyBilingualPage() {
        given().header("Accept-Language", "zh-CN").when().get("/no-such-page")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("页面不存在")).body(containsString("返回首页"));
        given().header("Accept-Language", "en").when().get("/no-such-page")
                .then().statusCode(404).body(containsString("Page not found"));
    }

    @Test
    void unknownApiPathGetsJsonInCallersLanguage() {
        given().header("Accept-Language", "en").when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(containsString("application/json"))
                .body("code", equalTo("not_found"))
                .body("message", containsString("does not exist"));
        given().header("Accept-Language", "zh-CN").when().get("/api/v1/no-such-thing")
                .then().statusCode(404).body("message", containsString("不存在"));
    }

    @Test
    void refusedRequestIsNotCalledAServerFailure() {
        given().header("Accept-Language", "zh-CN").when().delete("/")
                .then().statusCode(405).body(containsString("无法完成")).body(not(containsString("出错了")));
    }

    @Test
    void unexpectedFailureShowsNoStackTrace() {
        given().header("Accept-Language", "en").when().get("/test-only/boom")
                .then().statusCode(500)
                .body(containsString("Something went wrong"))
                .body(containsString("Nothing was changed"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("secret detail")))
                .body(not(containsString("at app.shortlist")));
        given().when().get("/api/v1/test-only/boom")
                .then().statusCode(500).body("code", equalTo("internal_error"))
                .body(not(containsString("secret detail")));
    }

    @Test
    void unreachableDatabaseIsA503TryAgainPageNotAServerFailure() {
        given().header("Accept-Language", "zh-CN").when().get("/test-only/boom/database-down")
                .then().statusCode(503).contentType(containsString("text/html")).header("Retry-After", "10")
                .body(containsString("暂时无法访问")).body(containsString("请稍等片刻后重试"))
                .body(not(containsString("出错了"))).body(not(containsString("secret detail")));
        given().header("Accept-Language", "en").when().get("/test-only/boom/database-down")
                .then().statusCode(503).body(containsString("Temporarily unavailable"))
                .body(containsString("Nothing was done or saved"));
        given().header("Accept-Language", "en").when().get("/api/v1/test-only/boom/database-down")
                .then().statusCode(503).contentType(containsString("application/json")).header("Retry-After", "10")
                .body("code", equalTo("unavailable")).body("message", containsString("cannot reach its database"))
                .body(not(containsString("secret detail")));
    }

    @Test
    void aValueTheDatabaseRefusesIsTheCallersToFixNotAServerError() {
        given().header("Accept-Language", "en").get("/test-only/boom/too-long").then().statusCode(422)
                .body(containsString("A value is too long or a number is out of range; nothing was saved."))
                .body(not(containsString("Value too long for column")));
        given().header("Accept-Language", "zh-CN").get("/api/v1/test-only/boom/too-long").then().statusCode(422)
                .body("code", equalTo("value_out_of_range"))
                .body("message", equalTo("有一项内容过长或数值超出范围，未作任何保存。请缩短或更正后再试。"));
    }
}
