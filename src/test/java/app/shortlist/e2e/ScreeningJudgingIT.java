package app.shortlist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The middle of the pipeline in a real browser, in Chinese: a screener passes applications (one
 * with the checklist, the rest in bulk) and returns one for correction; the applicant resubmits;
 * an admin closes the screening round, sets up the scoring round (registry, pool, rubric, rule)
 * and runs the assignment; a judge scores on a phone-sized screen with autosave and submits; the
 * other judges score through the API; the admin closes the round, sees the cut line and confirms
 * the advancement. Data is set up only through the HTTP API and the pages. Screenshots go to
 * target/screenshots.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakServer.class, restrictToAnnotatedClass = true)
class ScreeningJudgingIT {

    /** Scores per project (innovation and market, 0–10, weights 60 and 40): totals 8.6, 6.6, 4.6. */
    private static final Map<String, Map<String, String>> SCORES = Map.of(
            "城市生命线量子传感平台", Map.of("innovation", "9", "market", "8"),
            "低空物流调度系统", Map.of("innovation", "7", "market", "6"),
            "社区养老智能看护", Map.of("innovation", "5", "market", "4"));

    private static Browser browser;
    private static String base;

    @BeforeAll
    static void launch() {
        browser = new Browser();
        base = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    @AfterAll
    static void shutDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void screenerPassesAndReturnsJudgeScoresOnPhoneAdminConfirmsAdvancement() {
        // --- 1. Set-up by API: screening → open selection → semi-final; three applicants submit.
        long programId = Programs.openContest(base, "E2ESJ", List.of(
                round("SCREENING", "资格初审", "Qualification review"),
                round("SCORING", "海选", "Open selection"),
                round("SCORING", "复赛", "Semi-final")));
        List<Long> rounds = api(KeycloakTokens.of("admin")).get("/api/v1/programs/" + programId + "/rounds")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertEquals(3, rounds.size());
        long screening = rounds.get(0);
        long openSelection = rounds.get(1);
        long semiFinal = rounds.get(2);

        Submitted quantum = submit(programId, "applicant1", "城市生命线量子传感平台", "杭州量子传感科技有限公司");
        Submitted drones = submit(programId, "applicant2", "低空物流调度系统", "杭州低空物流有限公司");
        Submitted care = submit(programId, "applicant3", "社区养老智能看护", "杭州康养科技有限公司");

        try (BrowserContext adminContext = browser.desktop(); BrowserContext screenerContext = browser.desktop();
                BrowserContext judgeContext = browser.phone()) {
            // --- 2. The admin keeps a checklist and opens the screening round.
            Page admin = Browser.signIn(adminContext, base, "admin");
            admin.navigate(base + "/screening/programs/" + programId + "/setup");
            admin.locator("#checklist").fill("营业执照在有效期内 | Business licence is valid\n商业计划书完整 | Business plan is complete");
            admin.getByTestId("save-checklist").click();
            assertThat(admin.getByTestId("flash")).hasText("审查要点已保存（共 2 项）。");
            admin.navigate(base + "/screening/rounds/" + screening);
            admin.getByTestId("open-round").click();
            assertThat(admin.getByTestId("flash")).hasText("本轮已开启。");

            // --- The screener works the queue: counts, one pass with the checklist, one return, the rest in bulk.
            Page screener = Browser.signIn(screenerContext, base, "screener");
            screener.getByTestId("nav-screening").click();
            screener.getByTestId("queue-" + screening).click();
            assertCounts(screener, 3, 0, 0);
            Browser.screenshot(screener, "screening-queue-zh");

            openEntry(screener, quantum.reference());
            screener.getByTestId("pass").click(); // checklist not ticked: refused, nothing decided
            assertThat(screener.getByTestId("decision-error")).isVisible();
            assertThat(screener.getByTestId("entry-state")).hasText("待处理");
            screener.locator("input[name=check]").nth(0).check();
            screener.locator("input[name=check]").nth(1).check();
            Browser.screenshot(screener, "screening-entry-zh");
            screener.getByTestId("pass").click();
            assertThat(screener.getByTestId("flash")).hasText("已通过：" + quantum.reference());
            assertThat(screener.getByTestId("entry-state")).hasText("通过");

            screener.locator("a[href='/screening/rounds/" + screening + "']").first().click();
            openEntry(screener, care.reference());
            String correction = "请补充上传加盖公章的营业执照扫描件。";
            screener.locator("#ret-message").fill(correction);
            screener.locator("#ret-until").fill(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).toString());
            screener.getByTestId("return").click();
            assertThat(screener.getByTestId("flash")).hasText("已退回补正：" + care.reference());
            assertThat(screener.getByTestId("entry-state")).hasText("退回补正");

            screener.locator("a[href='/screening/rounds/" + screening + "']").first().click();
            assertCounts(screener, 1, 1, 1);
            screener.getByTestId("row-" + drones.reference()).locator("input[name=entry]").check();
            screener.getByTestId("bulk-apply").click();
            assertThat(screener.getByTestId("flash")).hasText("已通过 1 份申报。");
            assertCounts(screener, 0, 2, 1);
            Browser.screenshot(screener, "screening-queue-after-zh");
            assertEntryStates(screening, Map.of(quantum.id(), "PASSED", drones.id(), "PASSED", care.id(), "RETURNED"));

            // --- 3. The applicant corrects and resubmits; the entry waits again; the screener passes it.
            String applicant3 = KeycloakTokens.of("applicant3");
            JsonPath returned = api(applicant3).get("/api/v1/applications/" + care.id()).then().statusCode(200)
                    .body("status", equalTo("RETURNED")).body("correctionMessage", equalTo(correction))
                    .extract().jsonPath();
            Map<String, String> values = new HashMap<>(returned.getMap("values", String.class, String.class));
            values.put("summary", "已补充营业执照扫描件。" + values.get("summary"));
            api(applicant3).body(Map.of("version", returned.getLong("version"), "values", values))
                    .put("/api/v1/applications/" + care.id()).then().statusCode(200);
            api(applicant3).post("/api/v1/applications/" + care.id() + "/submit").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"));

            screener.reload();
            assertCounts(screener, 1, 2, 0);
            openEntry(screener, care.reference());
            screener.locator("input[name=check]").nth(0).check();
            screener.locator("input[name=check]").nth(1).check();
            screener.getByTestId("pass").click();
            assertThat(screener.getByTestId("flash")).hasText("已通过：" + care.reference());
            assertEntryStates(screening, Map.of(quantum.id(), "PASSED", drones.id(), "PASSED", care.id(), "PASSED"));

            // The admin closes the screening round: the three passed applications wait in the open selection.
            admin.navigate(base + "/screening/rounds/" + screening);
            assertCounts(admin, 0, 3, 0);
            admin.getByTestId("close-round").click();
            assertThat(admin.getByTestId("flash")).hasText("本轮已截止并确认。");
            assertThat(admin.getByTestId("round-state")).hasText("已确认");
            api(KeycloakTokens.of("admin")).get("/api/v1/rounds/" + openSelection).then().statusCode(200)
                    .body("counts.entriesWaiting", equalTo(3));

            // --- 4. The admin registers three experts, puts them in the pool, sets rubric, k and rule, opens, assigns.
            admin.getByTestId("nav-registry").click();
            for (String judge : List.of("judge1", "judge2", "judge3")) {
                admin.locator("#jf-username").fill(judge);
                admin.locator("#jf-name").fill(judgeName(judge));
                admin.locator("#jf-email").fill(judge + "@example.cn");
                admin.getByTestId("add-judge").click();
                assertThat(admin.getByTestId("flash")).hasText(judgeName(judge) + " 已加入专家库。");
            }
            admin.navigate(base + "/admin/rounds/" + openSelection + "/judges");
            for (String judge : List.of("judge1", "judge2", "judge3")) {
                admin.locator("#judgeId").selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel(judgeName(judge) + " (" + judge + ")"));
                admin.getByTestId("pool-add-button").click();
                assertThat(admin.getByTestId("flash")).hasText("评委已加入本轮。");
            }
            assertThat(admin.getByTestId("pool").locator("tbody tr")).hasCount(3);

            admin.navigate(base + "/admin/rounds/" + openSelection);
            admin.locator("#k").fill("2");
            admin.locator("#aggregation").selectOption("MEAN");
            admin.locator("#ruleKind").selectOption("TOP_N");
            admin.locator("#ruleN").fill("2");
            admin.getByTestId("save-settings").click();
            assertThat(admin.getByTestId("flash")).hasText("设置已保存。");
            criterion(admin, 0, "innovation", "创新性", "Innovation", "60");
            criterion(admin, 1, "market", "市场前景", "Market potential", "40");
            admin.getByTestId("save-rubric").click();
            assertThat(admin.getByTestId("flash")).hasText("评分标准已保存。");
            assertThat(admin.getByTestId("percent-innovation")).containsText("60");
            admin.getByTestId("open-button").click();
            assertThat(admin.getByTestId("flash")).hasText("本轮已开启评审。");
            Browser.screenshot(admin, "round-settings-zh");

            admin.getByTestId("assignments-link").click();
            admin.getByTestId("run-button").click();
            assertThat(admin.getByTestId("flash")).containsText("新增 6 项");
            Browser.screenshot(admin, "round-assignments-zh");

            // --- 5. judge1 scores on a phone: My reviews, one scorecard, autosave, submit, locked.
            Page judge = Browser.signIn(judgeContext, base, "judge1");
            judge.getByTestId("nav-my-reviews").click();
            assertThat(judge.getByTestId("round-progress")).hasText("已提交 0 / 2");
            Locator mine = judge.locator(".review-item");
            assertThat(mine).hasCount(2);
            Browser.screenshot(judge, "judge-my-reviews-phone-zh");
            mine.first().locator("a").tap();
            judge.waitForURL(Pattern.compile(".*/judging/assignments/\\d+$"));
            String project = judge.getByTestId("project").textContent().strip();
            Map<String, String> scores = SCORES.get(project);
            judge.getByTestId("score-innovation").fill(scores.get("innovation"));
            judge.getByTestId("score-market").fill(scores.get("market"));
            judge.locator("#comment").fill("技术路线清晰，落地场景明确。");
            assertThat(judge.getByTestId("autosave-status")).containsText("已自动保存");
            assertThat(judge.getByTestId("submit-warning")).isVisible();
            Browser.screenshot(judge, "judge-scorecard-phone-zh");
            judge.getByTestId("submit").tap();
            assertThat(judge.getByTestId("flash")).hasText("评分已提交，谢谢。");
            assertThat(judge.getByTestId("status")).hasText("已提交");
            assertThat(judge.getByTestId("locked")).isVisible();
            assertThat(judge.getByTestId("submit")).hasCount(0);
            assertThat(judge.locator("input[name^='s.']")).hasCount(0);
            assertThat(judge.getByTestId("score-innovation")).hasText(scores.get("innovation"));
            Browser.screenshot(judge, "judge-scorecard-submitted-phone-zh");

            // judge1's other assignment and the other judges' go through the API with their own tokens.
            for (String j : List.of("judge1", "judge2", "judge3")) {
                Scoring.submitOpen(base, j, SCORES, "同意推荐。");
            }
            judge.getByTestId("nav-my-reviews").click();
            assertThat(judge.getByTestId("round-progress")).hasText("已提交 2 / 2");
            api(KeycloakTokens.of("admin")).get("/api/v1/rounds/" + openSelection).then().statusCode(200)
                    .body("counts.scorecardsSubmitted", equalTo(6));

            // --- 6. The admin closes the round, sees the ranking with its cut line, confirms.
            admin.navigate(base + "/admin/rounds/" + openSelection);
            admin.getByTestId("close-button").click();
            assertThat(admin.getByTestId("flash")).hasText("本轮已截止。");
            admin.locator(".round-nav a[href='/admin/rounds/" + openSelection + "/ranking']").click();
            assertThat(admin.getByTestId("row-" + quantum.id()).getByTestId("rank")).hasText("1");
            assertThat(admin.getByTestId("row-" + drones.id()).getByTestId("rank")).hasText("2");
            assertThat(admin.getByTestId("row-" + care.id()).getByTestId("rank")).hasText("3");
            assertThat(admin.getByTestId("row-" + quantum.id()).getByTestId("score")).containsText("8.6");
            assertThat(admin.getByTestId("row-" + care.id()).getByTestId("score")).containsText("4.6");
            assertThat(admin.getByTestId("cut-line")).hasCount(1);
            assertThat(admin.locator("tr[data-testid=cut-line] + tr")).hasAttribute("data-testid", "row-" + care.id());
            assertThat(admin.getByTestId("selected-count")).hasText("3 个项目中 2 个晋级");
            Browser.screenshot(admin, "ranking-cut-line-zh");
            admin.getByTestId("confirm-button").click();
            assertThat(admin.getByTestId("flash")).hasText("已确认：3 个项目中 2 个晋级，正在通知申报人。");
            assertThat(admin.getByTestId("ranking-status")).containsText("已冻结的排名");
            assertThat(admin.getByTestId("confirm-button")).hasCount(0);
            assertThat(admin.getByTestId("round-state")).hasText("已确认");
            Browser.screenshot(admin, "ranking-confirmed-zh");
        }

