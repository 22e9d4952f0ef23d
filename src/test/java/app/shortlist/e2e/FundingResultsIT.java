package app.shortlist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The end of the pipeline of a funding call in a real browser, in Chinese: a district recommender
 * ranks and recommends within its quota (a third recommendation is refused) and submits the list;
 * the province confirms, experts score through the API and the admin confirms the advancement; the
 * admin builds the proposed support list by support direction, sets an amount and publishes it with
 * a notice period; a signed-in user files an objection with evidence; anonymous visitors read the
 * public list and download its PDF with an embedded CJK font. Data is set up only through the HTTP
 * API and the pages. Screenshots (and the PDF) go to target/screenshots.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakServer.class, restrictToAnnotatedClass = true)
class FundingResultsIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** Scores per project (innovation and market, 0–10, weights 60 and 40). */
    private static final Map<String, Map<String, String>> SCORES = Map.of(
            "赣江新区氢能重卡示范", Map.of("innovation", "9", "market", "8"),
            "南昌光伏组件智能产线", Map.of("innovation", "7", "market", "6"),
            "稀土永磁电机数字化车间", Map.of("innovation", "5", "market", "4"));

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
    void recommenderRanksWithinQuotaAdminPublishesNoticeUserObjectsPublicReadsPdf() throws IOException {
        // --- 1. Set-up by API: a funding call, two units of 南昌市 (高新区 quota 2), three applications to 高新区.
        String adminToken = KeycloakTokens.of("admin");
        long programId = fundingCall("E2EFR");
        JsonPath program = api(adminToken).get("/api/v1/programs/" + programId).then().statusCode(200)
                .extract().jsonPath();
        long gaoxin = program.getLong("units.find { it.name.zh == '南昌高新区' }.id");
        List<Long> directions = program.getList("sections[0].directions.id", Long.class);
        assertEquals(2, directions.size());
        List<Long> rounds = api(adminToken).get("/api/v1/programs/" + programId + "/rounds").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertEquals(3, rounds.size());
        long recommendation = rounds.get(0);
        long scoring = rounds.get(1);

        api(adminToken).body(Map.of("unitId", gaoxin, "username", "recommender", "email", "recommender@example.cn"))
                .post("/api/v1/programs/" + programId + "/unit-members").then().statusCode(201);

        Submitted hydrogen = submit(programId, "applicant1", "赣江新区氢能重卡示范", "江西氢能动力有限公司",
                directions.get(0), gaoxin, "300");
        Submitted solar = submit(programId, "applicant2", "南昌光伏组件智能产线", "南昌光伏科技有限公司",
                directions.get(0), gaoxin, "200");
        Submitted motors = submit(programId, "applicant3", "稀土永磁电机数字化车间", "赣州永磁电机有限公司",
                directions.get(1), gaoxin, "150");
        api(adminToken).post("/api/v1/rounds/" + recommendation + "/recommendations/open").then().statusCode(200);

        long listId;
        try (BrowserContext recContext = browser.desktop(); BrowserContext adminContext = browser.desktop();
                BrowserContext userContext = browser.desktop()) {
            // --- 2. The recommender ranks and recommends within the quota of 2, then submits the list.
            Page rec = Browser.signIn(recContext, base, "recommender");
            rec.navigate(base + "/recommendation"); // bound to one unit: its workspace straight away
            assertThat(rec.locator("h1")).containsText("南昌高新区");
            assertThat(rec.getByTestId("quota")).hasText("名额：共 2 个，已用 0 个，剩余 2 个");
            assertThat(rec.getByTestId("queue").locator("tbody tr")).hasCount(3);
            Browser.screenshot(rec, "recommendation-unit-before-zh");

            recommend(rec, gaoxin, solar.reference());
            assertThat(rec.getByTestId("flash")).hasText("已推荐 " + solar.reference() + "，推荐顺序第 1 位。");
            recommend(rec, gaoxin, hydrogen.reference());
            assertThat(rec.getByTestId("flash")).hasText("已推荐 " + hydrogen.reference() + "，推荐顺序第 2 位。");

            rec.navigate(base + "/recommendation/units/" + gaoxin);
            assertThat(rec.getByTestId("quota")).hasText("名额：共 2 个，已用 2 个，剩余 0 个");
            rec.getByTestId("rec-2").getByRole(AriaRole.BUTTON).first().click(); // 上移: hydrogen first
            assertThat(rec.getByTestId("flash")).hasText(hydrogen.reference() + " 现为推荐顺序第 1 位。");
            assertThat(rec.getByTestId("rec-1")).containsText(hydrogen.reference());
            assertThat(rec.getByTestId("rec-2")).containsText(solar.reference());

            // A third is over the quota: refused, nothing saved.
            recommend(rec, gaoxin, motors.reference());
            assertThat(rec.getByTestId("error")).hasText("超出推荐名额：本单位名额为 2 个，此次操作后将推荐 3 个，未保存。");
            Browser.screenshot(rec, "recommendation-quota-refused-zh");
            api(KeycloakTokens.of("recommender")).header("Accept-Language", "en")
                    .body(Map.of("order", List.of(hydrogen.id(), solar.id(), motors.id())))
                    .put("/api/v1/units/" + gaoxin + "/recommendations").then().statusCode(409)
                    .body("message", equalTo("Over the quota: your unit may recommend 2, and this would make 3. Nothing was saved."));

            rec.navigate(base + "/recommendation/units/" + gaoxin);
            assertThat(rec.getByTestId("recommended").locator("tbody tr")).hasCount(2);
            rec.getByTestId("submit-list").click();
            assertThat(rec.getByTestId("flash")).hasText("已向省级主管部门报送推荐名单（2 个项目）。");
            assertThat(rec.getByTestId("submit-list")).hasCount(0);
            Browser.screenshot(rec, "recommendation-submitted-zh");

            // --- 3. The province confirms; experts score the two recommended projects; the admin confirms.
            api(adminToken).body(Map.of()).post("/api/v1/rounds/" + recommendation + "/recommendations/close").then()
                    .statusCode(200);
            api(adminToken).get("/api/v1/rounds/" + scoring).then().statusCode(200)
                    .body("counts.entriesWaiting", equalTo(2));
            Scoring.setUp(base, adminToken, scoring, 2, new Scoring.Expert("judge4", "吴评审", "南昌大学"),
                    new Scoring.Expert("judge5", "郑评审", "南昌大学"));
            for (String judge : List.of("judge4", "judge5")) {
                assertEquals(2, Scoring.submitOpen(base, judge, SCORES, "同意支持。"), judge + " assignments");
            }
            api(adminToken).post("/api/v1/rounds/" + scoring + "/close").then().statusCode(200);
            long version = api(adminToken).get("/api/v1/rounds/" + scoring).then().statusCode(200)
                    .extract().jsonPath().getLong("version");
            api(adminToken).body(Map.of("version", version)).post("/api/v1/rounds/" + scoring + "/advancement").then()
                    .statusCode(200);

            // --- 4. The admin builds the proposed list by support direction, sets an amount, publishes with notice.
            Page admin = Browser.signIn(adminContext, base, "admin");
            admin.navigate(base + "/admin/programs/" + programId + "/results");
            admin.locator("#roundId").selectOption(String.valueOf(scoring));
            admin.locator("#titleZh").fill("2024年省级专项资金拟支持项目名单");
            admin.locator("#titleEn").fill("2024 provincial special fund: projects proposed for support");
            admin.locator("#grouping").selectOption("DIRECTION");
            admin.getByTestId("create-button").click();
            assertThat(admin.getByTestId("flash")).hasText("已根据该轮排名生成名单草稿。");
            admin.waitForURL(Pattern.compile(".*/admin/results/\\d+$"));
            listId = Long.parseLong(admin.url().replaceAll(".*/admin/results/(\\d+)$", "$1"));
            assertThat(admin.getByTestId("row-" + hydrogen.id())).isVisible();
            assertThat(admin.getByTestId("row-" + solar.id())).isVisible();
            assertThat(admin.getByTestId("row-" + motors.id())).hasCount(0);

            admin.locator("#amount-" + hydrogen.id()).fill("250");
            admin.getByTestId("amount-" + hydrogen.id()).click();
            assertThat(admin.getByTestId("flash")).hasText("拟支持金额已保存。");
            assertThat(admin.locator("#amount-" + hydrogen.id())).hasValue("250.00");
            Locator budget = admin.getByTestId("budget-" + directions.get(0));
            assertThat(budget.getByTestId("used")).hasText("450.00"); // 250 proposed + 200 requested
            assertThat(budget.getByTestId("left")).hasText("50.00");

            LocalDateTime now = LocalDateTime.now(BEIJING).truncatedTo(ChronoUnit.MINUTES);
            admin.locator("#noticeStartsAt").fill(now.minusMinutes(1).format(LOCAL));
            admin.locator("#noticeEndsAt").fill(now.plusDays(7).format(LOCAL));
            admin.getByTestId("publish-button").click();
            assertThat(admin.getByTestId("flash")).hasText("名单已发布。");
            assertThat(admin.getByTestId("versions").locator("li")).hasCount(1);
            assertThat(admin.getByTestId("public-link")).isVisible();
            Browser.screenshot(admin, "result-list-admin-zh");

            // --- 5. A signed-in user files an objection with evidence during the notice period.
            Page user = Browser.signIn(userContext, base, "judge6");
            user.navigate(base + "/results/" + listId);
            assertThat(user.getByTestId("notice-banner")).containsText("公示期：");
            user.getByTestId("objection-link").click();
            user.waitForURL(base + "/results/" + listId + "/objection");
            user.locator("#applicationId").selectOption(String.valueOf(solar.id()));
            user.locator("#realName").fill("王建国");
            user.locator("#contact").fill("13900000000");
            user.locator("#reasons").fill("该项目申报的产能数据与企业年报不一致，请核实。");
            user.locator("#evidence").setInputFiles(new FilePayload("证明材料.pdf", "application/pdf", Programs.pdf()));
            Browser.screenshot(user, "objection-form-zh");
            user.getByTestId("file-objection").click();
            assertThat(user.getByTestId("flash")).hasText("您的异议已提交，处理结果将通过邮件告知。");
            Browser.screenshot(user, "objection-filed-zh");
        }

        api(adminToken).get("/api/v1/result-lists/" + listId + "/objections").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].realName", equalTo("王建国"))
                .body("[0].applicationId", equalTo((int) solar.id())).body("[0].filedBy", equalTo("judge6"))
                .body("[0].status", equalTo("OPEN")).body("[0].evidenceName", equalTo("证明材料.pdf"));

        // --- 6. Anonymous: the public list in Chinese, the objection link asks to sign in, the PDF export.
        try (BrowserContext anonymous = browser.desktop()) {
            Page page = anonymous.newPage();
            page.navigate(base + "/results/" + listId);
            assertThat(page.getByTestId("list-title")).hasText("2024年省级专项资金拟支持项目名单");
            assertThat(page.getByTestId("notice-banner")).containsText("公示期：");
            assertThat(page.getByTestId("entry-" + hydrogen.id()).getByTestId("project")).containsText("赣江新区氢能重卡示范");
            assertThat(page.getByTestId("entry-" + hydrogen.id()).getByTestId("proposed")).containsText("250");
            assertThat(page.getByTestId("entry-" + solar.id())).containsText("南昌高新区");
            assertThat(page.getByTestId("objection-link")).hasCount(0);
            assertThat(page.getByTestId("objection-sign-in")).hasText("登录后可提出异议");
            Browser.screenshot(page, "result-list-public-zh");

            String pdfHref = page.getByTestId("export-pdf").getAttribute("href");
            APIResponse download = page.request().get(base + pdfHref);
            assertEquals(200, download.status());
            byte[] pdf = download.body();
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            assertTrue(raw.startsWith("%PDF"), "not a PDF");
            assertTrue(raw.contains("NotoSansCJK"), "the CJK font is not embedded");
            Files.createDirectories(Browser.SCREENSHOTS);
            Path saved = Browser.SCREENSHOTS.resolve("result-list.pdf");
            Files.write(saved, pdf);
            renderFirstPage(saved);

            page.getByTestId("objection-sign-in").click();
            page.waitForURL(Pattern.compile("^" + KeycloakServer.REALM_URL + "/.*"));
            assertThat(page.locator("#username")).isVisible();
        }
    }

    // --- helpers ---------------------------------------------------------------------------

    private record Submitted(long id, String reference) {
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(base).auth().oauth2(token).contentType("application/json");
    }

    /** An open funding call: one section with two directions (budgets in 万元), two units of 南昌市, three rounds. */
    private static long fundingCall(String code) {
        String admin = KeycloakTokens.of("admin");
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("code", code);
        definition.put("kind", "FUNDING_CALL");
        definition.put("name", Map.of("zh", "省级制造业高质量发展专项资金 " + code, "en", "Provincial manufacturing fund " + code));
        definition.put("organiser", Map.of("zh", "江西省工业和信息化厅", "en", "Jiangxi Department of Industry and IT"));
        definition.put("opensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        definition.put("submissionDeadline", Instant.now().plus(Duration.ofDays(7)).toString());
        definition.put("sections", List.of(Map.of("name", Map.of("zh", "产业集群提能升级", "en", "Industrial clusters"),
                "directions", List.of(
                        Map.of("name", Map.of("zh", "产业链企业协同化技改", "en", "Supply-chain upgrades"), "quota", 5,
                                "budget", 500),
                        Map.of("name", Map.of("zh", "先进技术应用", "en", "Advanced technology"), "quota", 5,
                                "budget", 300)))));
        definition.put("units", List.of(
                Map.of("name", Map.of("zh", "南昌高新区", "en", "Nanchang High-tech Zone"),
                        "city", Map.of("zh", "南昌市", "en", "Nanchang"), "quota", 2),
                Map.of("name", Map.of("zh", "南昌经开区", "en", "Nanchang Development Zone"),
                        "city", Map.of("zh", "南昌市", "en", "Nanchang"), "quota", 3)));
        definition.put("rounds", List.of(
                Map.of("kind", "RECOMMENDATION", "name", Map.of("zh", "区县推荐", "en", "District recommendation")),
                Map.of("kind", "SCORING", "name", Map.of("zh", "专家评审", "en", "Expert review")),
                Map.of("kind", "NOTICE", "name", Map.of("zh", "拟支持项目公示", "en", "Public notice"))));
        definition.put("fields", List.of(Map.of("key", "summary", "type", "LONG_TEXT", "required", true,
                "label", Map.of("zh", "项目简介", "en", "Project summary"))));
        Number id = api(admin).body(definition).post("/api/v1/programs").then().statusCode(201).extract().path("id");
        api(admin).post("/api/v1/programs/" + id + "/open").then().statusCode(200);
        return id.longValue();
    }

    private static Submitted submit(long programId, String user, String project, String organisation, long directionId,
            long unitId, String amount) {
        String token = KeycloakTokens.of(user);
        long id = ((Number) api(token).post("/api/v1/programs/" + programId + "/applications").then().statusCode(201)
                .extract().path("id")).longValue();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("projectName", project);
        values.put("organisation", organisation);
        values.put("contactName", "李明");
        values.put("phone", "13800000000");
        values.put("email", user + "@example.cn");
        values.put("directionId", String.valueOf(directionId));
        values.put("unitId", String.valueOf(unitId));
        values.put("requestedAmount", amount);
        values.put("summary", project + "：推动制造业高质量发展。");
        api(token).body(Map.of("version", 0, "values", values)).put("/api/v1/applications/" + id).then().statusCode(200);
        String reference = api(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).extract().path("reference");
        return new Submitted(id, reference);
    }

    /** From the unit page, opens the application by its reference and recommends it. */
    private static void recommend(Page page, long unitId, String reference) {
        page.navigate(base + "/recommendation/units/" + unitId);
        page.getByTestId("queue").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
        page.waitForURL(Pattern.compile(".*/recommendation/entries/\\d+$"));
        page.locator("#opinion").fill("项目基础扎实，同意推荐。");
        page.getByTestId("recommend").click();
    }

    /** Page 1 of the PDF as a PNG, when poppler's pdftoppm is installed (optional: only for looking at). */
    private static void renderFirstPage(Path pdf) {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            return;
        }
        try {
            Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1",
                    "-singlefile", pdf.toString(), pdf.resolveSibling("result-list-pdf-page1").toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // rendering is only a convenience for people reviewing the screenshots
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
