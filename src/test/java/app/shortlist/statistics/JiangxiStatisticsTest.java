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
    void nanchangHighTechZoneHas33OnThePublishedListAcrossTheNineDirectionsMoreThanHalfOfNanchangAndRanksFirst() {
        long programId = generate("jiangxi");
        // The demo ends with the proposed support list published, in its notice period.
        Object[] published = QuarkusTransaction.requiringNew().call(() -> (Object[]) Job.getEntityManager()
                .createNativeQuery("SELECT l.id, v.number, v.notice_ends_at, COUNT(e.id) FROM result_list l "
                        + "JOIN result_list_version v ON v.list_id = l.id JOIN result_list_entry e ON e.version_id = v.id "
                        + "WHERE l.program_id = ?1 AND l.grouping_by = 'DIRECTION' GROUP BY l.id, v.number, v.notice_ends_at")
                .setParameter(1, programId).getSingleResult());
        long listId = ((Number) published[0]).longValue();
        assertEquals(1, ((Number) published[1]).intValue());
        assertTrue(published[2] != null, "with a notice period");
        JsonPath s = statistics(programId);

        assertEquals("RESULT_LIST", s.getString("league.basis"));
        Map<String, Object> zone = zone(s);
        assertEquals(1, zone.get("rankInCity"));
        assertEquals(33, zone.get("selected"));
        assertEquals(List.of(2, 9, 8, 5, 2, 1, 2, 3, 1), byDirection(s, zone));
        double share = ((Number) zone.get("shareOfCity")).doubleValue();
        assertTrue(share > 50, "more than half of Nanchang's: " + share);
        long city = ((Number) nanchang(s).get("selected")).longValue();
        assertEquals(Math.round(33 * 1000.0 / city) / 10.0, share, 0.001);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> units = (List<Map<String, Object>>) nanchang(s).get("units");
        assertTrue(units.stream().skip(1).allMatch(u -> ((Number) u.get("rankInCity")).intValue() > 1), "alone at the top");

        // The same numbers in the unit breakdown and the page, which says it counts the published list.
        Map<String, Object> unitBreakdown = StatisticsApiTest.breakdown(s, "UNIT");
        assertEquals("南昌高新区", StatisticsApiTest.rows(unitBreakdown, "name").get(0));
        assertEquals(List.of(), s.getList("breakdowns.findAll { it.dimension == 'COUNTRY' }"), "enterprises give no country");
        String html = given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN")
                .get("/admin/programs/" + programId + "/dashboard").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<th scope=\"row\">南昌高新区</th><td class=\"num\">33</td>"), "league row");
        assertTrue(html.contains("南昌市：各单位入选项目数"), "the city's chart of the selected");
        assertTrue(html.contains("按已发布的拟支持项目名单统计"), "the basis is stated");

        // It really reads the list: a correction (version 2) that drops one of the zone's 创新能力提升
        // projects moves the figures, while the application itself stays as it was.
        long dropped = QuarkusTransaction.requiringNew().call(() -> ((Number) Job.getEntityManager()
                .createNativeQuery("SELECT MIN(a.id) FROM result_row r JOIN application a ON a.id = r.application_id "
                        + "JOIN recommending_unit u ON u.id = a.unit_id JOIN direction d ON d.id = a.direction_id "
                        + "WHERE r.list_id = ?1 AND u.name_zh = '南昌高新区' AND d.name_zh = '创新能力提升'")
                .setParameter(1, listId).getSingleResult()).longValue());
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "企业主动撤回申报"))
                .post("/api/v1/result-lists/" + listId + "/rows/" + dropped + "/remove").then().statusCode(200);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("changeNote", "撤回一个项目"))
                .post("/api/v1/result-lists/" + listId + "/publish").then().statusCode(201);
        JsonPath after = statistics(programId);
        assertEquals("RESULT_LIST", after.getString("league.basis"));
        Map<String, Object> zoneAfter = zone(after);
        assertEquals(32, zoneAfter.get("selected"));
        assertEquals(List.of(2, 8, 8, 5, 2, 1, 2, 3, 1), byDirection(after, zoneAfter));
        assertEquals(city - 1, ((Number) nanchang(after).get("selected")).longValue());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) Job.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM application WHERE id = ?1 AND status = 'SUBMITTED'")
                .setParameter(1, dropped).getSingleResult()).longValue()), "the application is unchanged");
    }

    private static JsonPath statistics(long programId) {
        return given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN")
                .get("/api/v1/programs/" + programId + "/statistics").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> nanchang(JsonPath s) {
        List<Map<String, Object>> cities = s.getList("league.cities");
        return cities.stream().filter(c -> "南昌市".equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no 南昌市 in " + cities));
    }

    /** Nanchang High-tech Zone's row, which ranks first and is listed first. */
    private static Map<String, Object> zone(JsonPath s) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> units = (List<Map<String, Object>>) nanchang(s).get("units");
        assertEquals("南昌高新区", units.get(0).get("name"), "ranks first, listed first: " + units);
        return units.get(0);
    }

    /** The zone's counts in the order of the nine directions. */
    private static List<Integer> byDirection(JsonPath s, Map<String, Object> zone) {
        List<String> directions = s.getList("league.directions");
        @SuppressWarnings("unchecked")
        List<Number> counts = (List<Number>) zone.get("byDirection");
        Map<String, Integer> byDirection = new LinkedHashMap<>();
        for (int i = 0; i < directions.size(); i++) {
            byDirection.put(directions.get(i), counts.get(i).intValue());
        }
        assertEquals(9, byDirection.size());
        return List.of("产业链龙头骨干企业提档进阶", "创新能力提升", "先进技术应用", "低空经济及船舶产业发展", "产业基础高级化",
                "产业链企业协同化技改", "设备更新", "企业数字化改造", "数字化转型试点").stream().map(byDirection::get).toList();
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
