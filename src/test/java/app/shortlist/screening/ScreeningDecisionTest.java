package app.shortlist.screening;

import static app.shortlist.screening.ScreeningSupport.ADMIN;
import static app.shortlist.screening.ScreeningSupport.SCREENER;
import static app.shortlist.screening.ScreeningSupport.api;
import static app.shortlist.screening.ScreeningSupport.audit;
import static app.shortlist.screening.ScreeningSupport.entry;
import static app.shortlist.screening.ScreeningSupport.form;
import static app.shortlist.screening.ScreeningSupport.mails;
import static app.shortlist.screening.ScreeningSupport.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.Application;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.audit.AuditEntry;
import app.shortlist.notification.Notification;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.support.ErrorSummary;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Pass, reject and return for correction, by page and API, and the way back into the queue. */
@QuarkusTest
class ScreeningDecisionTest {

    TestData.ScreeningContest sc;
    List<Long> checklist;
    List<Long> reasons;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sc = TestData.screeningContest("SCD");
        checklist = QuarkusTransaction.requiringNew().call(() -> ChecklistItem.<ChecklistItem>list(
                "program.id = ?1 order by position", sc.programId()).stream().map(i -> i.id).toList());
        reasons = QuarkusTransaction.requiringNew().call(() -> RejectReason.<RejectReason>list(
                "program.id = ?1 order by position", sc.programId()).stream().map(i -> i.id).toList());
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void submissionEntersTheScreeningQueueAndTheEntryPageShowsIt() {
        long app = submit(sc.contest(), "applicant1", "智能水务", "杭州甲公司", "CN");
        RoundEntry e = entry(sc.screeningRoundId(), app);
        assertEquals(EntryState.WAITING, e.state);
        given().auth().oauth2(SCREENER).header("Accept-Language", "zh-CN").get("/screening/entries/" + e.id).then()
                .statusCode(200).body(containsString("SCD-00001")).body(containsString("智能水务"))
                .body(containsString("材料齐全")).body(containsString("自动检查未发现问题"))
                .body(containsString("退回补正")).body(containsString("待处理"));
    }

    @Test
    void passNeedsTheWholeChecklistThenIsAuditedAndMailed() {
        long app = submit(sc.contest(), "applicant1", "智能水务", "杭州甲公司", "CN");
        RoundEntry e = entry(sc.screeningRoundId(), app);
        form(SCREENER, "zh-CN").formParam("version", 0).formParam("check", checklist.get(0))
                .post("/screening/entries/" + e.id + "/pass").then().statusCode(422)
                .body(containsString("还有 1 项未勾选")).body(containsString("智能水务"));
        assertEquals(EntryState.WAITING, entry(e.id).state);

        form(SCREENER, "zh-CN").formParam("version", 0).formParam("check", checklist.get(0))
                .formParam("check", checklist.get(1)).post("/screening/entries/" + e.id + "/pass").then()
                .statusCode(303).header("Location", containsString("/screening/entries/" + e.id));
        RoundEntry passed = entry(e.id);
        assertEquals(EntryState.PASSED, passed.state);
        assertEquals(checklist.get(0) + "," + checklist.get(1), passed.checklist);
        assertEquals("screener", passed.decidedBy);
        assertNotNull(passed.decidedAt);
        AuditEntry last = last(audit("round_entry", e.id));
        assertEquals("SCREENING_PASSED", last.action);
        assertEquals("WAITING", last.before);
        assertEquals("PASSED", last.after);
        Notification mail = last(mails(app));
        assertTrue(mail.subject.contains("已通过资格审查"), mail.subject);
        assertTrue(mail.body.contains("SCD-00001"), mail.body);

        // Decided: a screener can no longer change it; the page offers no decision
        form(SCREENER, "en").formParam("version", passed.version).formParam("reasonId", reasons.get(0))
                .post("/screening/entries/" + e.id + "/reject").then().statusCode(403)
                .body(containsString("only an admin can change it"));
        given().auth().oauth2(SCREENER).header("Accept-Language", "en").get("/screening/entries/" + e.id).then()
                .statusCode(200).body(containsString("No decision can be made now")).body(not(containsString("data-testid=\"pass\"")));
    }

