package app.shortlist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;

/**
 * Accessibility in a real browser. The main pages — public program and result pages, the
 * application form, the screener's queue, the judge's scorecard, the admin's ranking and dashboard —
 * are checked with axe-core (its script comes from the Deque jar on the test class path) in Chinese
 * and in English: no critical, serious or moderate violation (minor ones are printed). Each page is also shown 375 pixels wide, with a
 * screenshot in target/screenshots, and must not scroll sideways. A second test fills the application
 * form with the keyboard only and checks that errors are announced and tied to their fields.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakServer.class, restrictToAnnotatedClass = true)
class AccessibilityIT {

    private static final int PHONE_WIDTH = 375;
    /** axe impacts that fail the test: all but "minor" (see docs/accessibility.md for the minor ones left). */
    private static final Set<String> FAILING = Set.of("critical", "serious", "moderate");
    private static final List<String> FINDINGS = new ArrayList<>();
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");
    private static final Map<String, Map<String, String>> SCORES = Map.of(
            "无障碍测试项目甲", Map.of("innovation", "9", "market", "8"),
            "无障碍测试项目乙", Map.of("innovation", "6", "market", "5"));

    private static Browser browser;
    private static String base;
    private static long programId;
    private static long draftId;

    @BeforeAll
    static void launch() {
        browser = new Browser();
        base = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    /** The contest both tests use, and applicant3's draft in it; made by the first test (the app is up by then). */
    private static synchronized void ensureContest() {
        if (programId == 0) {
            programId = Programs.openContest(base, "E2EA11Y");
            draftId = ((Number) api(KeycloakTokens.of("applicant3")).post("/api/v1/programs/" + programId
                    + "/applications").then().statusCode(201).extract().path("id")).longValue();
        }
    }

    @AfterAll
    static void shutDown() throws IOException {
        if (browser != null) {
            browser.close();
        }
        Files.write(Path.of("target/axe-violations.txt"),
                FINDINGS.isEmpty() ? List.of("no axe violation of any impact") : FINDINGS);
    }

    @Test
    void mainPagesHaveNoSeriousViolationsInBothLanguagesAndFitAPhone() {
        ensureContest();
        List<String> problems = new ArrayList<>();
        String admin = KeycloakTokens.of("admin");
        List<Long> rounds = api(admin).get("/api/v1/programs/" + programId + "/rounds").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        long screening = rounds.get(0);
        long scoring = rounds.get(1);
        submit("applicant1", "无障碍测试项目甲", "杭州无障碍科技有限公司");
        submit("applicant2", "无障碍测试项目乙", "杭州信息无障碍研究院");
        api(admin).post("/api/v1/rounds/" + screening + "/screening/open").then().statusCode(200);

        try (BrowserContext anonymous = axeContext(); BrowserContext applicant = axeContext();
                BrowserContext screener = axeContext(); BrowserContext judge = axeContext();
                BrowserContext staff = axeContext()) {
            Page visitor = anonymous.newPage();
            check(visitor, "/programs/" + programId, "program", problems);
            check(Browser.signIn(applicant, base, "applicant3"), "/applications/" + draftId + "/edit",
                    "application-form", problems);
            check(Browser.signIn(screener, base, "screener"), "/screening/rounds/" + screening, "screening-queue",
                    problems);

            // Screening done: both pass into the scoring round; two judges, each scores both.
            String screenerToken = KeycloakTokens.of("screener");
            List<Long> entries = api(screenerToken).get("/api/v1/rounds/" + screening + "/screening/entries").then()
                    .statusCode(200).extract().jsonPath().getList("rows.entryId", Long.class);
            assertEquals(2, entries.size());
            api(screenerToken).body(Map.of("decision", "PASS", "entryIds", entries))
                    .post("/api/v1/rounds/" + screening + "/screening/bulk").then().statusCode(200);
            api(admin).body(Map.of()).post("/api/v1/rounds/" + screening + "/screening/close").then().statusCode(200);
            Scoring.setUp(base, admin, scoring, 1, new Scoring.Expert("judge7", "何评审", "浙江大学"),
                    new Scoring.Expert("judge8", "许评审", "浙江大学"));
            Number assignment = given().baseUri(base).auth().oauth2(KeycloakTokens.of("judge7"))
                    .get("/api/v1/me/assignments").then().statusCode(200).extract().path("[0].id");
            check(Browser.signIn(judge, base, "judge7"), "/judging/assignments/" + assignment, "scorecard", problems);

            for (String j : List.of("judge7", "judge8")) {
                Scoring.submitOpen(base, j, SCORES, "同意。");
            }
            api(admin).post("/api/v1/rounds/" + scoring + "/close").then().statusCode(200);
            Page adminPage = Browser.signIn(staff, base, "admin");
            check(adminPage, "/admin/rounds/" + scoring + "/ranking", "ranking", problems);

            long version = api(admin).get("/api/v1/rounds/" + scoring).then().statusCode(200).extract().jsonPath()
                    .getLong("version");
            api(admin).body(Map.of("version", version)).post("/api/v1/rounds/" + scoring + "/advancement").then()
                    .statusCode(200);
            Number listId = api(admin).body(Map.of("roundId", scoring, "titleZh", "无障碍测试拟表彰名单",
                    "titleEn", "Accessibility test list", "grouping", "TRACK"))
                    .post("/api/v1/programs/" + programId + "/result-lists").then().statusCode(201)
                    .extract().path("listId");
            api(admin).body(Map.of("noticeStartsAt", Instant.now().minus(Duration.ofMinutes(1)).toString(),
                    "noticeEndsAt", Instant.now().plus(Duration.ofDays(7)).toString(), "finalList", false))
                    .post("/api/v1/result-lists/" + listId + "/publish").then().statusCode(201);
            check(visitor, "/results/" + listId, "result-list", problems);
            check(adminPage, "/admin/programs/" + programId + "/dashboard", "dashboard", problems);
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " accessibility problem(s):\n" + String.join("\n", problems));
        }
    }

    @Test
    void applicationFormWorksByKeyboardAndAnnouncesErrors() {
        ensureContest();
        try (BrowserContext context = browser.desktop()) {
            Page page = Browser.signIn(context, base, "applicant3");
            page.navigate(base + "/applications/" + draftId + "/edit");

            // Submitting the empty form: the summary is announced, each missing field says why and points to it.
            tabUntil(page, "submit");
            page.keyboard().press("Space");
            assertThat(page.getByTestId("form-error")).hasAttribute("role", "alert");
            assertEquals("form-error", page.evaluate("() => document.activeElement.dataset.testid"),
                    "the summary takes the focus on load, without script");
            assertThat(page.getByTestId("form-error")).containsText("项目名称");
            assertThat(page.locator("#f-projectName")).hasAttribute("aria-invalid", "true");
            String describedBy = page.locator("#f-projectName").getAttribute("aria-describedby");
            assertTrue(describedBy != null && !describedBy.isBlank(), "the invalid field names its error");
            assertThat(page.locator("#" + describedBy.split(" ")[describedBy.split(" ").length - 1]))
                    .not().isEmpty();
            page.getByTestId("form-error").locator("a[href='#f-projectName']").press("Enter");
            assertEquals("f-projectName", activeId(page), "the summary's link moves focus to the field");

            // Then fill every field from the keyboard, Tab by Tab, and save with Enter.
            page.navigate(base + "/applications/" + draftId + "/edit");
            Map<String, String> typed = Map.of("f-projectName", "键盘填写的项目", "f-organisation", "杭州键盘科技有限公司",
                    "f-contactName", "王芳", "f-phone", "13700000000", "f-email", "wangfang@example.cn",
                    "f-summary", "只用键盘完成的申报。");
            for (int i = 0; i < 80; i++) {
                page.keyboard().press("Tab");
                Map<?, ?> focus = (Map<?, ?>) page.evaluate("() => ({ id: document.activeElement.id, "
                        + "tag: document.activeElement.tagName, testid: document.activeElement.dataset.testid || '' })");
                String id = (String) focus.get("id");
                if ("save".equals(focus.get("testid"))) {
                    page.keyboard().press("Enter");
                    break;
                }
                if (typed.containsKey(id)) {
                    page.keyboard().type(typed.get(id));
                } else if ("SELECT".equals(focus.get("tag")) && id.startsWith("f-")) {
                    page.keyboard().press("ArrowDown");
                }
            }
            assertThat(page.getByTestId("flash")).hasText("草稿已保存。");
        }
        api(KeycloakTokens.of("applicant3")).get("/api/v1/applications/" + draftId).then().statusCode(200)
                .body("values.projectName", equalTo("键盘填写的项目"))
                .body("values.summary", equalTo("只用键盘完成的申报。"))
                .body("values.email", equalTo("wangfang@example.cn"));
    }

    // --- helpers ---------------------------------------------------------------------------

    /**
     * A desktop context for axe, with the app's own Content-Security-Policy in force. No bypassCSP:
     * the Deque jar injects axe.min.js (from its own resources, nothing fetched) with
     * {@code page.evaluate}, which Playwright runs through the DevTools protocol, outside the page's
     * CSP — checked against a page served with this CSP, axe runs the same with and without bypassCSP.
     * So the pages are checked exactly as a browser gets them.
     */
    private static BrowserContext axeContext() {
        return browser.desktop();
    }

    /** axe in both languages at desktop size, then the phone-width screenshot and overflow check. */
    private static void check(Page page, String path, String name, List<String> problems) {
        for (String lang : LANGUAGES) {
            page.context().addCookies(List.of(new Cookie("lang", lang).setUrl(base)));
            page.setViewportSize(1280, 900);
            page.navigate(base + path);
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            AxeResults results = new AxeBuilder(page).analyze();
            assertTrue(results.getPasses().size() > 10, "axe did not run on " + path);
            for (Rule rule : results.getViolations()) {
                String line = String.format("axe %s [%s]: %s %s on %d element(s)", name, lang, rule.getImpact(),
                        rule.getId(), rule.getNodes().size());
                System.out.println(line);
                FINDINGS.add(line); // every impact, minor included, for target/axe-violations.txt
                if (FAILING.contains(rule.getImpact())) {
                    for (CheckedNode node : rule.getNodes()) {
                        problems.add(String.format("%s [%s] %s: %s — %s %s", name, lang, rule.getImpact(),
                                rule.getId(), rule.getHelp(), node.getTarget()));
                        System.out.println("axe: " + problems.get(problems.size() - 1) + "\n     " + node.getHtml());
                    }
                }
            }
            page.setViewportSize(PHONE_WIDTH, 812);
            page.reload();
            Browser.screenshot(page, "a11y-" + name + "-" + lang + "-375");
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (width > PHONE_WIDTH) {
                problems.add(String.format("%s [%s] scrolls sideways at %d px: %d px wide (widest: %s)", name, lang,
                        PHONE_WIDTH, width, page.evaluate(WIDEST)));
            }
        }
        page.setViewportSize(1280, 900);
    }

    /** The deepest element sticking out on the right, to name the culprit of a sideways scroll. */
    private static final String WIDEST = "() => { let w = null; for (const e of document.querySelectorAll('body *')) {"
            + " const r = e.getBoundingClientRect(); if (r.right > document.documentElement.clientWidth + 1) w = e; }"
            + " return w ? w.tagName + (w.id ? '#' + w.id : '') + '.' + w.className : ''; }";

    private static void tabUntil(Page page, String testId) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if (testId.equals(page.evaluate("() => document.activeElement.dataset.testid"))) {
                return;
            }
        }
        fail("no keyboard path to " + testId);
    }

    private static String activeId(Page page) {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(base).auth().oauth2(token).contentType("application/json");
    }

    private static long submit(String user, String project, String organisation) {
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
        values.put("summary", project + "：让每个人都能使用的数字服务。");
        api(token).body(Map.of("version", 0, "values", values)).put("/api/v1/applications/" + id).then().statusCode(200);
        api(token).contentType("application/pdf").queryParam("field", "business_plan").queryParam("name", "plan.pdf")
                .body(Programs.pdf()).post("/api/v1/applications/" + id + "/attachments").then().statusCode(201);
        api(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        return id;
    }
}
