package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.shortlist.i18n.LocalizedText;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramKind;
import app.shortlist.program.ProgramStatus;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HomePageTest {

    @AfterEach
    void cleanUp() {
        TestData.wipe();
    }

    @Test
    void chineseBrowserGetsChinesePage() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("面向公众开放的大赛与专项"))
                .body(containsString("暂无开放的大赛或专项"))
                .body(containsString(">English</button>"));
    }

    @Test
    void englishBrowserGetsEnglishPage() {
        given().header("Accept-Language", "en-GB,en;q=0.9")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Programs open to the public"))
                .body(containsString("No program is open yet"))
                .body(not(containsString("面向公众")));
    }

    @Test
    void unsupportedLanguageFallsBackToChinese() {
        given().header("Accept-Language", "fr-FR")
                .when().get("/")
                .then().statusCode(200).body(containsString("面向公众开放的大赛与专项"));
    }

    @Test
    void languageCookieOverridesAcceptLanguage() {
        given().header("Accept-Language", "zh-CN").cookie("lang", "en")
                .when().get("/")
                .then().statusCode(200).body(containsString("Programs open to the public"));
    }

    @Test
    void publishedProgramsAreListedInTheReadersLanguageAndDraftsAreNot() {
        save("HZ2024", ProgramStatus.OPEN, "2024杭州市海外高层次人才创新创业大赛",
                "2024 Hangzhou Overseas High-Level Talent Innovation & Entrepreneurship Competition");
        save("DRAFT1", ProgramStatus.DRAFT, "尚未发布的草稿专项", "Unpublished draft call");

        given().header("Accept-Language", "zh-CN").when().get("/")
                .then().statusCode(200)
                .body(containsString("2024杭州市海外高层次人才创新创业大赛"))
                .body(containsString("申报截止：2024-06-30 17:00"))
                .body(containsString("<span class=\"badge\">大赛</span>"))
                .body(not(containsString("尚未发布的草稿专项")))
                .body(not(containsString("暂无开放的大赛或专项")));
        given().header("Accept-Language", "en").when().get("/")
                .then().statusCode(200)
                .body(containsString("2024 Hangzhou Overseas High-Level Talent Innovation &amp; Entrepreneurship Competition"))
                .body(containsString("<span class=\"badge\">Contest</span>"))
                .body(not(containsString("Unpublished draft call")));
    }

    @Test
    void programNamesAreEscaped() {
        save("XSS1", ProgramStatus.OPEN, "<script>alert(1)</script>", "<b>bold</b>");
        given().header("Accept-Language", "zh-CN").when().get("/")
                .then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    static void save(String code, ProgramStatus status, String zh, String en) {
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = new Program();
            p.code = code;
            p.kind = ProgramKind.COMPETITION;
            p.status = status;
            p.name = new LocalizedText(zh, en);
            p.submissionDeadline = Instant.parse("2024-06-30T09:00:00Z");
            p.persist();
        });
    }
}
