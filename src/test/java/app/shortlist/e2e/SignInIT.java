package app.shortlist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Each demo role signs in through Keycloak's real login page, lands in its
 * workspace, reads it in Chinese and in English, and signs out (ending the
 * Keycloak session too). Screenshots go to target/screenshots.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakServer.class, restrictToAnnotatedClass = true)
class SignInIT {

    private static Browser browser;
    private static String base;

    @BeforeAll
    static void launch() {
        browser = new Browser();
        base = "http://localhost:" + ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(18081);
    }

    @AfterAll
    static void shutDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void publicHomeSpeaksChineseToChineseBrowserAndEnglishToEnglish() {
        try (BrowserContext zh = browser.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN"));
                BrowserContext en = browser.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = zh.newPage();
            page.navigate(base + "/");
            assertThat(page.locator("h1")).hasText("面向公众开放的大赛与专项");
            Browser.screenshot(page, "public-home-zh");
            Page english = en.newPage();
            english.navigate(base + "/");
            assertThat(english.locator("h1")).hasText("Programs open to the public");
            Browser.screenshot(english, "public-home-en");
        }
    }

    @Test
    void realKeycloakTokensCarryRealmRolesToTheApi() {
        io.restassured.RestAssured.given().baseUri(base).auth().oauth2(KeycloakTokens.of("judge1"))
                .get("/api/v1/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.equalTo("judge1"))
                .body("roles", org.hamcrest.Matchers.contains("judge"));
        io.restassured.RestAssured.given().baseUri(base).auth().oauth2(KeycloakTokens.of("applicant1"))
                .get("/api/v1/programs").then().statusCode(403)
                .body("code", org.hamcrest.Matchers.equalTo("forbidden"));
        io.restassured.RestAssured.given().baseUri(base).redirects().follow(false).get("/home").then()
                .statusCode(302).header("Location", org.hamcrest.Matchers.startsWith(KeycloakServer.REALM_URL));
    }

    @ParameterizedTest(name = "{0} signs in as {1}")
    @CsvSource({ "admin,admin", "screener,screener", "judge1,judge", "recommender,recommender", "applicant1,applicant" })
    void demoAccountSignsInSwitchesLanguageAndSignsOut(String username, String role) {
        try (BrowserContext context = browser.chromium.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(base + "/");
            page.getByTestId("sign-in").click();

            page.waitForURL(Pattern.compile("^" + KeycloakServer.REALM_URL + "/.*"));
            assertThat(page.locator("#username")).isVisible();
            if (role.equals("admin")) {
                Browser.screenshot(page, "keycloak-login-zh");
            }
            page.locator("#username").fill(username);
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();

            page.waitForURL(base + "/home");
            assertThat(page.locator("h1")).hasText("我的工作台");
            assertThat(page.getByTestId("role-" + role)).isVisible();
            assertThat(page.getByTestId("signed-in-as")).containsText("当前用户");
            Browser.screenshot(page, "workspace-" + role + "-zh");

            page.getByTestId("lang-switch").click();
            page.waitForURL(base + "/home");
            assertThat(page.locator("h1")).hasText("My workspace");
            assertThat(page.getByTestId("role-" + role)).isVisible();
            Browser.screenshot(page, "workspace-" + role + "-en");

            page.getByTestId("sign-out").click();
            // Keycloak ends its session and sends the browser back to the home page (with its state parameter).
            page.waitForURL(Pattern.compile("^" + Pattern.quote(base) + "/(\\?.*)?$"));
            assertThat(page.getByTestId("sign-in")).isVisible();

            // The Keycloak session ended too: the workspace asks for the password again.
            page.navigate(base + "/home");
            page.waitForURL(Pattern.compile("^" + KeycloakServer.REALM_URL + "/.*"));
            assertThat(page.locator("#password")).isVisible();
        }
    }
}
