package app.shortlist.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import app.shortlist.web.Dates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ProgramPagesTest {

    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    static RequestSpecification as(String role, String lang) {
        return given().auth().oauth2(TestTokens.forRole(role)).header("Accept-Language", lang).redirects()
                .follow(false);
    }

    static long program(String templateId, boolean open) {
        long id = as(Role.ADMIN, "en").contentType(ContentType.JSON)
                .post("/api/v1/programs/from-template/" + templateId).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        if (open) {
            as(Role.ADMIN, "en").contentType(ContentType.JSON).post("/api/v1/programs/" + id + "/open")
                    .then().statusCode(200);
        }
        return id;
    }

    /** A page form post as the admin's browser sends it: CSRF cookie and field, form encoding. */
    static RequestSpecification adminForm(String lang) {
        return Csrf.from("/").on(as(Role.ADMIN, lang).contentType("application/x-www-form-urlencoded; charset=UTF-8"));
    }

    static Program load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Program.findById(id));
    }

    @Test
    void openProgramAppearsOnPublicHomeWithLinkToItsPage() {
        long id = program(ProgramTemplates.HANGZHOU_2024, true);
        String deadline = Dates.format(load(id).submissionDeadline);

        given().header("Accept-Language", "zh-CN").when().get("/").then().statusCode(200)
                .body(containsString("href=\"/programs/" + id + "\""))
                .body(containsString("2024杭州市海外高层次人才创新创业大赛"));

        given().header("Accept-Language", "zh-CN").when().get("/programs/" + id).then().statusCode(200)
                .body(containsString("<h1>2024杭州市海外高层次人才创新创业大赛</h1>"))
                .body(containsString("主办单位：杭州市人力资源和社会保障局"))
                .body(containsString("申报截止：" + deadline + "（北京时间）"))
                .body(containsString("留学人员专场"))
                .body(containsString("数字经济组"))
                .body(containsString("资格初审"))
                .body(containsString("总决赛"))
                .body(containsString("开放申报"))
                .body(containsString("href=\"/login?ui_locales=zh-CN&amp;next=/programs/" + id + "\" data-testid=\"sign-in-to-apply\">登录后申报"))
                .body(not(containsString("data-testid=\"apply-button\"")));

        given().header("Accept-Language", "en").when().get("/programs/" + id).then().statusCode(200)
                .body(containsString("2024 Hangzhou Overseas High-Level Talent Innovation &amp; Entrepreneurship Competition"))
                .body(containsString("Organiser: Hangzhou Municipal Human Resources and Social Security Bureau"))
                .body(containsString("Submission deadline: " + deadline + " (China time)"))
                .body(containsString("Returnee division"))
                .body(containsString("Digital economy"))
                .body(containsString("Qualification review"))
                .body(containsString("Grand final"))
                .body(containsString("href=\"/login?ui_locales=en&amp;next=/programs/" + id + "\" data-testid=\"sign-in-to-apply\">Sign in to apply"))
                .body(not(containsString("数字经济组")));
    }

    @Test
    void applicantSeesTheApplyFormOnlyWhileSubmissionsAreAccepted() {
        long id = program(ProgramTemplates.HANGZHOU_2024, true);
        String html = as(Role.APPLICANT, "zh-CN").when().get("/programs/" + id).then().statusCode(200)
                .extract().asString();
        Matcher form = Pattern.compile("<form method=\"post\" action=\"/programs/" + id
                + "/applications\"[^>]*>\\s*<input type=\"hidden\" name=\"" + Csrf.FIELD + "\" value=\"[^\"]+\">")
                .matcher(html);
        assertTrue(form.find(), html);
        assertTrue(html.contains(">立即申报</button>"), html);

        as(Role.JUDGE, "en").when().get("/programs/" + id).then().statusCode(200)
                .body(containsString("Applications are made from an applicant account."))
                .body(not(containsString("action=\"/programs/" + id + "/applications\"")));

        as(Role.ADMIN, "en").contentType(ContentType.JSON).post("/api/v1/programs/" + id + "/close")
                .then().statusCode(200);
        as(Role.APPLICANT, "en").when().get("/programs/" + id).then().statusCode(200)
                .body(containsString("This program is not accepting submissions."))
                .body(not(containsString("data-testid=\"apply-button\"")));
    }

    @Test
    void fundingCallPageShowsSectionsDirectionsQuotasBudgetsAndUnits() {
        long id = program(ProgramTemplates.JIANGXI_2024_3, true);
        given().header("Accept-Language", "zh-CN").when().get("/programs/" + id).then().statusCode(200)
                .body(containsString("2024年江西省工业发展专项（第三批）"))
                .body(containsString("板块与支持方向"))
                .body(containsString("产业链“链主”及龙头骨干企业发展"))
                .body(containsString("<td>数字化转型试点</td><td class=\"num\">10</td><td class=\"num\">3,000</td>"))
                .body(containsString("<td>南昌高新区</td><td>南昌市</td><td class=\"num\">40</td>"))
                .body(containsString("区县推荐"))
                .body(containsString("拟支持项目公示"));
        given().header("Accept-Language", "en").when().get("/programs/" + id).then().statusCode(200)
                .body(containsString("Sections and support directions"))
                .body(containsString("Manufacturing digital transformation"))
                .body(containsString("<td>Upgrading chain-leading backbone enterprises</td><td class=\"num\">30</td><td class=\"num\">9,000</td>"))
                .body(containsString("Nanchang High-tech Zone"))
                .body(containsString("Budget (10,000 CNY)"));
    }

    @Test
    void draftPageIsNotFoundForThePublicButShownToAdmins() {
        long id = program(ProgramTemplates.HANGZHOU_2024, false);
        given().header("Accept-Language", "en").when().get("/programs/" + id).then().statusCode(404)
                .body(containsString("Page not found"))
                .body(not(containsString("Hangzhou")));
        as(Role.APPLICANT, "en").when().get("/programs/" + id).then().statusCode(404);
        as(Role.ADMIN, "en").when().get("/programs/" + id).then().statusCode(200)
                .body(containsString("Draft: until the program is opened, only administrators see this page."))
                .body(containsString("Submissions have not opened yet."));
        given().header("Accept-Language", "en").when().get("/").then().statusCode(200)
                .body(not(containsString("/programs/" + id + "\"")));
    }

    @Test
    void adminListShowsStatusDeadlineAndApplicationCounts() {
        long hz = program(ProgramTemplates.HANGZHOU_2024, true);
        long jx = program(ProgramTemplates.JIANGXI_2024_3, false);
        ProgramApiTest.insertApplication(hz, null, "SUBMITTED", null);
        ProgramApiTest.insertApplication(hz, null, "SUBMITTED", null);
        ProgramApiTest.insertApplication(hz, null, "DRAFT", null);
        ProgramApiTest.insertApplication(jx, null, "WITHDRAWN", null);

        String zh = as(Role.ADMIN, "zh-CN").when().get("/admin/programs").then().statusCode(200).extract().asString();
        assertTrue(zh.contains("大赛与专项管理"), zh);
        String hzRow = row(zh, "HZ2024");
        assertTrue(hzRow.contains("href=\"/admin/programs/" + hz + "\""), hzRow);
        assertTrue(hzRow.contains("开放申报"), hzRow);
        assertTrue(hzRow.contains(Dates.format(load(hz).submissionDeadline)), hzRow);
        assertTrue(hzRow.contains("已提交 2 · 草稿 1 · 退回补正 0 · 已撤回 0"), hzRow);
        String jxRow = row(zh, "JX2024C");
        assertTrue(jxRow.contains("草稿"), jxRow);
        assertTrue(jxRow.contains("已提交 0 · 草稿 0 · 退回补正 0 · 已撤回 1"), jxRow);
        assertTrue(zh.contains("<option value=\"jiangxi-2024-3\">2024年江西省工业发展专项（第三批）</option>"), zh);

        as(Role.ADMIN, "en").when().get("/admin/programs").then().statusCode(200)
                .body(containsString("2 submitted · 1 drafts · 0 returned · 0 withdrawn"))
                .body(containsString("New program from a template"));
        as(Role.JUDGE, "en").when().get("/admin/programs").then().statusCode(403);
    }

    @Test
    void adminCreatesFromTemplateThenOpensAndClosesThroughThePages() {
        Response created = adminForm("zh-CN").formParam("template", "jiangxi-2024-3")
                .when().post("/admin/programs/from-template");
        assertEquals(303, created.statusCode());
        String location = created.header("Location");
        long id = Long.parseLong(location.replaceAll(".*/admin/programs/(\\d+).*", "$1"));
        String flash = created.getCookie("flash");
        as(Role.ADMIN, "zh-CN").cookie("flash", flash).when().get("/admin/programs/" + id).then().statusCode(200)
                .body(containsString("草稿项目已创建。"))
                .body(containsString("data-testid=\"open-button\""))
                .body(not(containsString("data-testid=\"close-button\"")));

        adminForm("en").when().post("/admin/programs/" + id + "/open").then().statusCode(303)
                .header("Location", endsWith("/admin/programs/" + id));
        assertEquals(ProgramStatus.OPEN, load(id).status);
        as(Role.ADMIN, "en").when().get("/admin/programs/" + id).then().statusCode(200)
                .body(containsString("Status: Open"))
                .body(containsString("data-testid=\"close-button\""));

        // Opening again is refused on the page itself, with the reason.
        adminForm("en").when().post("/admin/programs/" + id + "/open").then().statusCode(409)
                .body(containsString("Only a draft or closed program can be opened (it is Open)."));

        adminForm("en").when().post("/admin/programs/" + id + "/close").then().statusCode(303);
        assertEquals(ProgramStatus.CLOSED, load(id).status);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(List.of("CREATED", "OPENED", "CLOSED"),
                AuditEntry.forEntity("program", id).stream().map(a -> a.action).toList()));

        // Without the CSRF token nothing happens.
        as(Role.ADMIN, "en").contentType(ContentType.URLENC).formParam("x", "1")
                .when().post("/admin/programs/" + id + "/open").then().statusCode(400);
        assertEquals(ProgramStatus.CLOSED, load(id).status);
    }

    @Test
    void extendDeadlineFormShowsErrorsNextToFieldsAndKeepsTheInput() {
        long id = program(ProgramTemplates.HANGZHOU_2024, true);
        Instant current = load(id).submissionDeadline;
        String earlier = ProgramAdminPage.format(current.minus(1, ChronoUnit.DAYS));
        adminForm("zh-CN").formParam("deadline", earlier).formParam("reason", "")
                .when().post("/admin/programs/" + id + "/deadline").then().statusCode(422)
                .body(containsString("data-testid=\"error-deadline\">新的截止时间必须晚于现在和当前截止时间。"))
                .body(containsString("data-testid=\"error-reason\">请填写延期理由。"))
                .body(containsString("value=\"" + earlier + "\""));
        adminForm("en").formParam("deadline", "next tuesday").formParam("reason", "Outage")
                .when().post("/admin/programs/" + id + "/deadline").then().statusCode(422)
                .body(containsString("data-testid=\"error-deadline\">Enter a date and time, e.g. 2024-07-31T17:00."))
                .body(containsString(">Outage</textarea>"));
        assertEquals(current, load(id).submissionDeadline);

        Instant later = current.plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Response done = adminForm("en").formParam("deadline", ProgramAdminPage.format(later))
                .formParam("reason", "Portal outage on the last day").when().post("/admin/programs/" + id + "/deadline");
        assertEquals(303, done.statusCode());
        assertEquals(later, load(id).submissionDeadline);
        as(Role.ADMIN, "en").cookie("flash", done.getCookie("flash")).when().get("/admin/programs/" + id)
                .then().statusCode(200)
                .body(containsString("The submission deadline was extended for everyone."))
                .body(containsString(Dates.format(later)));
        QuarkusTransaction.requiringNew().run(() -> assertEquals("Portal outage on the last day",
                AuditEntry.<AuditEntry> find("entityId = ?1 and action = ?2", id, "DEADLINE_EXTENDED").singleResult().detail));
    }

    @Test
    void editorShowsErrorsNextToFieldsKeepsValuesAndSaves() {
        long id = program(ProgramTemplates.HANGZHOU_2024, false);
        String page = as(Role.ADMIN, "en").when().get("/admin/programs/" + id + "/edit").then().statusCode(200)
                .body(containsString("name=\"version\" value=\"0\""))
                .body(containsString("value=\"2024 Hangzhou Overseas High-Level Talent Innovation &amp; Entrepreneurship Competition\""))
                .body(containsString("&quot;key&quot; : &quot;business_plan&quot;"))
                .body(containsString("name=\"applicantsSeeScores\" value=\"true\" aria-describedby"))
                .body(containsString("Applicants see their own scores and the judges"))
                .extract().asString();
        String structure = textarea(page, "structure");

        adminForm("en").formParam("version", "0").formParam("code", "HZ2024")
                .formParam("nameZh", "杭州大赛").formParam("nameEn", " ")
                .formParam("organiserZh", "主办").formParam("organiserEn", "Organiser")
                .formParam("opensAt", "soon").formParam("submissionDeadline", "2030-07-31T17:00")
                .formParam("structure", structure)
                .when().post("/admin/programs/" + id + "/edit").then().statusCode(422)
                .body(containsString("data-testid=\"error-nameEn\">This field is required."))
                .body(containsString("data-testid=\"error-opensAt\">Enter a date and time"))
                .body(containsString("value=\"杭州大赛\""))
                .body(containsString("value=\"soon\""));

        adminForm("zh-CN").formParam("version", "0").formParam("code", "HZ2024")
                .formParam("nameZh", "杭州大赛").formParam("nameEn", "Hangzhou contest")
                .formParam("organiserZh", "主办").formParam("organiserEn", "Organiser")
                .formParam("structure", "{ \"rounds\": [ ")
                .when().post("/admin/programs/" + id + "/edit").then().statusCode(422)
                .body(containsString("data-testid=\"error-structure\""))
                .body(containsString("结构内容不是有效的 JSON"));

        adminForm("en").formParam("version", "0").formParam("code", "HZ2024")
                .formParam("nameZh", "杭州大赛").formParam("nameEn", "Hangzhou contest")
                .formParam("organiserZh", "主办").formParam("organiserEn", "Organiser")
                .formParam("structure", "{\"rounds\": []}")
                .when().post("/admin/programs/" + id + "/edit").then().statusCode(422)
                .body(containsString("rounds: A program needs between 1 and 30 rounds."));

        QuarkusTransaction.requiringNew().run(() -> assertEquals(0,
                AuditEntry.count("entityId = ?1 and action = ?2", id, "UPDATED")));

        Response saved = adminForm("en").formParam("version", "0").formParam("code", "HZ2024A")
                .formParam("nameZh", "杭州大赛").formParam("nameEn", "Hangzhou contest")
                .formParam("organiserZh", "主办").formParam("organiserEn", "Organiser")
                .formParam("opensAt", "2030-05-01T00:00").formParam("submissionDeadline", "2030-07-31T17:00")
                .formParam("allowMultiple", "true").formParam("applicantsSeeScores", "true")
                .formParam("structure", structure)
                .when().post("/admin/programs/" + id + "/edit");
        assertEquals(303, saved.statusCode());
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(id);
            assertEquals("HZ2024A", p.code);
            assertEquals("Hangzhou contest", p.name.en);
            assertEquals(Instant.parse("2030-07-31T09:00:00Z"), p.submissionDeadline);
            assertTrue(p.allowMultiple);
            assertTrue(p.applicantsSeeScores);
            assertEquals(null, p.description);
            assertEquals(5, Track.count("program.id", id));
            assertEquals(10, FormField.count("program.id", id));
            assertEquals(1, AuditEntry.count("entityId = ?1 and action = ?2", id, "UPDATED"));
        });
    }

    @Test
    void staleEditShowsAClearMessageAndKeepsWhatWasTyped() {
        long id = program(ProgramTemplates.HANGZHOU_2024, false);
        String structure = textarea(as(Role.ADMIN, "zh-CN").when().get("/admin/programs/" + id + "/edit")
                .then().statusCode(200).extract().asString(), "structure");
        // Someone else saves first.
        adminForm("zh-CN").formParam("version", "0").formParam("code", "HZ2024")
                .formParam("nameZh", "别人的修改").formParam("nameEn", "Their edit")
                .formParam("organiserZh", "主办").formParam("organiserEn", "Organiser").formParam("structure", structure)
                .when().post("/admin/programs/" + id + "/edit").then().statusCode(303);

        adminForm("zh-CN").formParam("version", "0").formParam("code", "HZ2024")
                .formParam("nameZh", "我的修改").formParam("nameEn", "My edit")
                .formParam("organiserZh", "主办").formParam("organiserEn", "Organiser").formParam("structure", structure)
                .when().post("/admin/programs/" + id + "/edit").then().statusCode(409)
                .body(containsString("其他人（或您在另一个窗口中）已修改了此内容"))
                .body(containsString("value=\"我的修改\""));
        assertEquals("Their edit", load(id).name.en);
    }

    @Test
    void workspaceOfAnAdminLinksToProgramManagement() {
        as(Role.ADMIN, "zh-CN").when().get("/home").then().statusCode(200)
                .body(containsString("<a href=\"/admin/programs\" data-testid=\"admin-programs-link\">管理大赛与专项</a>"));
        as(Role.JUDGE, "zh-CN").when().get("/home").then().statusCode(200)
                .body(not(containsString("/admin/programs")));
    }

    private static String row(String html, String code) {
        Matcher m = Pattern.compile("<tr data-testid=\"program-row-" + code + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "no row for " + code);
        return m.group(1);
    }

    /** A textarea's content, unescaped as a browser would submit it. */
    private static String textarea(String html, String name) {
        Matcher m = Pattern.compile("<textarea id=\"" + name + "\" name=\"" + name + "\"[^>]*>(.*?)</textarea>",
                Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no textarea " + name);
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
