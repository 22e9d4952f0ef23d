package app.shortlist.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.demo.Job;
import app.shortlist.demo.JobStatus;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/** The reference programs' statistics, through the API, after generating their demo data. */
@QuarkusTest
class JiangxiStatisticsTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @BeforeEach
    @AfterEach
    void wipe() {
        awaitNoLiveJob();
        TestData.wipe();
    }

    @Test
    void nanchangHighTechZoneHas33AcrossTheNineDirectionsMoreThanHalfOfNanchangAndRanksFirst() {
        long programId = generate("jiangxi");
        JsonPath s = given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN")
                .get("/api/v1/programs/" + programId + "/statistics").then().statusCode(200).extract().jsonPath();

        // The demo writes the batch's projects as submitted applications and runs no round: nothing is selected yet.
        assertEquals("SUBMITTED", s.getString("league.basis"));
        List<String> directions = s.getList("league.directions");
        List<Map<String, Object>> cities = s.getList("league.cities");
        Map<String, Object> nanchang = cities.stream().filter(c -> "南昌市".equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no 南昌市 in " + cities));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> units = (List<Map<String, Object>>) nanchang.get("units");
        Map<String, Object> zone = units.get(0);
        assertEquals("南昌高新区", zone.get("name"), "ranks first, listed first: " + units);
        assertEquals(1, zone.get("rankInCity"));
        assertEquals(33, zone.get("selected"));
        assertTrue(units.stream().skip(1).allMatch(u -> ((Number) u.get("rankInCity")).intValue() > 1), "alone at the top");
        double share = ((Number) zone.get("shareOfCity")).doubleValue();
        assertTrue(share > 50, "more than half of Nanchang's: " + share);
        long city = ((Number) nanchang.get("selected")).longValue();
        assertEquals(Math.round(33 * 1000.0 / city) / 10.0, share, 0.001);

        @SuppressWarnings("unchecked")
        List<Number> counts = (List<Number>) zone.get("byDirection");
        Map<String, Integer> byDirection = new LinkedHashMap<>();
        for (int i = 0; i < directions.size(); i++) {
            byDirection.put(directions.get(i), counts.get(i).intValue());
        }
        List<String> issueOrder = List.of("产业链龙头骨干企业提档进阶", "创新能力提升", "先进技术应用", "低空经济及船舶产业发展",
                "产业基础高级化", "产业链企业协同化技改", "设备更新", "企业数字化改造", "数字化转型试点");
        assertEquals(List.of(2, 9, 8, 5, 2, 1, 2, 3, 1), issueOrder.stream().map(byDirection::get).toList());
        assertEquals(9, byDirection.size());

        // The same numbers in the unit breakdown and the page.
        Map<String, Object> unitBreakdown = StatisticsApiTest.breakdown(s, "UNIT");
        assertEquals("南昌高新区", StatisticsApiTest.rows(unitBreakdown, "name").get(0));
        assertEquals(33, StatisticsApiTest.rows(unitBreakdown, "count").get(0));
        assertEquals(List.of(), s.getList("breakdowns.findAll { it.dimension == 'COUNTRY' }"), "enterprises give no country");
        String html = given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN")
                .get("/admin/programs/" + programId + "/dashboard").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<th scope=\"row\">南昌高新区</th><td class=\"num\">33</td>"), "league row");
        assertTrue(html.contains("南昌市：各单位项目数"), "the city's chart and table, saying what it counts");
        assertTrue(html.contains("尚未产生入选结果：按已提交的申报项目统计"), "the basis is stated");
    }

    @Test
    void hangzhouFunnelStartsWith1949SubmittedAllWaitingInScreening() {
        long programId = generate("hangzhou");
        JsonPath s = given().auth().oauth2(ADMIN).header("Accept-Language", "en")
                .get("/api/v1/programs/" + programId + "/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(1949, s.getInt("totals.submitted"));
        assertEquals(List.of("Submitted", "Qualification review", "Open selection", "Semi-final", "Final", "Grand final"),
                s.getList("funnel.name"));
        assertEquals(List.of(1949, 1949, 0, 0, 0, 0), s.getList("funnel.entered"));
        assertEquals(1949, s.getInt("funnel[1].waiting"));
        assertEquals(0, s.getInt("funnel[1].passed"));
        List<Object> countries = StatisticsApiTest.rows(StatisticsApiTest.breakdown(s, "COUNTRY"), "count");
        assertTrue(countries.size() >= 30, countries.size() + " countries and regions");
        assertEquals(1949, countries.stream().mapToInt(n -> ((Number) n).intValue()).sum());
        assertEquals(1949, StatisticsApiTest.rows(StatisticsApiTest.breakdown(s, "TRACK"), "count").stream()
                .mapToInt(n -> ((Number) n).intValue()).sum());
        assertNull(s.get("league.basis"), "a contest without units has no league table");
    }

    private static long generate(String set) {
        long jobId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).post("/api/v1/demo-data/" + set).then().statusCode(202).extract()
                .jsonPath().getLong("id");
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            Job job = QuarkusTransaction.requiringNew().call(() -> Job.findById(jobId));
            if (job.status == JobStatus.DONE) {
                return job.programId;
            }
            if (job.status == JobStatus.FAILED) {
                fail("demo " + set + " failed: " + job.message.en);
            }
            sleep();
        }
        return fail("demo " + set + " did not finish in 3 minutes");
    }

    private static void awaitNoLiveJob() {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until) && QuarkusTransaction.requiringNew()
                .call(() -> Job.count("status in ?1", List.of(JobStatus.QUEUED, JobStatus.RUNNING))) > 0) {
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
