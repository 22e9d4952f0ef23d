package app.shortlist.screening;

import static app.shortlist.screening.ScreeningSupport.ADMIN;
import static app.shortlist.screening.ScreeningSupport.SCREENER;
import static app.shortlist.screening.ScreeningSupport.setState;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.application.Application;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.pipeline.EntryState;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The queue: counts always visible, filters, paging, flags, and a fixed number of statements per page. */
@QuarkusTest
class ScreeningQueueTest {

    @Inject
    SessionFactory sessionFactory;

    TestData.ScreeningContest sc;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sc = TestData.screeningContest("SCQ");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void queueIsFilteredAndPagedAndAlwaysShowsTheCountsOfTheWholeRound() {
        List<Long> entries = TestData.entered(sc, "owner", 60); // SCQ-00001 … 60, JP for odd numbers, DE for even
        setState(entries.subList(0, 5), EntryState.PASSED);
        setState(entries.subList(5, 8), EntryState.REJECTED);
        setState(entries.subList(8, 9), EntryState.RETURNED);
        setState(entries.subList(9, 10), EntryState.WITHDRAWN);
        String queue = "/screening/rounds/" + sc.screeningRoundId();

        given().auth().oauth2(SCREENER).header("Accept-Language", "zh-CN").get(queue).then().statusCode(200)
                .body(containsString("data-testid=\"count-WAITING\">待处理 <strong>50</strong>"))
                .body(containsString("data-testid=\"count-RETURNED\">退回补正 <strong>1</strong>"))
                .body(containsString("data-testid=\"count-PASSED\">通过 <strong>5</strong>"))
                .body(containsString("data-testid=\"count-REJECTED\">未通过 <strong>3</strong>"))
                .body(containsString("data-testid=\"count-WITHDRAWN\">已撤回 <strong>1</strong>"))
                .body(containsString("共 60 份符合条件")).body(containsString("第 1 / 2 页"))
                .body(containsString(">SCQ-00001<")).body(not(containsString(">SCQ-00051<")))
                // only waiting rows can be ticked
                .body(containsString("value=\"" + entries.get(10) + "\"")).body(not(containsString("value=\"" + entries.get(0) + "\"")));
        given().auth().oauth2(SCREENER).header("Accept-Language", "en").queryParam("page", 1).get(queue).then()
                .statusCode(200).body(containsString("Page 2 of 2")).body(containsString(">SCQ-00060<"))
                .body(not(containsString(">SCQ-00001<")))
                .body(containsString("data-testid=\"count-WAITING\">Waiting <strong>50</strong>"));
        given().auth().oauth2(SCREENER).header("Accept-Language", "en").queryParam("state", "WAITING")
                .queryParam("country", "de").get(queue).then().statusCode(200).body(containsString("25 entries match"))
                .body(containsString(">SCQ-00012<")).body(not(containsString(">SCQ-00011<")))
                .body(containsString("data-testid=\"count-PASSED\">Passed <strong>5</strong>"));
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").queryParam("q", "scq-00007").get(queue).then()
                .statusCode(200).body(containsString("1 entries match")).body(containsString(">SCQ-00007<"));
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").queryParam("q", "项目 5").get(queue).then()
                .statusCode(200).body(containsString("11 entries match")); // 项目 5 and 项目 50 … 59
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").queryParam("track", sc.contest().trackId())
                .queryParam("sort", "NEWEST").get(queue).then().statusCode(200).body(containsString("60 entries match"))
                .body(containsString(">SCQ-00060<")).body(not(containsString(">SCQ-00001<")));

        JsonPath json = given().auth().oauth2(SCREENER).queryParam("state", "WAITING").queryParam("country", "DE")
                .queryParam("size", 10).get("/api/v1/rounds/" + sc.screeningRoundId() + "/screening/entries").then()
                .statusCode(200).body("rows", hasSize(10)).body("total", equalTo(25))
                .body("counts.waiting", equalTo(50)).body("counts.passed", equalTo(5))
                .body("checklist.nameEn", org.hamcrest.Matchers.contains("Documents complete", "Meets the conditions"))
                .body("reasons", hasSize(2)).extract().jsonPath();
        assertEquals("SCQ-00012", json.getString("rows[0].reference"));
    }

