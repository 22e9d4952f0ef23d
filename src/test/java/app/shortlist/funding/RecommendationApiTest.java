package app.shortlist.funding;

import static app.shortlist.funding.RecommendationSupport.ADMIN;
import static app.shortlist.funding.RecommendationSupport.REC_A;
import static app.shortlist.funding.RecommendationSupport.REC_B;
import static app.shortlist.funding.RecommendationSupport.actions;
import static app.shortlist.funding.RecommendationSupport.api;
import static app.shortlist.funding.RecommendationSupport.audit;
import static app.shortlist.funding.RecommendationSupport.entry;
import static app.shortlist.funding.RecommendationSupport.list;
import static app.shortlist.funding.RecommendationSupport.order;
import static app.shortlist.funding.RecommendationSupport.units;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.application.Application;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.audit.AuditEntry;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.Acting;
import app.shortlist.support.Outbox;
import app.shortlist.support.TestData;
import app.shortlist.web.DomainException;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** 推荐申报 by API: ranking within the quota, submitting, the province's return and confirmation. */
@QuarkusTest
class RecommendationApiTest {

    @Inject
    RecommendationService service;

    @Inject
    MockMailbox mailbox;

    TestData.RecommendationProgram rp;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        mailbox.clear();
        rp = TestData.recommendationProgram("JXT", 3, 5);
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void aRecommenderRanksAndRecommendsWithinTheQuota() {
        List<Long> a = rp.applicationsA();
        api(REC_A, "zh-CN").body(Map.of("order", List.of(a.get(2), a.get(0)),
                "opinions", Map.of(String.valueOf(a.get(2)), "技术先进，建议优先支持", String.valueOf(a.get(4)), "材料较弱")))
                .put(units(rp.unitA())).then().statusCode(200)
                .body("recommendedCount", equalTo(2)).body("left", equalTo(1)).body("quota", equalTo(3))
                .body("listState", equalTo("DRAFT"))
                .body("recommended.applicationId", equalTo(List.of(a.get(2).intValue(), a.get(0).intValue())))
                .body("recommended.priority", equalTo(List.of(1, 2)))
                .body("recommended[0].opinion", equalTo("技术先进，建议优先支持"))
                .body("entries", hasSize(5));
        assertEquals(List.of(a.get(2), a.get(0)), order(rp.roundId(), rp.unitA()));
        UnitList l = list(rp.roundId(), rp.unitA());
        assertTrue(actions(RecommendationService.LIST_ENTITY, l.id).contains("RECOMMENDATION_LIST_SAVED"));

        // one more (by the service, as the entry page does) goes last; moving it first shifts the others
        Acting.as("recommender", Role.RECOMMENDER, () -> service.recommend(rp.entriesA().get(4), null, null));
        assertEquals(List.of(a.get(2), a.get(0), a.get(4)), order(rp.roundId(), rp.unitA()));
        Acting.as("recommender", Role.RECOMMENDER, () -> service.move(rp.entriesA().get(4), 1));
        assertEquals(List.of(a.get(4), a.get(2), a.get(0)), order(rp.roundId(), rp.unitA()));
        long rec = QuarkusTransaction.requiringNew().call(() -> Recommendation.of(rp.entriesA().get(4)).id);
        assertEquals(List.of("RECOMMENDED", "RECOMMENDATION_MOVED"), actions(RecommendationService.ENTITY, rec));
        // the entries wait for the province's decision
        assertEquals(EntryState.WAITING, entry(rp.entriesA().get(4)).state);
        api(ADMIN, "zh-CN").get(units(rp.unitA())).then().statusCode(200)
                .body("recommended.reference", equalTo(List.of("JXT-A05", "JXT-A03", "JXT-A01")));
    }

