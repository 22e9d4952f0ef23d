package app.shortlist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * An applicant, in Chinese, finds the open contest, signs in, drafts, uploads a
 * PDF, submits, and sees the confirmation with the reference number and the
 * e-mail she was sent. Screenshots go to target/screenshots.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakServer.class, restrictToAnnotatedClass = true)
class ApplicantFlowIT {

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
    void applicantDraftsUploadsSubmitsAndSeesConfirmationInChinese() throws Exception {
        long programId = Programs.openContest(base, "E2EFLOW");
        Path pdf = Files.write(Files.createTempFile("商业计划书", ".pdf"), Programs.pdf());

        try (BrowserContext context = browser.chromium.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(base + "/");
            page.getByText("端到端测试大赛 E2EFLOW").click();
            assertThat(page.getByTestId("program")).containsText("数字经济组");
            Browser.screenshot(page, "program-page-zh");

            page.getByTestId("sign-in-to-apply").click();
            page.waitForURL(Pattern.compile("^" + KeycloakServer.REALM_URL + "/.*"));
            page.locator("#username").fill("applicant2");
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();
            page.waitForURL(Pattern.compile("^" + Pattern.quote(base) + "/.*"));

            page.navigate(base + "/programs/" + programId);
            page.getByTestId("apply-button").click();
            page.waitForURL(Pattern.compile(".*/applications/\\d+/edit$"));
            assertThat(page.locator("h1")).hasText("申报表");

            page.locator("#f-projectName").fill("城市生命线量子传感平台");
            page.locator("#f-organisation").fill("杭州量子传感科技有限公司");
            page.locator("#f-contactName").fill("李华");
            page.locator("#f-phone").fill("13900000000");
            page.locator("#f-email").fill("lihua@example.cn");
            page.locator("#f-trackId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("数字经济组"));
            page.locator("#f-countryRegion").selectOption("DE");
            page.locator("#f-summary").fill("面向城市燃气、供水管网的量子传感监测平台。");
            page.getByTestId("save").click();
            assertThat(page.getByTestId("flash")).hasText("草稿已保存。");

            page.getByTestId("file-business_plan").setInputFiles(pdf);
            page.getByTestId("upload-business_plan").click();
            assertThat(page.getByTestId("flash")).containsText("附件已上传");
            assertThat(page.getByTestId("uploaded-business_plan")).containsText(".pdf");
            Browser.screenshot(page, "application-form-zh");

            page.getByTestId("submit").click();
            page.waitForURL(Pattern.compile(".*/applications/\\d+$"));
            assertThat(page.getByTestId("flash")).containsText("受理编号：E2EFLOW-00001");
            assertThat(page.locator("h1")).hasText("申报 E2EFLOW-00001");
            assertThat(page.getByTestId("status")).hasText("已提交");
            assertThat(page.getByTestId("message").first()).containsText("申报已受理：E2EFLOW-00001");
            Browser.screenshot(page, "application-submitted-zh");
        }
    }
}
