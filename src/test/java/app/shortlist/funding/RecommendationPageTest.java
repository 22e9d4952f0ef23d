package app.shortlist.funding;

import static app.shortlist.funding.RecommendationSupport.ADMIN;
import static app.shortlist.funding.RecommendationSupport.REC_A;
import static app.shortlist.funding.RecommendationSupport.actions;
import static app.shortlist.funding.RecommendationSupport.entry;
import static app.shortlist.funding.RecommendationSupport.form;
import static app.shortlist.funding.RecommendationSupport.list;
import static app.shortlist.funding.RecommendationSupport.order;
import static app.shortlist.funding.RecommendationSupport.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.pipeline.EntryState;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The recommender's workspace and entry pages, the province view and the admin's unit mapping page. */
@QuarkusTest
class RecommendationPageTest {

    TestData.RecommendationProgram rp;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        rp = TestData.recommendationProgram("JXP", 2, 3);
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    private static String entryPage(long entryId) {
        return "/recommendation/entries/" + entryId;
    }

    @Test
    void aRecommenderRecommendsRanksAndSubmitsOnThePages() {
        List<Long> e = rp.entriesA();
        page(REC_A, "zh-CN").get("/recommendation").then().statusCode(200)
                .body(containsString("高新区")).body(containsString("名额：共 2 个，已用 0 个，剩余 2 个"))
                .body(containsString("JXP-A01")).body(not(containsString("JXP-B01")))
                .body(containsString("href=\"/recommendation\""));
        page(REC_A, "zh-CN").get(entryPage(e.get(0))).then().statusCode(200).body(containsString("A项目 1"))
                .body(containsString("未推荐")).body(containsString("data-testid=\"recommend\""));

        form(REC_A, "zh-CN").formParam("version", "-1").formParam("opinion", "符合方向，建议推荐").formParam("recommend", "1")
                .post(entryPage(e.get(0)) + "/opinion").then().statusCode(303);
        form(REC_A, "zh-CN").formParam("version", "-1").formParam("opinion", "同意推荐").formParam("recommend", "1")
                .post(entryPage(e.get(2)) + "/opinion").then().statusCode(303);
        assertEquals(List.of(rp.applicationsA().get(0), rp.applicationsA().get(2)), order(rp.roundId(), rp.unitA()));
        // the third is over the quota: the page says so in the reader's language and keeps what was typed
        form(REC_A, "en").formParam("version", "-1").formParam("opinion", "also good").formParam("recommend", "1")
                .post(entryPage(e.get(1)) + "/opinion").then().statusCode(409)
                .body(containsString("Over the quota: your unit may recommend 2, and this would make 3."))
                .body(containsString("also good"));
        assertEquals(2, order(rp.roundId(), rp.unitA()).size());

        // move the second up from the workspace
        form(REC_A, "zh-CN").formParam("position", "1").formParam("back", "unit").post(entryPage(e.get(2)) + "/move")
                .then().statusCode(303).header("Location", containsString("/recommendation/units/" + rp.unitA()));
        assertEquals(List.of(rp.applicationsA().get(2), rp.applicationsA().get(0)), order(rp.roundId(), rp.unitA()));
        page(REC_A, "zh-CN").get("/recommendation/units/" + rp.unitA()).then().statusCode(200)
                .body(containsString("名额：共 2 个，已用 2 个，剩余 0 个")).body(containsString("data-testid=\"rec-1\""))
                .body(containsString("data-testid=\"submit-list\""));

        form(REC_A, "zh-CN").post("/recommendation/units/" + rp.unitA() + "/submit").then().statusCode(303);
        assertEquals(ListState.SUBMITTED, list(rp.roundId(), rp.unitA()).state);
        page(REC_A, "zh-CN").get("/recommendation/units/" + rp.unitA()).then().statusCode(200)
                .body(containsString("名单已锁定")).body(not(containsString("data-testid=\"submit-list\"")));
        form(REC_A, "zh-CN").formParam("position", "2").post(entryPage(e.get(2)) + "/move").then().statusCode(409)
                .body(containsString("已报送省级主管部门"));

        // the province sees the list in order and returns it with a reason
        page(ADMIN, "zh-CN").get("/recommendation/rounds/" + rp.roundId()).then().statusCode(200)
                .body(containsString("已提交")).body(containsString("JXP-A03 · A项目 3"));
        form(ADMIN, "zh-CN").formParam("reason", "").post("/recommendation/units/" + rp.unitA() + "/return").then()
                .statusCode(422).body(containsString("请填写退回理由"));
        form(ADMIN, "zh-CN").formParam("reason", "请调整顺序").post("/recommendation/units/" + rp.unitA() + "/return")
                .then().statusCode(303);
        assertEquals(ListState.RETURNED, list(rp.roundId(), rp.unitA()).state);
        page(REC_A, "zh-CN").get("/recommendation/units/" + rp.unitA()).then().statusCode(200)
                .body(containsString("请调整顺序"));
    }

