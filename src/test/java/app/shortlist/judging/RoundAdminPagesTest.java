package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.notification.Notification;
import app.shortlist.program.Round;
import app.shortlist.support.ErrorSummary;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The admin's round, registry, pool, assignment and progress pages, and a judge's conflicts page. */
@QuarkusTest
class RoundAdminPagesTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    TestData.ScoringRound sr;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sr = TestData.scoringRound("RP1", 8, 5, 3);
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void programOverviewListsItsRoundsWithLinksAndTheRoundPageShowsSettingsAndRubric() {
        given().auth().oauth2(ADMIN).get("/admin/programs/" + sr.programId()).then().statusCode(200)
                .body(containsString("href=\"/admin/rounds/" + sr.roundId() + "\""))
                .body(containsString("href=\"/admin/rounds/" + sr.roundId() + "/assignments\""))
                .body(containsString("海选"));
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").get("/admin/rounds/" + sr.roundId()).then()
                .statusCode(200).body(containsString("Open selection"))
                .body(containsString("data-testid=\"percent-innovation\">40%"))
                .body(containsString("data-testid=\"percent-team\">30%"))
                .body(containsString("value=\"criterion:innovation,MORE_TOP_SCORES,APPLICATION_ID\""))
                .body(containsString("data-testid=\"close-button\""));
    }

    @Test
    void badSettingsComeBackWithTheTypedValuesAndAMessageNextToEachField() {
        long version = round().version;
        post(ADMIN, "/admin/rounds/" + sr.roundId() + "/settings", Map.of("version", String.valueOf(version),
                "k", "两", "aggregation", "MEAN", "ruleKind", "TOP_N", "ruleN", "", "tieBreaks", "criterion:impact"))
                .statusCode(422).body(containsString("请填写整数。")).body(containsString("value=\"两\""));
        post(ADMIN, "/admin/rounds/" + sr.roundId() + "/settings", Map.of("version", String.valueOf(version),
                "k", "4", "aggregation", "MEAN", "ruleKind", "TOP_N", "ruleN", "", "tieBreaks", "criterion:impact"))
                .statusCode(422).body(containsString("按名次晋级时，请填写晋级人数（至少 1）。"))
                .body(containsString("同分规则引用的指标“impact”不在本轮评分标准中。"));
        assertEquals(3, round().judgesPerEntry);
        post(ADMIN, "/admin/rounds/" + sr.roundId() + "/settings", Map.of("version", String.valueOf(version),
                "k", "4", "aggregation", "MEAN", "ruleKind", "TOP_N", "ruleN", "10", "blind", "true",
                "endsAt", "2030-06-30T18:00")).statusCode(303);
        Round r = round();
        assertEquals(4, r.judgesPerEntry);
        assertTrue(r.blind);
        assertEquals("2030-06-30T10:00:00Z", r.endsAt.toString());
    }

    @Test
    void rubricEditorSavesRowsRemovesClearedOnesAndNamesEachProblem() {
        String path = "/admin/rounds/" + sr.roundId() + "/rubric";
        String version = String.valueOf(round().version);
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("version", version);
        row(bad, 0, "impact", "影响力", "Impact", "0", "10", "3", "2");
        row(bad, 1, "impact", "", "", "0", "10", "1", "1");
        post(ADMIN, path, bad).statusCode(422)
                .body(containsString("最高分与最低分之差须为步长的整数倍（0 至 10，步长 3）。"))
                .body(containsString("指标键“impact”重复。")).body(containsString("请填写中英文名称。"));
        assertEquals(3, criteria().size());

        Map<String, String> good = new java.util.LinkedHashMap<>();
        good.put("version", version);
        row(good, 0, "impact", "影响力", "Impact", "0", "10", "0.5", "2");
        row(good, 1, "", "", "", "", "", "", "");
        row(good, 2, "team", "团队", "Team", "0", "10", "0.5", "1");
        // the round's tie-breaks name "innovation": a rubric without it is refused, and says why
        post(ADMIN, path, good).statusCode(422).body(containsString("同分规则引用的指标“innovation”不在本轮评分标准中。"));
        row(good, 0, "innovation", "创新性", "Innovation", "0", "10", "0.5", "2");
        post(ADMIN, path, good).statusCode(303);
        assertEquals(List.of("innovation", "team"), criteria());
        given().auth().oauth2(ADMIN).get("/admin/rounds/" + sr.roundId()).then()
                .body(containsString("data-testid=\"percent-innovation\">66.7%"));
    }

    @Test
    void aRefusedRubricIsAnnouncedFirstWithALinkToEachCellInError() {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("version", String.valueOf(round().version));
        row(bad, 0, "innovation", "创新性", "Innovation", "0", "10", "3", "2");
        row(bad, 1, "innovation", "", "", "0", "10", "1", "1");
        String html = post(ADMIN, "/admin/rounds/" + sr.roundId() + "/rubric", bad).statusCode(422).extract()
                .asString();
        Map<String, String> links = ErrorSummary.check(html, "failure", "c0-step", "c1-key", "c1-nameZh");
        assertTrue(links.get("c1-key").contains("指标键“innovation”重复。"), links.toString());
        assertEquals(3, criteria().size());

        // a refusal of the whole rubric links to the rubric, which its message describes
        Map<String, String> none = new java.util.LinkedHashMap<>();
        none.put("version", String.valueOf(round().version));
        row(none, 0, "", "", "", "", "", "", "");
        html = post(ADMIN, "/admin/rounds/" + sr.roundId() + "/rubric", none).statusCode(422).extract().asString();
        assertTrue(html.contains("<li><a href=\"#rubric-rows\">"), "the summary links to the rubric");
        assertTrue(html.contains("id=\"rubric-rows\" role=\"group\" aria-labelledby=\"rubric-heading\" tabindex=\"-1\" "
                + "aria-describedby=\"rubric-error\""), "the rubric names its message");
        assertTrue(html.contains("<p class=\"error\" id=\"rubric-error\" data-testid=\"error-rubric\">"), html);
    }

    @Test
    void registryRefusesATakenUsernameClearlyAndThePoolAddsDropsAndReactivates() {
        post(ADMIN, "/admin/judges", Map.of("version", "0", "username", "expert-a", "name", "王教授",
                "email", "wang@example.org", "organisation", "浙江大学")).statusCode(303);
        post(ADMIN, "/admin/judges", Map.of("version", "0", "username", "expert-a", "name", "李教授"))
                .statusCode(409).body(containsString("用户名 expert-a 已在专家库中（王教授），请直接编辑该专家。"));
        post(ADMIN, "/admin/judges", Map.of("version", "0", "username", "", "name", "", "email", "not-mail"))
                .statusCode(422).body(containsString("此项为必填项。")).body(containsString("电子邮箱格式不正确。"))
                // each refused field is marked and names its message, for screen readers
                .body(containsString("aria-describedby=\"jf-username-help jf-username-error\" aria-invalid=\"true\""))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"jf-email-error\""))
                .body(containsString("<p class=\"error\" id=\"jf-email-error\" data-testid=\"error-email\">电子邮箱格式不正确。"));
        long expert = QuarkusTransaction.requiringNew().call(() -> Judge.findByUsername("expert-a").id);
        given().auth().oauth2(ADMIN).get("/admin/judges").then().statusCode(200).body(containsString("王教授"));

        String pool = "/admin/rounds/" + sr.roundId() + "/judges";
        post(ADMIN, pool, Map.of("judgeId", String.valueOf(expert), "panel", String.valueOf(sr.trackIds().get(1))))
                .statusCode(303);
        PoolMember m = member(expert);
        assertEquals(String.valueOf(sr.trackIds().get(1)), m.panels);
        post(ADMIN, pool, Map.of("judgeId", String.valueOf(expert))).statusCode(409)
                .body(containsString("王教授 已在本轮评委库中。"));

        post(ADMIN, pool + "/" + m.id + "/drop", Map.of("reason", "")).statusCode(422)
                .body(containsString("请填写理由。"));
        post(ADMIN, pool + "/" + m.id + "/drop", Map.of("reason", "出国访问")).statusCode(303);
        assertFalse(member(expert).active);
        assertEquals("出国访问", member(expert).leftReason);
        assertTrue(audit("POOL_DROPPED_OUT").detail.contains("出国访问"));
        post(ADMIN, pool + "/" + m.id + "/reactivate", Map.of()).statusCode(303);
        assertTrue(member(expert).active);
        given().auth().oauth2(ADMIN).get(pool).then().statusCode(200).body(containsString("王教授"))
                .body(containsString("data-testid=\"drop-" + expert + "\""));
    }

    @Test
    void droppingOutOnThePageThenReRunningMovesOnlyThatJudgesWork() {
        String assignments = "/admin/rounds/" + sr.roundId() + "/assignments";
        post(ADMIN, assignments + "/run", Map.of()).statusCode(303);
        Map<String, Long> before = pairs();
        long leaving = sr.judgeIds().get(0);
        post(ADMIN, "/admin/rounds/" + sr.roundId() + "/judges/" + member(leaving).id + "/drop",
                Map.of("reason", "生病")).statusCode(303);
        post(ADMIN, assignments + "/run", Map.of()).statusCode(303);
        Map<String, Long> after = pairs();
        before.forEach((pair, id) -> {
            if (!pair.endsWith("×" + leaving)) {
                assertEquals(id, after.get(pair), pair);
            }
        });
        assertTrue(after.keySet().stream().noneMatch(p -> p.endsWith("×" + leaving)));
        assertEquals(24, after.size());
        given().auth().oauth2(ADMIN).get(assignments).then().statusCode(200)
                .body(containsString("每件待评审申报均已有 3 位评委。"));
    }

    @Test
    void manualAdditionOfAConflictedPairIsRefusedOnThePageWithTheConflictNamed() {
        long j1 = sr.judgeIds().get(0);
        QuarkusTransaction.requiringNew().run(() -> Judge.<Judge> findById(j1).organisation = "企业 1");
        post(ADMIN, "/admin/rounds/" + sr.roundId() + "/assignments/manual", Map.of("action", "ADD",
                "application", "RP1-00001", "judgeId", String.valueOf(j1), "reason", "专业对口")).statusCode(409)
                .body(containsString("评委 1 与该申报存在利益冲突（同一单位），不能分配。"));
        post(ADMIN, "/admin/rounds/" + sr.roundId() + "/assignments/manual", Map.of("action", "ADD",
                "application", "NOPE-1", "judgeId", String.valueOf(j1), "reason", "")).statusCode(422)
                .body(containsString("本项目中没有该受理编号的申报。")).body(containsString("请填写理由。"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Assignment.count()));
        post(ADMIN, "/admin/rounds/" + sr.roundId() + "/assignments/manual", Map.of("action", "ADD",
                "application", "RP1-00002", "judgeId", String.valueOf(j1), "reason", "专业对口")).statusCode(303);
        given().auth().oauth2(ADMIN).get("/admin/rounds/" + sr.roundId() + "/assignments").then().statusCode(200)
                .body(containsString("RP1-00002")).body(containsString("人工"));
    }

    @Test
    void progressPageCountsAndRemindersQueueOneBilingualMailPerJudgeWhoOwesScorecards() {
        List<TestData.Assigned> assigned = TestData.assign(sr); // 8 × 3 over 5 judges
        // judge of the first assignment submits all of theirs: no reminder for them
        long done = assigned.get(0).judgeId();
        assigned.stream().filter(a -> a.judgeId() == done)
                .forEach(a -> AssignmentApiTest.submitScorecard(a.assignmentId()));
        long doneCount = assigned.stream().filter(a -> a.judgeId() == done).count();
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").get("/admin/rounds/" + sr.roundId() + "/progress")
                .then().statusCode(200).body(containsString(doneCount + " of 24 scorecards submitted."))
                .body(containsString(doneCount + " / " + doneCount));

        post(ADMIN, "/admin/rounds/" + sr.roundId() + "/progress/reminders", Map.of()).statusCode(303);
        List<Notification> mails = QuarkusTransaction.requiringNew().call(() -> Notification.listAll());
        Set<String> to = mails.stream().map(n -> n.recipientId).collect(Collectors.toSet());
        assertEquals(4, mails.size());
        assertFalse(to.contains(sr.judgeUsernames().get(sr.judgeIds().indexOf(done))));
        Notification one = mails.get(0);
        assertTrue(one.subject.contains("评审提醒") && one.subject.contains("Scoring reminder"), one.subject);
        assertTrue(one.body.contains("份评分表未提交") && one.body.contains("scorecards to submit"), one.body);
        assertTrue(one.email.endsWith("@example.org"));
        assertEquals("4 reminders", audit("REMINDERS_QUEUED").after);
    }

    @Test
    void judgeDeclaresAndRemovesOwnConflictsAndCannotTouchAnotherJudgesOnes() {
        String stranger = TestTokens.of("nobody-here", Role.JUDGE);
        given().auth().oauth2(stranger).get("/judging/conflicts").then().statusCode(200)
                .body(containsString("您还不在评审专家库中。请联系管理员将您的账号（nobody-here）加入专家库"));
        post(stranger, "/judging/conflicts", Map.of("kind", "ORGANISATION", "value", "企业 1")).statusCode(409);

        String judge1 = TestTokens.of(sr.judgeUsernames().get(0), Role.JUDGE);
        post(judge1, "/judging/conflicts", Map.of("kind", "USCC", "value", "91330106 ma2gl1234x", "note", "前雇主"))
                .statusCode(303);
        post(judge1, "/judging/conflicts", Map.of("kind", "USCC", "value", "91330106MA2GL1234X")).statusCode(409)
                .body(containsString("您已声明过此回避事项。"));
        post(judge1, "/judging/conflicts", Map.of("kind", "APPLICANT", "value", " ")).statusCode(422)
                .body(containsString("此项为必填项。"))
                .body(containsString("aria-describedby=\"value-help value-error\" aria-invalid=\"true\""))
                .body(containsString("<p class=\"error\" id=\"value-error\" data-testid=\"error-value\">此项为必填项。"));
        JudgeConflict c = QuarkusTransaction.requiringNew().call(() -> JudgeConflict.<JudgeConflict> findAll()
                .firstResult());
        assertEquals("91330106MA2GL1234X", c.value);
        assertEquals(ConflictKind.USCC, c.kind);
        given().auth().oauth2(judge1).get("/judging/conflicts").then().statusCode(200)
                .body(containsString("91330106MA2GL1234X")).body(containsString("前雇主"));

        String judge2 = TestTokens.of(sr.judgeUsernames().get(1), Role.JUDGE);
        post(judge2, "/judging/conflicts/" + c.id + "/delete", Map.of()).statusCode(404);
        given().auth().oauth2(judge2).get("/judging/conflicts").then().body(not(containsString("91330106MA2GL1234X")));
        post(judge1, "/judging/conflicts/" + c.id + "/delete", Map.of()).statusCode(303);
        assertNull(QuarkusTransaction.requiringNew().call(() -> JudgeConflict.findById(c.id)));
        assertEquals("USCC 91330106MA2GL1234X", audit("CONFLICT_REMOVED").before);
    }

    @Test
    void judgeRecusesFromThePageWithAReasonAndNobodyElseCan() {
        TestData.Assigned a = TestData.assign(sr).get(0);
        String mine = TestTokens.of(a.judgeUsername(), Role.JUDGE);
        String other = TestTokens.of(sr.judgeUsernames().stream().filter(u -> !u.equals(a.judgeUsername()))
                .findFirst().orElseThrow(), Role.JUDGE);
        String path = "/judging/assignments/" + a.assignmentId() + "/recuse";
        post(other, path, Map.of("reason", "x")).statusCode(404);
        post(mine, path, Map.of("reason", "")).statusCode(422).body(containsString("请填写理由。"));
        post(mine, path, Map.of("reason", "与申报人为同门")).statusCode(303);
        Assignment stored = QuarkusTransaction.requiringNew().call(() -> Assignment.findById(a.assignmentId()));
        assertEquals(AssignmentState.RECUSED, stored.state);
        assertEquals("与申报人为同门", stored.recusalReason);
        assertEquals("与申报人为同门", audit("ASSIGNMENT_RECUSED").detail);
    }

    // ---------------------------------------------------------------- helpers

    private static ValidatableResponse post(String token, String path, Map<String, String> form) {
        Csrf.Token csrf = Csrf.from("/");
        RequestSpecification r = csrf.on(given().redirects().follow(false).auth().oauth2(token).contentType(FORM));
        form.forEach(r::formParam);
        return r.post(path).then();
    }

    private static void row(Map<String, String> form, int i, String key, String zh, String en, String min,
            String max, String step, String weight) {
        String at = "c[" + i + "].";
        form.put(at + "key", key);
        form.put(at + "nameZh", zh);
        form.put(at + "nameEn", en);
        form.put(at + "min", min);
        form.put(at + "max", max);
        form.put(at + "step", step);
        form.put(at + "weight", weight);
    }

    private Round round() {
        return QuarkusTransaction.requiringNew().call(() -> Round.findById(sr.roundId()));
    }

    private List<String> criteria() {
        return QuarkusTransaction.requiringNew().call(() -> Criterion.ofRound(sr.roundId()).stream()
                .map(c -> c.key).toList());
    }

    private PoolMember member(long judgeId) {
        return QuarkusTransaction.requiringNew().call(() -> PoolMember.<PoolMember> find(
                "round.id = ?1 and judge.id = ?2", sr.roundId(), judgeId).firstResult());
    }

    /** "app×judge" → assignment id, active ones. */
    private Map<String, Long> pairs() {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment> list("round.id = ?1 and state = ?2",
                sr.roundId(), AssignmentState.ACTIVE).stream()
                .collect(Collectors.toMap(a -> a.application.id + "×" + a.judge.id, a -> a.id)));
    }

    private static AuditEntry audit(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> find("action = ?1 order by id desc",
                action).firstResult());
    }
}