    @Test
    void flagsMarkMissingDocumentsAndDuplicateOrganisationsAndCreditCodes() {
        List<Long> entries = TestData.entered(sc, "owner", 4);
        List<Long> apps = QuarkusTransaction.requiringNew().call(() -> Application.<Application>list(
                "program.id = ?1 order by id", sc.programId()).stream().map(a -> a.id).toList());
        QuarkusTransaction.requiringNew().run(() -> {
            Application a1 = Application.findById(apps.get(0));
            a1.organisation = "ＡＣＭＥ　Ltd";
            a1.uscc = "91330100MA2B3C4D5E";
            Application.<Application>findById(apps.get(1)).organisation = "acme ltd";
            Application a3 = Application.findById(apps.get(2));
            a3.organisation = "Acme Ltd";
            a3.status = ApplicationStatus.WITHDRAWN; // withdrawn: not a duplicate any more
            Application.<Application>findById(apps.get(3)).uscc = "９１３３０１００ｍａ２ｂ３ｃ４ｄ５ｅ";
        });
        setState(entries.subList(2, 3), EntryState.WITHDRAWN);

        JsonPath json = given().auth().oauth2(SCREENER).get("/api/v1/rounds/" + sc.screeningRoundId()
                + "/screening/entries").then().statusCode(200).extract().jsonPath();
        List<String> a1 = json.getList("flags.'" + apps.get(0) + "'.kind");
        assertTrue(a1.contains("MISSING_ATTACHMENT") && a1.contains("DUPLICATE_ORGANISATION")
                && a1.contains("DUPLICATE_USCC"), a1.toString());
        assertEquals(List.of("SCQ-00002"), json.getList("flags.'" + apps.get(0) + "'.find { it.kind == 'DUPLICATE_ORGANISATION' }.others"));
        assertEquals(List.of("SCQ-00004"), json.getList("flags.'" + apps.get(0) + "'.find { it.kind == 'DUPLICATE_USCC' }.others"));
        assertEquals(List.of("SCQ-00001"), json.getList("flags.'" + apps.get(3) + "'.find { it.kind == 'DUPLICATE_USCC' }.others"));
        assertTrue(json.getList("flags.'" + apps.get(3) + "'.kind").stream().noneMatch("DUPLICATE_ORGANISATION"::equals));

        given().auth().oauth2(SCREENER).header("Accept-Language", "zh-CN").get("/screening/rounds/" + sc.screeningRoundId())
                .then().statusCode(200).body(containsString("data-testid=\"flags-SCQ-00001\""))
                .body(containsString("title=\"申报单位重复，同 SCQ-00002\""))
                .body(containsString("title=\"统一社会信用代码重复，同 SCQ-00004\""))
                .body(containsString("title=\"缺少必需附件：商业计划书\""));
        given().auth().oauth2(SCREENER).header("Accept-Language", "en").get("/screening/entries/" + entries.get(1))
                .then().statusCode(200).body(containsString("Same organisation as SCQ-00001"))
                .body(containsString("Required document missing: Business plan"))
                .body(containsString("Phone: This field is required."));
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsForOneRowAndForFifty() {
        String queue = "/screening/rounds/" + sc.screeningRoundId();
        String api = "/api/v1/rounds/" + sc.screeningRoundId() + "/screening/entries";
        TestData.entered(sc, "owner", 1);
        long pageOne = statements(() -> given().auth().oauth2(SCREENER).get(queue).then().statusCode(200));
        long apiOne = statements(() -> given().auth().oauth2(SCREENER).get(api).then().statusCode(200));
        TestData.entered(sc, "other", 49);
        long pageFifty = statements(() -> given().auth().oauth2(SCREENER).get(queue).then().statusCode(200));
        long apiFifty = statements(() -> given().auth().oauth2(SCREENER).get(api).then().statusCode(200));
        assertTrue(pageOne > 0, "statistics must be on");
        assertEquals(pageOne, pageFifty, "queue page");
        assertEquals(apiOne, apiFifty, "queue API");
    }

    @Test
    void screeningHomeListsTheRoundsWithTheirCounts() {
        TestData.entered(sc, "owner", 3);
        given().auth().oauth2(SCREENER).header("Accept-Language", "zh-CN").get("/screening").then().statusCode(200)
                .body(containsString("测试大赛 SCQ")).body(containsString("资格审查"))
                .body(containsString("待处理 <strong>3</strong>")).body(not(containsString("/setup")));
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").get("/screening").then().statusCode(200)
                .body(containsString("/screening/programs/" + sc.programId() + "/setup"))
                .body(containsString("/screening/rounds/" + sc.screeningRoundId()));
        given().get("/js/screening.js").then().statusCode(200).body(containsString("select-all"));
    }

    private long statements(Supplier<?> request) {
        sessionFactory.getStatistics().clear();
        request.get();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