    @Test
    void theQuotaIsNeverExceededAndTheRefusalSpeaksBothLanguages() {
        List<Long> a = rp.applicationsA();
        List<Long> four = List.of(a.get(0), a.get(1), a.get(2), a.get(3));
        api(REC_A, "zh-CN").body(Map.of("order", four)).put(units(rp.unitA())).then().statusCode(409)
                .body("code", equalTo("quota_exceeded")).body("message", containsString("本单位名额为 3 个"));
        api(REC_A, "en").body(Map.of("order", four)).put(units(rp.unitA())).then().statusCode(409)
                .body("message", equalTo("Over the quota: your unit may recommend 3, and this would make 4. Nothing was saved."));
        assertEquals(List.of(), order(rp.roundId(), rp.unitA()));

        api(REC_A, "en").body(Map.of("order", four.subList(0, 3))).put(units(rp.unitA())).then().statusCode(200);
        DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> Acting.as("recommender", Role.RECOMMENDER, () -> service.recommend(rp.entriesA().get(4), null, null)));
        assertEquals(FundingFailure.QUOTA_EXCEEDED, refused.failure());
        assertEquals("超出推荐名额：本单位名额为 3 个，此次操作后将推荐 4 个，未保存。", refused.message(app.shortlist.i18n.Lang.ZH));
        assertEquals(3, order(rp.roundId(), rp.unitA()).size());
    }

    @Test
    void concurrentRecommendationsTakeExactlyTheQuota() throws Exception {
        TestData.wipe();
        rp = TestData.recommendationProgram("JXC", 2, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (long entryId : rp.entriesA()) {
                Callable<Boolean> task = () -> {
                    try {
                        Acting.as("recommender", Role.RECOMMENDER, () -> service.recommend(entryId, null, null));
                        return true;
                    } catch (DomainException e) {
                        assertEquals(FundingFailure.QUOTA_EXCEEDED, e.failure());
                        return false;
                    }
                };
                results.add(pool.submit(task));
            }
            int accepted = 0;
            for (Future<Boolean> f : results) {
                accepted += f.get() ? 1 : 0;
            }
            assertEquals(2, accepted);
        } finally {
            pool.shutdownNow();
        }
        List<Long> order = order(rp.roundId(), rp.unitA());
        assertEquals(2, order.size());
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Recommendation.count(
                "round.id = ?1 and unit.id = ?2 and priority is not null", rp.roundId(), rp.unitA())));
        assertEquals(List.of(1, 2), QuarkusTransaction.requiringNew().call(() -> Recommendation.<Recommendation>list(
                "unit.id = ?1 and priority is not null order by priority", rp.unitA()).stream().map(r -> r.priority).toList()));
    }

    @Test
    void anotherUnitsApplicationsAreNotFoundByApi() {
        api(REC_A, "zh-CN").get(units(rp.unitB())).then().statusCode(404).body("code", equalTo("not_found"));
        api(REC_B, "zh-CN").get(units(rp.unitA())).then().statusCode(404);
        api(REC_A, "zh-CN").get(units(987654399L)).then().statusCode(404);
        api(REC_A, "zh-CN").body(Map.of("order", List.of())).put(units(rp.unitB())).then().statusCode(404);
        api(REC_A, "zh-CN").post(units(rp.unitB()) + "/submit").then().statusCode(404);
        // unit B's application on unit A's list: not one of A's
        api(REC_A, "en").body(Map.of("order", List.of(rp.applicationsB().get(0)))).put(units(rp.unitA())).then()
                .statusCode(422).body("code", equalTo("order_invalid"));
        Map<String, Object> correction = Map.of("message", "补充材料", "until", Instant.now().plus(Duration.ofDays(5)).toString());
        api(REC_A, "zh-CN").body(correction).post(units(rp.unitA()) + "/" + rp.applicationsB().get(0) + "/correction")
                .then().statusCode(404);
        api(REC_A, "zh-CN").body(correction).post(units(rp.unitB()) + "/" + rp.applicationsB().get(0) + "/correction")
                .then().statusCode(404);
        // the service itself refuses too, whatever called it
        DomainException e = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class, () -> Acting
                .as("recommender", Role.RECOMMENDER, () -> service.recommend(rp.entriesB().get(0), null, null)));
        assertEquals(app.shortlist.web.CommonFailure.NOT_FOUND, e.failure());
        assertEquals(List.of(), order(rp.roundId(), rp.unitB()));
        assertEquals(EntryState.WAITING, entry(rp.entriesB().get(0)).state);
    }

    @Test
    void submittingLocksTheListUntilTheProvinceReturnsItWithAReason() {
        List<Long> a = rp.applicationsA();
        api(REC_A, "zh-CN").post(units(rp.unitA()) + "/submit").then().statusCode(422)
                .body("code", equalTo("list_empty"));
        api(REC_A, "zh-CN").body(Map.of("order", List.of(a.get(1), a.get(0)))).put(units(rp.unitA())).then()
                .statusCode(200);
        api(REC_A, "zh-CN").post(units(rp.unitA()) + "/submit").then().statusCode(200)
                .body("listState", equalTo("SUBMITTED")).body("submittedBy", equalTo("recommender"));
        UnitList l = list(rp.roundId(), rp.unitA());
        AuditEntry submitted = audit(RecommendationService.LIST_ENTITY, l.id).stream()
                .filter(x -> x.action.equals("RECOMMENDATION_SUBMITTED")).findFirst().orElseThrow();
        assertEquals("recommender", submitted.actor);
        assertEquals("2/3: JXT-A02, JXT-A01", submitted.detail);

        // locked: no change of order, no new recommendation, no second submit
        api(REC_A, "zh-CN").body(Map.of("order", List.of(a.get(0)))).put(units(rp.unitA())).then().statusCode(409)
                .body("code", equalTo("list_submitted")).body("message", containsString("已报送省级主管部门"));
        api(REC_A, "zh-CN").post(units(rp.unitA()) + "/submit").then().statusCode(409);
        assertEquals(List.of(a.get(1), a.get(0)), order(rp.roundId(), rp.unitA()));

        // the province returns it: a reason is required; the recommender is mailed and may change it again
        api(REC_A, "zh-CN").body(Map.of("reason", "x")).post(units(rp.unitA()) + "/return").then().statusCode(403);
        api(ADMIN, "en").body(Map.of("reason", " ")).post(units(rp.unitA()) + "/return").then().statusCode(422)
                .body("message", equalTo("Please give the reason for returning the list."));
        api(ADMIN, "zh-CN").body(Map.of("reason", "A01 的推荐意见过于简单，请补充后重新报送"))
                .post(units(rp.unitA()) + "/return").then().statusCode(200).body("listState", equalTo("RETURNED"))
                .body("returnedReason", equalTo("A01 的推荐意见过于简单，请补充后重新报送"));
        assertEquals(ListState.RETURNED, list(rp.roundId(), rp.unitA()).state);
        assertTrue(actions(RecommendationService.LIST_ENTITY, l.id).contains("RECOMMENDATION_LIST_RETURNED"));
        Outbox.drained();
        var mails = mailbox.getMailsSentTo("recommender@example.org");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getText().contains("A01 的推荐意见过于简单"), mails.get(0).getText());
        assertTrue(mails.get(0).getSubject().contains("推荐名单已退回"));
        api(REC_A, "zh-CN").body(Map.of("order", List.of(a.get(0)))).put(units(rp.unitA())).then().statusCode(200);
        api(REC_A, "zh-CN").post(units(rp.unitA()) + "/submit").then().statusCode(200);
        assertEquals(ListState.SUBMITTED, list(rp.roundId(), rp.unitA()).state);
    }

    @Test
    void returningAnApplicationForCorrectionTakesItOffTheList() {
        List<Long> a = rp.applicationsA();
        api(REC_A, "zh-CN").body(Map.of("order", List.of(a.get(0), a.get(1), a.get(2)))).put(units(rp.unitA()))
                .then().statusCode(200);
        api(REC_A, "zh-CN").body(Map.of("message", "请补充财务报表", "until", Instant.now().plus(Duration.ofDays(3)).toString()))
                .post(units(rp.unitA()) + "/" + a.get(1) + "/correction").then().statusCode(200)
                .body("recommended.applicationId", equalTo(List.of(a.get(0).intValue(), a.get(2).intValue())));
        assertEquals(EntryState.RETURNED, entry(rp.entriesA().get(1)).state);
        assertEquals(ApplicationStatus.RETURNED, QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application>findById(a.get(1)).status));
        assertEquals(List.of(a.get(0), a.get(2)), order(rp.roundId(), rp.unitA()));
        assertTrue(actions(app.shortlist.pipeline.Pipeline.ENTITY, rp.entriesA().get(1))
                .contains("RECOMMENDATION_RETURNED_FOR_CORRECTION"));
    }

    @Test
    void confirmingTheRoundMovesTheRecommendedOnInEachUnitsOrder() {
        List<Long> a = rp.applicationsA();
        List<Long> b = rp.applicationsB();
        api(REC_A, "zh-CN").body(Map.of("order", List.of(a.get(3), a.get(1)))).put(units(rp.unitA())).then()
                .statusCode(200);
        api(REC_A, "zh-CN").post(units(rp.unitA()) + "/submit").then().statusCode(200);
        api(REC_B, "zh-CN").body(Map.of("order", List.of(b.get(4), b.get(0), b.get(2)))).put(units(rp.unitB())).then()
                .statusCode(200);
        String close = "/api/v1/rounds/" + rp.roundId() + "/recommendations/close";
        api(ADMIN, "zh-CN").body(Map.of()).post(close).then().statusCode(409).body("code", equalTo("lists_missing"))
                .body("message", containsString("还有 1 个推荐单位未报送推荐名单（经开区）"));
        api(REC_B, "zh-CN").post(units(rp.unitB()) + "/submit").then().statusCode(200);

        api(ADMIN, "zh-CN").get("/api/v1/rounds/" + rp.roundId() + "/recommendations").then().statusCode(200)
                .body("units.listState", equalTo(List.of("SUBMITTED", "SUBMITTED")))
                .body("units[1].recommended.reference", equalTo(List.of("JXT-B05", "JXT-B01", "JXT-B03")));
        api(ADMIN, "zh-CN").body(Map.of()).post(close).then().statusCode(200).body("state", equalTo("CONFIRMED"));

        Round round = QuarkusTransaction.requiringNew().call(() -> Round.findById(rp.roundId()));
        assertEquals(RoundState.CONFIRMED, round.state);
        assertNotNull(round.closedAt);
        List<RoundEntry> next = QuarkusTransaction.requiringNew().call(() -> RoundEntry.<RoundEntry>list(
                "select e from RoundEntry e join fetch e.application where e.round.id = ?1 order by e.id", rp.nextRoundId()));
        assertEquals(List.of(a.get(3), a.get(1), b.get(4), b.get(0), b.get(2)),
                next.stream().map(e -> e.application.id).toList());
        assertTrue(next.stream().allMatch(e -> e.state == EntryState.WAITING));
        assertEquals(EntryState.PASSED, entry(rp.entriesA().get(3)).state);
        assertEquals(EntryState.REJECTED, entry(rp.entriesA().get(0)).state);
        assertEquals(5L, QuarkusTransaction.requiringNew().call(() -> RoundEntry.count("round.id = ?1 and state = ?2",
                rp.roundId(), EntryState.REJECTED)));
        assertTrue(actions("round", rp.roundId()).contains("ROUND_CONFIRMED"));
        // every applicant still in the round hears the outcome, in their language
        List<app.shortlist.notification.Notification> passedMail = QuarkusTransaction.requiringNew().call(() ->
                app.shortlist.notification.Notification.list("applicationId = ?1", a.get(3)));
        assertEquals(1, passedMail.size());
        assertTrue(passedMail.get(0).subject.startsWith("您的申报已获推荐"), passedMail.get(0).subject);
        List<app.shortlist.notification.Notification> notMail = QuarkusTransaction.requiringNew().call(() ->
                app.shortlist.notification.Notification.list("applicationId = ?1", a.get(0)));
        assertEquals(1, notMail.size());
        assertTrue(notMail.get(0).body.contains("未列入所在区县的推荐名单"), notMail.get(0).body);
        // the order stays readable after the confirmation
        api(ADMIN, "zh-CN").get("/api/v1/rounds/" + rp.roundId() + "/recommendations").then().statusCode(200)
                .body("state", equalTo("CONFIRMED"))
                .body("units[0].recommended.reference", equalTo(List.of("JXT-A04", "JXT-A02")));
        // confirmed: nothing changes any more
        api(REC_A, "zh-CN").post(units(rp.unitA()) + "/submit").then().statusCode(409);
    }
}
