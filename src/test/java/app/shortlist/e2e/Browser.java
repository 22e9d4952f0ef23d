package app.shortlist.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium driven by Playwright; never downloads a browser. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));

    private final Playwright playwright;
    final com.microsoft.playwright.Browser chromium;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium is missing: apt-get install chromium fonts-noto-cjk");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-crash-reporter", "--disable-breakpad")));
    }

    /** A desktop window in Chinese. */
    com.microsoft.playwright.BrowserContext desktop() {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 900));
    }

    /** A phone in Chinese: 390 × 844 CSS pixels, touch, mobile viewport. */
    com.microsoft.playwright.BrowserContext phone() {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(390, 844).setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true));
    }

    /** Signs in with a demo account on Keycloak's own login page; returns the page on the workspace. */
    static Page signIn(com.microsoft.playwright.BrowserContext context, String base, String username) {
        Page page = context.newPage();
        page.navigate(base + "/");
        page.getByTestId("sign-in").click();
        page.waitForURL(Pattern.compile("^" + KeycloakServer.REALM_URL + "/.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(base + "/home");
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