    @Test
    void rejectNeedsAReasonOrTextInBothLanguagesAndTellsTheApplicantWhy() {
        long app = submit(sc.contest(), "applicant1", "项目乙", "乙公司", "CN");
        RoundEntry e = entry(sc.screeningRoundId(), app);
        String refused = form(SCREENER, "en").formParam("version", 0).formParam("text", "  ")
                .post("/screening/entries/" + e.id + "/reject").then().statusCode(422)
                .body(containsString("Choose a reason or write an explanation (at least one)."))
                .extract().asString();
        // announced, and linked to the reason's select, which names the message
        ErrorSummary.check(refused, "decision-error", "rej-reason");
        form(SCREENER, "zh-CN").formParam("version", 0).formParam("reasonId", "")
                .post("/screening/entries/" + e.id + "/reject").then().statusCode(422)
                .body(containsString("请选择不通过理由或填写说明（至少一项）。"));
        api(SCREENER, "en").body(Map.of("decision", "REJECT", "reasonId", 987654, "version", 0))
                .post("/api/v1/applications/" + app + "/screening").then().statusCode(422)
                .body("code", equalTo("reason_unknown"));
        assertEquals(EntryState.WAITING, entry(e.id).state);
        assertTrue(audit("round_entry", e.id).isEmpty());

        form(SCREENER, "zh-CN").formParam("version", 0).formParam("reasonId", reasons.get(1))
                .formParam("text", "缺少营业执照").post("/screening/entries/" + e.id + "/reject").then().statusCode(303);
        RoundEntry rejected = entry(e.id);
        assertEquals(EntryState.REJECTED, rejected.state);
        assertEquals(reasons.get(1), rejected.reasonId);
        assertEquals("缺少营业执照", rejected.reasonText);
        AuditEntry last = last(audit("round_entry", e.id));
        assertEquals("SCREENING_REJECTED", last.action);
        assertEquals("材料不全：缺少营业执照", last.detail);
        Notification mail = last(mails(app));
        assertTrue(mail.body.contains("未通过资格审查") && mail.body.contains("材料不全：缺少营业执照"), mail.body);
    }

    @Test
    void staleVersionIsRefused() {
        long app = submit(sc.contest(), "applicant1", "项目丙", "丙公司", "CN");
        api(SCREENER, "en").body(Map.of("decision", "PASS", "checklist", checklist, "version", 3))
                .post("/api/v1/applications/" + app + "/screening").then().statusCode(409).body("code", equalTo("stale"));
        api(SCREENER, "en").body(Map.of("decision", "PASS", "checklist", checklist))
                .post("/api/v1/applications/" + app + "/screening").then().statusCode(400)
                .body("code", equalTo("invalid_input"));
        api(SCREENER, "zh-CN").body(Map.of("version", 0)).post("/api/v1/applications/" + app + "/screening").then()
                .statusCode(422).body("message", equalTo("请选择决定：通过、不通过或退回补正。"));
        api(SCREENER, "en").body(Map.of("decision", "PASS", "checklist", checklist, "version", 0))
                .post("/api/v1/applications/" + app + "/screening").then().statusCode(200)
                .body("state", equalTo("PASSED")).body("version", equalTo(1));
    }

    @Test
    void adminChangesADecisionOnlyWithAReason() {
        long app = submit(sc.contest(), "applicant1", "项目丁", "丁公司", "CN");
        api(SCREENER, "en").body(Map.of("decision", "REJECT", "text", "Out of scope", "version", 0))
                .post("/api/v1/applications/" + app + "/screening").then().statusCode(200);
        api(ADMIN, "en").body(Map.of("decision", "PASS", "checklist", checklist, "version", 1))
                .post("/api/v1/applications/" + app + "/screening").then().statusCode(422)
                .body("message", equalTo("Please give the reason for changing the decision."));
        api(ADMIN, "en").body(Map.of("decision", "PASS", "checklist", checklist, "version", 1, "text", "复核后符合条件"))
                .post("/api/v1/applications/" + app + "/screening").then().statusCode(200)
                .body("state", equalTo("PASSED")).body("reasonText", equalTo("复核后符合条件"))
                .body("decidedBy", equalTo("admin"));
        RoundEntry e = entry(sc.screeningRoundId(), app);
        AuditEntry last = last(audit("round_entry", e.id));
        assertEquals("SCREENING_REDECIDED", last.action);
        assertEquals("REJECTED", last.before);
        assertEquals("复核后符合条件", last.detail);
        assertEquals(2, mails(app).stream().filter(n -> n.subject.contains("资格审查") || n.subject.contains("qualification")).count());
    }