        String admin = KeycloakTokens.of("admin");
        api(admin).get("/api/v1/rounds/" + openSelection + "/ranking").then().statusCode(200)
                .body("frozen", equalTo(true)).body("selected", equalTo(2));
        api(admin).get("/api/v1/rounds/" + semiFinal).then().statusCode(200)
                .body("state", equalTo("PENDING")).body("counts.entriesWaiting", equalTo(2));
        api(admin).get("/api/v1/rounds/" + semiFinal + "/ranking").then().statusCode(200)
                .body("groups.rows.flatten().applicationId", containsInAnyOrder(
                        (int) quantum.id(), (int) drones.id()));
    }

    // --- helpers ---------------------------------------------------------------------------

    private record Submitted(long id, String reference) {
    }

    private static Map<String, Object> round(String kind, String zh, String en) {
        return Map.of("kind", kind, "name", Map.of("zh", zh, "en", en));
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(base).auth().oauth2(token).contentType("application/json");
    }

    /** An applicant drafts, uploads the business plan and submits through the API, as ApplicantFlowIT does by page. */
    private static Submitted submit(long programId, String user, String project, String organisation) {
        String token = KeycloakTokens.of(user);
        long id = ((Number) api(token).post("/api/v1/programs/" + programId + "/applications").then().statusCode(201)
                .extract().path("id")).longValue();
        String trackId = api(token).get("/api/v1/programs/" + programId).then().extract().path("tracks[0].id").toString();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("projectName", project);
        values.put("organisation", organisation);
        values.put("contactName", "张伟");
        values.put("phone", "13800000000");
        values.put("email", user + "@example.cn");
        values.put("countryRegion", "CN");
        values.put("trackId", trackId);
        values.put("summary", project + "：面向杭州城市治理的创新项目。");
        api(token).body(Map.of("version", 0, "values", values)).put("/api/v1/applications/" + id).then().statusCode(200);
        api(token).contentType("application/pdf").queryParam("field", "business_plan").queryParam("name", "plan.pdf")
                .body(Programs.pdf()).post("/api/v1/applications/" + id + "/attachments").then().statusCode(201);
        String reference = api(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).extract().path("reference");
        return new Submitted(id, reference);
    }




    private static void assertCounts(Page page, int waiting, int passed, int returned) {
        assertThat(page.getByTestId("count-WAITING").locator("strong")).hasText(String.valueOf(waiting));
        assertThat(page.getByTestId("count-PASSED").locator("strong")).hasText(String.valueOf(passed));
        assertThat(page.getByTestId("count-RETURNED").locator("strong")).hasText(String.valueOf(returned));
    }

    private static void openEntry(Page page, String reference) {
        page.getByTestId("row-" + reference).getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(reference)).click();
        page.waitForURL(Pattern.compile(".*/screening/entries/\\d+$"));
    }

    /** Each application's entry state in the screening round, read by the screener's API. */
    private static void assertEntryStates(long roundId, Map<Long, String> expected) {
        JsonPath queue = api(KeycloakTokens.of("screener")).get("/api/v1/rounds/" + roundId + "/screening/entries")
                .then().statusCode(200).extract().jsonPath();
        Map<Long, String> states = new HashMap<>();
        List<Map<String, Object>> rows = queue.getList("rows");
        rows.forEach(r -> states.put(((Number) r.get("applicationId")).longValue(), (String) r.get("state")));
        assertEquals(expected, states);
    }

    private static String judgeName(String username) {
        return switch (username) {
            case "judge1" -> "陈评审";
            case "judge2" -> "林评审";
            default -> "周评审";
        };
    }

    private static void criterion(Page page, int row, String key, String zh, String en, String weight) {
        page.locator("#c" + row + "-key").fill(key);
        page.locator("#c" + row + "-nameZh").fill(zh);
        page.locator("#c" + row + "-nameEn").fill(en);
        page.locator("#c" + row + "-min").fill("0");
        page.locator("#c" + row + "-max").fill("10");
        page.locator("#c" + row + "-step").fill("0.5");
        page.locator("#c" + row + "-weight").fill(weight);
    }

}
