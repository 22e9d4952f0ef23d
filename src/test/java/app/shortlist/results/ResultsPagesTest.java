package app.shortlist.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.Acting;
import app.shortlist.support.TestClock;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The public result pages (no login, zh and en, printable) and the admin's list page. */
@QuarkusTest
class ResultsPagesTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @Inject
    ResultListService service;

    @Inject
    TestClock clock;

    ResultsFixture f;
    long listId;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        f = ResultsFixture.confirmed("RP");
        listId = Acting.as("admin", Role.ADMIN, () -> service.create(f.sr().programId(), f.sr().roundId(),
                "拟支持项目名单", "Proposed support list", Grouping.DIRECTION).id);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        TestData.wipe();
    }

    @Test
    void thePublicPageShowsThePublishedListInChineseAndEnglishWithoutSigningIn() {
        given().get("/results/" + listId).then().statusCode(404); // nothing published yet: drafts are never shown
        Instant now = Instant.now(clock);
        Acting.as("admin", Role.ADMIN, () -> service.publish(listId, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(7)), null, false));

        given().header("Accept-Language", "zh-CN").get("/results/" + listId).then().statusCode(200)
                .body(containsString("拟支持项目名单")).body(containsString("第 1 版"))
                .body(containsString("数字经济")).body(containsString("项目 1")).body(containsString("南昌高新区"))
                .body(containsString("data-testid=\"notice-banner\"")).body(containsString("登录后可提出异议"))
                .body(containsString("拟支持金额（万元）")).body(not(containsString("data-testid=\"objection-link\"")));
        given().header("Accept-Language", "en").get("/results/" + listId).then().statusCode(200)
                .body(containsString("Proposed support list")).body(containsString("Version 1"))
                .body(containsString("Digital economy")).body(containsString("Nanchang High-tech Zone"))
                .body(containsString("Sign in to file an objection"));
        given().header("Accept-Language", "en").get("/results").then().statusCode(200)
                .body(containsString("Results and public notices")).body(containsString("/results/" + listId));
        given().auth().oauth2(TestTokens.of("citizen", Role.APPLICANT)).get("/results/" + listId).then()
                .statusCode(200).body(containsString("data-testid=\"objection-link\""));
        // print rules hide the chrome
        String css = given().get("/css/shortlist.css").then().statusCode(200).extract().asString();
        assertTrue(css.contains(".no-print") && css.contains("@media print"), "print stylesheet");
    }

    @Test
    void anEarlierVersionStaysReadableAndSaysItWasSuperseded() {
        Acting.as("admin", Role.ADMIN, () -> {
            service.publish(listId, null, null, null, false);
            service.setAmount(listId, f.app(1), new BigDecimal("35"), null, null);
            service.publish(listId, null, null, "项目 1 拟支持金额更正为 35 万元", false);
        });
        given().get("/results/" + listId).then().statusCode(200).body(containsString("第 2 版"))
                .body(containsString("项目 1 拟支持金额更正为 35 万元")).body(containsString("/results/" + listId + "/v/1"));
        given().get("/results/" + listId + "/v/1").then().statusCode(200).body(containsString("第 1 版"))
                .body(containsString("data-testid=\"superseded\"")).body(not(containsString(">35<")));
        given().get("/results/" + listId + "/v/3").then().statusCode(404);
    }

    @Test
    void aSignedInPersonFilesAnObjectionWithEvidenceOnThePage() {
        Instant now = Instant.now(clock);
        Acting.as("admin", Role.ADMIN, () -> service.publish(listId, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(7)), null, false));
        String citizen = TestTokens.of("citizen", Role.APPLICANT);
        given().auth().oauth2(citizen).get("/results/" + listId + "/objection").then().statusCode(200)
                .body(containsString("真实姓名")).body(containsString("项目 2"));

        Response missing = multipart(citizen).multiPart(text("applicationId", String.valueOf(f.app(2))))
                .multiPart(text("realName", "")).multiPart(text("contact", "abc")).multiPart(text("reasons", ""))
                .post("/results/" + listId + "/objection");
        assertEquals(422, missing.statusCode());
        assertTrue(missing.asString().contains("data-testid=\"error-contact\""), missing.asString());

        Response filed = multipart(citizen).multiPart(text("applicationId", String.valueOf(f.app(2))))
                .multiPart(text("realName", "张三")).multiPart(text("contact", "13800138000"))
                .multiPart(text("reasons", "该项目的专利不属于申报单位。"))
                .multiPart(new MultiPartSpecBuilder(TestData.pdf()).controlName("evidence").fileName("证明.pdf")
                        .mimeType("application/pdf").build())
                .post("/results/" + listId + "/objection");
        assertEquals(303, filed.statusCode(), filed.asString());
        Objection o = QuarkusTransaction.requiringNew().call(() -> Objection.<Objection> findAll().firstResult());
        assertEquals("张三", o.realName);
        assertEquals(f.app(2), o.applicationId);
        assertEquals("application/pdf", o.evidenceType);

        given().auth().oauth2(ADMIN).get("/admin/results/" + listId).then().statusCode(200)
                .body(containsString("张三")).body(containsString("该项目的专利不属于申报单位。"))
                .body(containsString("/admin/results/" + listId + "/objections/" + o.id + "/evidence"));
        given().auth().oauth2(ADMIN).get("/admin/results/" + listId + "/objections/" + o.id + "/evidence").then()
                .statusCode(200).contentType("application/pdf");
    }

    /** The objection form is multipart (it carries evidence): its token is checked like any form's. */
    @Test
    void anObjectionPostWithAForgedTokenIsRefusedAndStoresNothing() {
        Instant now = Instant.now(clock);
        Acting.as("admin", Role.ADMIN, () -> service.publish(listId, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(7)), null, false));
        String citizen = TestTokens.of("citizen", Role.APPLICANT);
        Csrf.Token csrf = Csrf.from("/");
        for (String forged : new String[] { "wapiti", "" }) {
            Response refused = given().auth().oauth2(citizen).redirects().follow(false)
                    .cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, forged)
                    .multiPart(text("applicationId", String.valueOf(f.app(2)))).multiPart(text("realName", "张三"))
                    .multiPart(text("contact", "13800138000")).multiPart(text("reasons", "Hi there!"))
                    .multiPart(new MultiPartSpecBuilder(TestData.pdf()).controlName("evidence").fileName("证明.pdf")
                            .mimeType("application/pdf").build())
                    .post("/results/" + listId + "/objection");
            assertEquals(400, refused.statusCode(), forged + ": " + refused.asString());
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Objection.count()));
    }

    @Test
    void theAdminPageShowsBudgetsAndRefusesAnOverBudgetAmountWithoutAReason() {
        given().auth().oauth2(ADMIN).get("/admin/programs/" + f.sr().programId() + "/results").then().statusCode(200)
                .body(containsString("/admin/results/" + listId)).body(containsString("海选"));
        given().auth().oauth2(ADMIN).get("/admin/results/" + listId).then().statusCode(200)
                .body(containsString("生物医药")).body(containsString("data-testid=\"budget-" + f.directionB() + "\""));
        Csrf.Token csrf = Csrf.from("/");
        Response refused = csrf.on(given().auth().oauth2(ADMIN).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")).formParam("amount", "20")
                .post("/admin/results/" + listId + "/rows/" + f.app(4) + "/amount");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("超出支持方向“生物医药”的预算"), refused.asString());
        Response saved = csrf.on(given().auth().oauth2(ADMIN).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")).formParam("amount", "20")
                .formParam("reason", "追加预算").post("/admin/results/" + listId + "/rows/" + f.app(4) + "/amount");
        assertEquals(303, saved.statusCode());
        given().auth().oauth2(ADMIN).get("/admin/results/" + listId).then().statusCode(200)
                .body(containsString("超出预算理由：追加预算"));
    }

    private static RequestSpecification multipart(String token) {
        Csrf.Token csrf = Csrf.from("/");
        return given().auth().oauth2(token).redirects().follow(false)
                .config(io.restassured.config.RestAssuredConfig.config().multiPartConfig(
                        io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .cookie(Csrf.COOKIE, csrf.cookie()).multiPart(Csrf.FIELD, csrf.field());
    }

    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }
}