    @Test
    void returnedApplicationComesBackToTheQueueWhenResubmitted() {
        long app = submit(sc.contest(), "applicant1", "项目戊", "戊公司", "CN");
        RoundEntry e = entry(sc.screeningRoundId(), app);
        String until = LocalDate.now().plusDays(10).toString();
        form(SCREENER, "en").formParam("version", 0).formParam("message", "请补充营业执照").formParam("until", "tomorrow")
                .post("/screening/entries/" + e.id + "/return").then().statusCode(422)
                .body(containsString("year-month-day"));
        form(SCREENER, "en").formParam("version", 0).formParam("message", " ").formParam("until", until)
                .post("/screening/entries/" + e.id + "/return").then().statusCode(422)
                .body(containsString("Please say what needs correcting."));
        form(SCREENER, "zh-CN").formParam("version", 0).formParam("message", "请补充营业执照")
                .formParam("until", LocalDate.now().minusDays(1).toString())
                .post("/screening/entries/" + e.id + "/return").then().statusCode(422)
                .body(containsString("补正截止日期必须晚于今天"));
        form(SCREENER, "zh-CN").formParam("version", 0).formParam("message", "请补充营业执照").formParam("until", until)
                .post("/screening/entries/" + e.id + "/return").then().statusCode(303);

        assertEquals(EntryState.RETURNED, entry(e.id).state);
        assertEquals("请补充营业执照", entry(e.id).reasonText);
        Application returned = QuarkusTransaction.requiringNew().call(() -> Application.findById(app));
        assertEquals(ApplicationStatus.RETURNED, returned.status);
        assertEquals("SCREENING_RETURNED", last(audit("round_entry", e.id)).action);
        assertEquals("RETURNED", last(audit("application", app)).action);
        assertTrue(last(mails(app)).body.contains("请补充营业执照"));
        given().auth().oauth2(SCREENER).header("Accept-Language", "zh-CN")
                .get("/screening/rounds/" + sc.screeningRoundId()).then().statusCode(200)
                .body(containsString("data-testid=\"count-RETURNED\">退回补正 <strong>1</strong>"))
                .body(containsString("data-testid=\"count-WAITING\">待处理 <strong>0</strong>"));

        // the applicant corrects and resubmits: the entry waits again
        String owner = TestTokens.of("applicant1", Role.APPLICANT);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("version", returned.version, "values",
                ScreeningSupport.values(sc.contest(), "项目戊", "戊公司", "CN", "已补充营业执照")))
                .put("/api/v1/applications/" + app).then().statusCode(200);
        given().auth().oauth2(owner).contentType(ContentType.JSON).post("/api/v1/applications/" + app + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        RoundEntry back = entry(e.id);
        assertEquals(EntryState.WAITING, back.state);
        // the queue sorts by the entry's copy of the submission time: it follows the resubmission
        assertEquals(QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(app)).submittedAt,
                back.submittedAt);
        assertEquals("ENTRY_BACK_IN_QUEUE", last(audit("round_entry", e.id)).action);
        given().auth().oauth2(SCREENER).header("Accept-Language", "zh-CN")
                .get("/screening/rounds/" + sc.screeningRoundId() + "?state=WAITING").then().statusCode(200)
                .body(containsString("SCD-00001")).body(containsString("data-testid=\"count-WAITING\">待处理 <strong>1</strong>"));
        // and can now be decided again, by page
        form(SCREENER, "zh-CN").formParam("version", back.version).formParam("check", checklist.get(0))
                .formParam("check", checklist.get(1)).post("/screening/entries/" + e.id + "/pass").then().statusCode(303);
        assertEquals(EntryState.PASSED, entry(e.id).state);
    }

    @Test
    void aScreenerCannotDecideInAClosedRound() {
        long app = submit(sc.contest(), "applicant1", "项目己", "己公司", "CN");
        RoundEntry e = entry(sc.screeningRoundId(), app);
        api(ADMIN, "en").body(Map.of("reason", "时间到")).post("/api/v1/rounds/" + sc.screeningRoundId() + "/screening/close")
                .then().statusCode(200).body("state", equalTo("CONFIRMED"));
        api(SCREENER, "en").body(Map.of("decision", "PASS", "checklist", checklist, "version", 0))
                .post("/api/v1/applications/" + app + "/screening").then().statusCode(409)
                .body("code", equalTo("round_not_open")).body("message", containsString("Confirmed"));
        form(SCREENER, "zh-CN").formParam("version", 0).formParam("check", checklist.get(0))
                .formParam("check", checklist.get(1)).post("/screening/entries/" + e.id + "/pass").then().statusCode(409)
                .body(containsString("本轮当前不能作出审查决定（状态：已确认）"));
        assertEquals(EntryState.WAITING, entry(e.id).state);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