    @Test
    void anotherUnitsPagesAreNotFoundEvenByGuessedIds() {
        page(REC_A, "zh-CN").get("/recommendation/units/" + rp.unitB()).then().statusCode(404);
        page(REC_A, "zh-CN").get(entryPage(rp.entriesB().get(0))).then().statusCode(404);
        page(REC_A, "zh-CN").get(entryPage(987654398L)).then().statusCode(404);
        page(REC_A, "zh-CN").get("/recommendation/units/987654397").then().statusCode(404);
        form(REC_A, "zh-CN").formParam("version", "-1").formParam("recommend", "1")
                .post(entryPage(rp.entriesB().get(0)) + "/opinion").then().statusCode(404);
        form(REC_A, "zh-CN").post("/recommendation/units/" + rp.unitB() + "/submit").then().statusCode(404);
        // an unbound recommender sees nothing at all
        String stranger = TestTokens.of("recommender-x", Role.RECOMMENDER);
        page(stranger, "zh-CN").get("/recommendation").then().statusCode(200).body(containsString("尚未绑定推荐单位"));
        page(stranger, "zh-CN").get("/recommendation/units/" + rp.unitA()).then().statusCode(404);
        assertEquals(List.of(), order(rp.roundId(), rp.unitB()));
        assertEquals(EntryState.WAITING, entry(rp.entriesB().get(0)).state);
    }

    @Test
    void theProvinceConfirmsTheRoundOnItsPage() {
        form(REC_A, "zh-CN").formParam("version", "-1").formParam("recommend", "1")
                .post(entryPage(rp.entriesA().get(1)) + "/opinion").then().statusCode(303);
        form(REC_A, "zh-CN").post("/recommendation/units/" + rp.unitA() + "/submit").then().statusCode(303);
        String close = "/recommendation/rounds/" + rp.roundId() + "/close";
        form(ADMIN, "en").post(close).then().statusCode(409)
                .body(containsString("1 units have not submitted their lists"));
        form(ADMIN, "zh-CN").formParam("reason", "经开区逾期未报送").post(close).then().statusCode(303);
        assertEquals(RoundState.CONFIRMED,
                QuarkusTransaction.requiringNew().call(() -> Round.<Round>findById(rp.roundId()).state));
        assertEquals(EntryState.PASSED, entry(rp.entriesA().get(1)).state);
        assertEquals(EntryState.REJECTED, entry(rp.entriesB().get(0)).state);
        assertEquals(1L, QuarkusTransaction.requiringNew()
                .call(() -> app.shortlist.pipeline.RoundEntry.count("round.id", rp.nextRoundId())));
        page(ADMIN, "zh-CN").get("/recommendation/rounds/" + rp.roundId()).then().statusCode(200)
                .body(containsString("经开区逾期未报送"));
    }

    @Test
    void theAdminBindsAndUnbindsRecommenders() {
        String units = "/admin/programs/" + rp.programId() + "/units";
        page(ADMIN, "zh-CN").get(units).then().statusCode(200).body(containsString("recommender-b"))
                .body(containsString("高新区 · 南昌市"));
        form(ADMIN, "zh-CN").formParam("unitId", String.valueOf(rp.unitB())).formParam("username", "recommender")
                .post(units).then().statusCode(409).body(containsString("用户 recommender 已绑定本项目的推荐单位“高新区”"));
        form(ADMIN, "en").formParam("unitId", String.valueOf(rp.unitB())).formParam("username", "new-officer")
                .formParam("email", "not-an-email").post(units).then().statusCode(422)
                .body(containsString("The e-mail address is not valid."));
        form(ADMIN, "zh-CN").formParam("unitId", String.valueOf(rp.unitB())).formParam("username", "new-officer")
                .formParam("email", "officer@example.cn").post(units).then().statusCode(303);
        UnitMember m = QuarkusTransaction.requiringNew()
                .call(() -> UnitMember.of(rp.programId(), "new-officer").orElseThrow());
        assertEquals(rp.unitB(), QuarkusTransaction.requiringNew()
                .call(() -> UnitMember.<UnitMember>findById(m.id).unit.id));
        assertTrue(actions(UnitMemberService.ENTITY, m.id).contains("UNIT_MEMBER_BOUND"));
        String officer = TestTokens.of("new-officer", Role.RECOMMENDER);
        page(officer, "zh-CN").get("/recommendation/units/" + rp.unitB()).then().statusCode(200);
        form(ADMIN, "zh-CN").post(units + "/" + m.id + "/delete").then().statusCode(303);
        page(officer, "zh-CN").get("/recommendation/units/" + rp.unitB()).then().statusCode(404);
        assertTrue(actions(UnitMemberService.ENTITY, m.id).contains("UNIT_MEMBER_UNBOUND"));
    }
}
