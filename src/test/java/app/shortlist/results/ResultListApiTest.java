package app.shortlist.results;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.Application;
import app.shortlist.audit.AuditEntry;
import app.shortlist.notification.Notification;
import app.shortlist.support.Acting;
import app.shortlist.support.Outbox;
import app.shortlist.support.TestClock;
import app.shortlist.support.TestData;
import app.shortlist.web.DomainException;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Result lists by API: drafted from a confirmed ranking, budgets, frozen versions, corrections, objections. */
@QuarkusTest
class ResultListApiTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @Inject
    TestClock clock;

    @Inject
    ResultListService service;

    @Inject
    MockMailbox mailbox;

    ResultsFixture f;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        mailbox.clear();
        f = ResultsFixture.confirmed("RL");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        TestData.wipe();
    }

    @Test
    void aListIsDraftedFromTheConfirmedRankingGroupedPerDirectionWithinBudget() {
        long listId = create("DIRECTION");
        JsonPath draft = admin().get("/api/v1/result-lists/" + listId).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("数字经济", "生物医药"), draft.getList("groups.name"));
        assertEquals(List.of((int) f.app(1), (int) f.app(3)), draft.getList("groups[0].rows.applicationId"));
        assertEquals(List.of((int) f.app(2), (int) f.app(4)), draft.getList("groups[1].rows.applicationId"));
        // 生物医药's budget (50) takes only the first project's 40 as proposed; the second waits for the admin
        Map<Long, BigDecimal> proposed = proposed(listId);
        assertEquals(0, new BigDecimal("40").compareTo(proposed.get(f.app(2))));
        assertNull(proposed.get(f.app(4)));
        assertEquals(4, proposed.size());
        assertEquals(40f, draft.getFloat("budgets[1].used"));
        assertEquals(10f, draft.getFloat("budgets[1].left"));
        assertEquals(1L, audits("RESULT_LIST_CREATED"));
    }

    @Test
    void aRoundNotYetConfirmedIsRefused() {
        admin().body(Map.of("roundId", f.sr().nextRoundId(), "titleZh", "名单", "titleEn", "List", "grouping", "TRACK"))
                .post("/api/v1/programs/" + f.sr().programId() + "/result-lists")
                .then().statusCode(409).body("code", org.hamcrest.Matchers.equalTo("round_not_confirmed"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ResultList.count()));
    }

    @Test
    void exceedingADirectionsBudgetIsRefusedUnlessAReasonIsRecorded() {
        long listId = create("DIRECTION");
        String row = "/api/v1/result-lists/" + listId + "/rows/" + f.app(4);
        admin().header("Accept-Language", "en").body(Map.of("proposedAmount", 20)).put(row).then().statusCode(409)
                .body("code", org.hamcrest.Matchers.equalTo("over_budget"))
                .body("message", org.hamcrest.Matchers.containsString("Biomedicine"));
        assertNull(proposed(listId).get(f.app(4)));

        admin().body(Map.of("proposedAmount", 20, "reason", "省领导小组同意追加")).put(row).then().statusCode(200);
        assertEquals(0, new BigDecimal("20").compareTo(proposed(listId).get(f.app(4))));
        assertEquals("省领导小组同意追加", QuarkusTransaction.requiringNew().call(() -> ResultRow
                .<ResultRow> find("listId = ?1 and applicationId = ?2", listId, f.app(4)).firstResult().overBudgetReason));
        AuditEntry audit = QuarkusTransaction.requiringNew().call(() -> AuditEntry
                .<AuditEntry> find("action", "RESULT_AMOUNT_OVER_BUDGET").firstResult());
        assertTrue(audit.detail.contains("省领导小组同意追加"), audit.detail);
    }

    @Test
    void twoConcurrentEditsCannotBothTakeADirectionOverItsBudget() throws Exception {
        long listId = create("DIRECTION");
        // 数字经济: budget 100, projects 1 and 3 at 40 each; each edit alone fits (60 + 40), both would be 120
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> runs = new ArrayList<>();
        for (int app : new int[] { 1, 3 }) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    Acting.as("admin", Role.ADMIN,
                            () -> service.setAmount(listId, f.app(app), new BigDecimal("60"), null, null));
                    return "ok";
                } catch (DomainException e) {
                    return e.failure().code();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> r : runs) {
            outcomes.add(r.get());
        }
        outcomes.sort(null);
        assertEquals(List.of("ok", "over_budget"), outcomes);
        Map<Long, BigDecimal> proposed = proposed(listId);
        assertEquals(0, new BigDecimal("100").compareTo(proposed.get(f.app(1)).add(proposed.get(f.app(3)))));
    }

    @Test
    void publishingFreezesTheListAndAnApplicantIsToldAndSeesTheOutcome() {
        long listId = create("DIRECTION");
        admin().body(Map.of()).post("/api/v1/result-lists/" + listId + "/publish").then().statusCode(201)
                .body("header.number", org.hamcrest.Matchers.equalTo(1))
                .body("rows.projectName", org.hamcrest.Matchers.contains("项目 1", "项目 3", "项目 2", "项目 4"));
        QuarkusTransaction.requiringNew().run(() -> {
            Application a = Application.findById(f.app(1));
            a.projectName = "改过的名字";
            a.organisation = "别的企业";
        });
        JsonPath v1 = given().get("/api/v1/public/result-lists/" + listId).then().statusCode(200).extract().jsonPath();
        assertEquals("项目 1", v1.getString("rows[0].projectName"));
        assertEquals("企业 1", v1.getString("rows[0].organisation"));
        assertEquals("南昌高新区", v1.getString("rows[0].unit.zh"));
        // everyone the round ranked is told: four listed, two not
        assertEquals(6L, QuarkusTransaction.requiringNew().call(() -> Notification.count()));
        Outbox.drained();
        assertTrue(mailbox.getMailsSentTo("applicant-5@example.org").get(0).getText().contains("未列入"));

        String page = given().auth().oauth2(TestTokens.of("applicant-1", Role.APPLICANT)).get("/applications/" + f.app(1))
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-testid=\"outcome-" + listId + "\""), page);
        assertTrue(page.contains("已列入名单") && page.contains("拟支持 40 万元"), page);
        String other = given().auth().oauth2(TestTokens.of("applicant-6", Role.APPLICANT)).get("/applications/" + f.app(6))
                .then().statusCode(200).extract().asString();
        assertTrue(other.contains("未列入名单"), other);
    }

    @Test
    void aCorrectionIsVersionTwoWithItsReasonAndVersionOneStaysReadable() {
        long listId = create("TRACK");
        String base = "/api/v1/result-lists/" + listId;
        admin().body(Map.of()).post(base + "/publish").then().statusCode(201);
        admin().body(Map.of("reason", "经核查存在重复申报")).post(base + "/rows/" + f.app(3) + "/remove").then().statusCode(200);
        admin().body(Map.of()).post(base + "/publish").then().statusCode(422)
                .body("code", org.hamcrest.Matchers.equalTo("change_note_required"));
        admin().body(Map.of("changeNote", "移除项目 3（重复申报）")).post(base + "/publish").then().statusCode(201)
                .body("header.number", org.hamcrest.Matchers.equalTo(2));

        JsonPath latest = given().get("/api/v1/public/result-lists/" + listId).then().statusCode(200).extract().jsonPath();
        assertEquals(2, latest.getInt("header.number"));
        assertEquals("移除项目 3（重复申报）", latest.getString("header.changeNote"));
        assertEquals(List.of("经核查存在重复申报"), latest.getList("header.dropped.reason"));
        assertEquals(List.of(1, 2), latest.getList("header.versions"));
        assertNull(latest.get("header.publishedBy"), "staff accounts are not published");
        assertEquals(3, latest.getList("rows").size());
        JsonPath v1 = given().get("/api/v1/public/result-lists/" + listId + "/versions/1").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(4, v1.getList("rows").size());
        assertTrue(v1.getList("rows.projectName").contains("项目 3"));
        assertEquals(1L, audits("RESULT_LIST_CORRECTED"));
        assertEquals(1L, audits("RESULT_ROW_REMOVED"));
    }

    @Test
    void objectionsAreTakenDuringTheNoticePeriodOnlyAndTheirResolutionIsAuditedAndMailed() {
        long listId = create("TRACK");
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Instant end = now.plus(Duration.ofHours(1));
        admin().body(Map.of("noticeStartsAt", now.minus(Duration.ofHours(1)).toString(), "noticeEndsAt", end.toString()))
                .post("/api/v1/result-lists/" + listId + "/publish").then().statusCode(201);
        String objections = "/api/v1/result-lists/" + listId + "/objections";
        Map<String, Object> body = Map.of("applicationId", f.app(2), "realName", "张三", "contact",
                "zhangsan@example.org", "reasons", "该项目的专利不属于申报单位。");

        given().contentType(ContentType.JSON).body(body).post(objections).then().statusCode(401);
        given().redirects().follow(false).get("/results/" + listId + "/objection").then().statusCode(302);
        String citizen = TestTokens.of("citizen", Role.APPLICANT);
        given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body(Map.of("applicationId", f.app(2), "realName", " ", "contact", "nope", "reasons", "x"))
                .post(objections).then().statusCode(422).body("fields.realName", org.hamcrest.Matchers.notNullValue())
                .body("fields.contact", org.hamcrest.Matchers.notNullValue());
        long objectionId = given().auth().oauth2(citizen).contentType(ContentType.JSON).body(body).post(objections)
                .then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("OPEN")).extract().jsonPath()
                .getLong("id");

        clock.travel(Duration.between(Instant.now(clock), end).plusSeconds(1));
        given().auth().oauth2(citizen).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post(objections).then().statusCode(409).body("code", org.hamcrest.Matchers.equalTo("notice_ended"))
                .body("message", org.hamcrest.Matchers.containsString("no longer taken"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Objection.count()));

        admin().get(objections).then().statusCode(200).body("realName", org.hamcrest.Matchers.contains("张三"));
        admin().body(Map.of("outcome", "DISMISSED")).post(objections + "/" + objectionId + "/resolution").then()
                .statusCode(422);
        admin().body(Map.of("outcome", "DISMISSED", "text", "经核实，专利权属清晰。"))
                .post(objections + "/" + objectionId + "/resolution").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DISMISSED"));
        AuditEntry audit = QuarkusTransaction.requiringNew().call(() -> AuditEntry
                .<AuditEntry> find("action", "OBJECTION_RESOLVED").firstResult());
        assertEquals("admin", audit.actor);
        assertTrue(audit.detail.contains("专利权属清晰"), audit.detail);
        Outbox.drained();
        assertTrue(mailbox.getMailsSentTo("citizen@demo.shortlist.local").get(0).getText().contains("异议不成立"));

        // after the period, with every objection resolved, the final list closes the list
        admin().body(Map.of("finalList", true, "changeNote", "公示无异议，发布最终名单"))
                .post("/api/v1/result-lists/" + listId + "/publish").then().statusCode(201)
                .body("header.finalVersion", org.hamcrest.Matchers.equalTo(true));
        admin().body(Map.of("proposedAmount", 1)).put("/api/v1/result-lists/" + listId + "/rows/" + f.app(1)).then()
                .statusCode(409).body("code", org.hamcrest.Matchers.equalTo("list_final"));
    }

    @Test
    void anObjectionBeforeTheNoticePeriodStartsIsRefused() {
        long listId = create("TRACK");
        Instant now = Instant.now(clock);
        admin().body(Map.of("noticeStartsAt", now.plus(Duration.ofDays(1)).toString(), "noticeEndsAt",
                now.plus(Duration.ofDays(8)).toString())).post("/api/v1/result-lists/" + listId + "/publish").then()
                .statusCode(201);
        given().auth().oauth2(TestTokens.of("citizen", Role.APPLICANT)).contentType(ContentType.JSON)
                .body(Map.of("applicationId", f.app(1), "realName", "张三", "contact", "13800138000", "reasons", "理由"))
                .post("/api/v1/result-lists/" + listId + "/objections").then().statusCode(409)
                .body("code", org.hamcrest.Matchers.equalTo("notice_not_started"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private long create(String grouping) {
        return admin().body(Map.of("roundId", f.sr().roundId(), "titleZh", "拟支持项目名单", "titleEn",
                "Proposed support list", "grouping", grouping))
                .post("/api/v1/programs/" + f.sr().programId() + "/result-lists").then().statusCode(201).extract()
                .jsonPath().getLong("listId");
    }

    private static Map<Long, BigDecimal> proposed(long listId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, BigDecimal> out = new HashMap<>();
            ResultRow.<ResultRow> list("listId", listId).forEach(r -> out.put(r.applicationId, r.proposedAmount));
            return out;
        });
    }

    private static long audits(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action", action));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON);
    }
}
