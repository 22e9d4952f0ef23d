package app.shortlist.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.audit.AuditEntry;
import app.shortlist.support.ErrorSummary;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import app.shortlist.web.Dates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ProgramStructurePageTest {

    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    static final List<String> TRACKS = List.of("数字经济组", "生物医药组", "智能制造组", "新材料与新能源组", "节能环保组");
    static final List<String> ROUNDS = List.of("资格初审", "海选", "复赛", "决赛", "总决赛", "公示");

    @Test
    void pageShowsDivisionsTracksAndRoundsInBothLanguagesWithTwoEmptyRowsEach() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        ProgramParts parts = parts(id);
        long division = parts.divisions().get(0).id;
        String starts = ProgramAdminPage.format(parts.rounds().get(0).startsAt);
        String zh = ProgramPagesTest.as(Role.ADMIN, "zh-CN").when().get("/admin/programs/" + id + "/structure")
                .then().statusCode(200)
                .body(containsString("<h1>结构设置：2024杭州市海外高层次人才创新创业大赛</h1>"))
                .body(containsString("<h2 id=\"list-d\">专场</h2>"))
                .body(containsString("<label for=\"t0-name-zh\">名称（中文）</label>"))
                .body(containsString("name=\"t[0].name.zh\" value=\"数字经济组\""))
                .body(containsString("name=\"t[4].name.en\" value=\"Energy saving and environmental protection\""))
                .body(containsString("<option value=\"" + division + "\" selected>留学人员专场</option>"))
                .body(containsString("<option value=\"\">（不属于任何专场）</option>"))
                .body(containsString("新增的专场需先保存，之后才能在此选择。"))
                .body(containsString("<option value=\"SCREENING\" selected>资格审查</option>"))
                .body(containsString("type=\"datetime-local\" id=\"r0-startsAt\" name=\"r[0].startsAt\" value=\"" + starts + "\""))
                .body(containsString("<legend>第 1 个组别 · 数字经济组</legend>"))
                .body(not(containsString("name=\"s[0]")))
                .body(not(containsString("name=\"t[7].name.zh\"")))
                .extract().asString();
        assertEquals(2, count(zh, "<legend>新增组别</legend>"));
        assertEquals(2, count(zh, "<legend>新增专场</legend>"));
        assertEquals(2, count(zh, "<legend>新增轮次</legend>"));
        assertEquals(List.of("0"), inputs(zh).get("version"));

        ProgramPagesTest.as(Role.ADMIN, "en").when().get("/admin/programs/" + id + "/structure").then()
                .statusCode(200)
                .body(containsString("Structure: 2024 Hangzhou Overseas"))
                .body(containsString("<label for=\"t0-name-en\">Name in English</label>"))
                .body(containsString("<legend>New track</legend>"))
                .body(containsString("A new division can be chosen only after it has been saved."))
                .body(containsString("<option value=\"NOTICE\" selected>Public notice</option>"))
                .body(containsString("<label for=\"r0-startsAt\">Starts (China time)</label>"));

        ProgramPagesTest.as(Role.ADMIN, "zh-CN").when().get("/admin/programs/" + id).then().statusCode(200)
                .body(containsString("href=\"/admin/programs/" + id + "/structure\" data-testid=\"structure-link\">结构设置</a>"));
    }

    @Test
    void tracksAndRoundsAreAddedRenamedReorderedAndRemoved() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        ProgramParts before = parts(id);
        long division = before.divisions().get(0).id;
        Map<String, List<String>> form = page(id, "zh-CN");
        // Tracks: a new one first in the division, one outside it, the first moved last, one renamed, one removed.
        set(form, "t", 5, "name.zh", "人工智能组");
        set(form, "t", 5, "name.en", "Artificial intelligence");
        set(form, "t", 5, "division", String.valueOf(division));
        set(form, "t", 5, "position", "0");
        set(form, "t", 6, "name.zh", "青年创业组");
        set(form, "t", 6, "name.en", "Young founders");
        set(form, "t", 0, "position", "99");
        set(form, "t", 1, "name.en", "Biomedicine and health");
        set(form, "t", 4, "remove", "true");
        // Rounds: a new one after the open selection, one renamed, the grand final removed.
        set(form, "r", 6, "kind", "SCORING");
        set(form, "r", 6, "name.zh", "路演");
        set(form, "r", 6, "name.en", "Pitch day");
        set(form, "r", 6, "startsAt", form.get("r[1].endsAt").get(0));
        set(form, "r", 6, "endsAt", form.get("r[2].startsAt").get(0));
        set(form, "r", 6, "position", "2");
        set(form, "r", 1, "name.en", "Open selection (online)");
        set(form, "r", 4, "remove", "true");
        String pitchStarts = form.get("r[1].endsAt").get(0);

        Response saved = post(id, "zh-CN", form);
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").endsWith("/admin/programs/" + id + "/structure"), saved.header("Location"));

        ProgramParts after = parts(id);
        assertEquals(List.of("人工智能组", "生物医药组", "智能制造组", "新材料与新能源组", "数字经济组", "青年创业组"),
                after.tracks().stream().map(t -> t.name.zh).toList());
        assertEquals("Biomedicine and health", after.tracks().get(1).name.en);
        assertEquals(List.of(true, true, true, true, true, false),
                after.tracks().stream().map(t -> t.division != null && t.division.id == division).toList());
        // Kept tracks keep their rows.
        assertEquals(before.tracks().get(0).id, after.tracks().get(4).id);
        assertEquals(before.tracks().get(1).id, after.tracks().get(1).id);
        assertEquals(List.of("资格初审", "海选", "路演", "复赛", "决赛", "公示"),
                after.rounds().stream().map(r -> r.name.zh).toList());
        assertEquals("Open selection (online)", after.rounds().get(1).name.en);
        assertEquals(before.rounds().get(1).id, after.rounds().get(1).id);
        Round pitch = after.rounds().get(2);
        assertEquals(RoundKind.SCORING, pitch.kind);
        assertEquals(LocalDateTime.parse(pitchStarts).atZone(Dates.ZONE).toInstant(), pitch.startsAt);
        assertEquals(before.rounds().get(2).startsAt, pitch.endsAt);
        // The form fields are untouched.
        assertEquals(before.fields().stream().map(f -> f.key).toList(), after.fields().stream().map(f -> f.key).toList());
        QuarkusTransaction.requiringNew().run(
                () -> assertEquals(1, AuditEntry.count("entityId = ?1 and action = ?2", id, "UPDATED")));

        ProgramPagesTest.as(Role.ADMIN, "zh-CN").cookie("flash", saved.getCookie("flash")).when()
                .get("/admin/programs/" + id + "/structure").then().statusCode(200)
                .body(containsString("data-testid=\"flash\">结构已保存。"))
                .body(containsString("name=\"t[0].name.zh\" value=\"人工智能组\""))
                .body(containsString("name=\"r[2].name.en\" value=\"Pitch day\""))
                .body(containsString("name=\"version\" value=\"" + ProgramPagesTest.load(id).version + "\""));
    }

    @Test
    void directionsKeepTheirQuotaAndBudgetAndMoveBetweenSections() {
        long id = ProgramPagesTest.program(ProgramTemplates.JIANGXI_2024_3, false);
        ProgramParts before = parts(id);
        long cluster = before.sections().get(1).id;
        String en = ProgramPagesTest.as(Role.ADMIN, "en").when().get("/admin/programs/" + id + "/structure").then()
                .statusCode(200)
                .body(containsString("<h2 id=\"list-x\">Support directions</h2>"))
                .body(containsString("name=\"x[0].quota\" value=\"30\""))
                .body(containsString("name=\"x[0].budget\" value=\"9000\""))
                .body(containsString("name=\"u[0].city.zh\" value=\"南昌市\""))
                .body(containsString("<label for=\"x0-budget\">Budget (万元)</label>"))
                .body(not(containsString("name=\"t[0]")))
                .extract().asString();
        assertEquals(2, count(en, "<legend>New support direction</legend>"));
        Map<String, List<String>> form = inputs(en);
        set(form, "x", 0, "quota", "35");
        set(form, "x", 0, "budget", "9,500.5");
        set(form, "x", 8, "section", "");
        set(form, "x", 9, "name.zh", "绿色制造");
        set(form, "x", 9, "name.en", "Green manufacturing");
        set(form, "x", 9, "section", String.valueOf(cluster));
        set(form, "x", 9, "quota", "5");
        set(form, "x", 9, "budget", "1000");
        set(form, "u", 0, "quota", "41");
        set(form, "u", 10, "remove", "true");

        Response saved = post(id, "en", form);
        assertEquals(303, saved.statusCode(), saved.asString());

        ProgramParts after = parts(id);
        assertEquals(10, after.directions().size());
        Direction first = after.directions().get(0);
        assertEquals(35, first.quota);
        assertEquals(0, new BigDecimal("9500.5").compareTo(first.budget));
        Direction green = after.directions().stream().filter(x -> x.name.zh.equals("绿色制造")).findFirst().orElseThrow();
        assertEquals(cluster, green.section.id);
        assertEquals(5, green.quota);
        assertEquals(0, new BigDecimal("1000").compareTo(green.budget));
        Direction pilots = after.directions().stream().filter(x -> x.name.zh.equals("数字化转型试点")).findFirst()
                .orElseThrow();
        assertNull(pilots.section);
        assertEquals(10, pilots.quota);
        assertEquals(10, after.units().size());
        assertEquals(41, after.units().get(0).quota);
        assertTrue(after.units().stream().noneMatch(u -> u.name.zh.equals("南康区")));

        ProgramPagesTest.as(Role.ADMIN, "zh-CN").when().get("/admin/programs/" + id + "/structure").then()
                .statusCode(200)
                .body(containsString("name=\"x[0].budget\" value=\"9500.5\""))
                .body(containsString("<label for=\"x0-budget\">预算（万元）</label>"));
    }

    @Test
    void badNumbersInDirectionsAreRefusedNextToTheirInputs() {
        long id = ProgramPagesTest.program(ProgramTemplates.JIANGXI_2024_3, false);
        Map<String, List<String>> form = page(id, "en");
        set(form, "x", 1, "budget", "lots");
        set(form, "x", 2, "quota", "-1");
        post(id, "en", form).then().statusCode(422)
                .body(containsString("data-testid=\"failure\">Please correct the marked fields; nothing was saved."))
                .body(containsString("data-testid=\"error-x1-budget\">Enter a number."))
                .body(containsString("name=\"x[1].budget\" value=\"lots\""))
                .body(containsString("data-testid=\"error-x2-quota\">Must not be negative."));
        assertEquals(80, parts(id).directions().get(2).quota);
    }

    @Test
    void aRefusedStructureIsAnnouncedFirstWithALinkToEachFieldInError() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        Map<String, List<String>> form = page(id, "en");
        set(form, "t", 2, "name.en", " ");
        set(form, "r", 6, "name.zh", "路演");
        set(form, "r", 6, "position", "99");
        String html = post(id, "en", form).then().statusCode(422).extract().asString();
        Map<String, String> links = ErrorSummary.check(html, "failure", "t2-name-en", "r6-name-en");
        assertTrue(links.get("t2-name-en").contains("Name in English: This field is required."), links.toString());
        assertTrue(html.contains("<h1>Structure: 2024 Hangzhou Overseas"), "the page itself still follows");
        assertEquals(TRACKS, parts(id).tracks().stream().map(t -> t.name.zh).toList());
    }

    @Test
    void removingATrackAnApplicationUsesIsRefused() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        long track = parts(id).tracks().get(0).id;
        ProgramApiTest.insertApplication(id, track, "DRAFT", null);
        Map<String, List<String>> form = page(id, "zh-CN");
        set(form, "t", 0, "remove", "true");
        set(form, "t", 1, "name.zh", "生物医药与健康组");
        post(id, "zh-CN", form).then().statusCode(409)
                .body(containsString("data-testid=\"failure\">组别“数字经济组”已被申报引用，不能删除。"))
                .body(containsString("name=\"t[0].remove\" value=\"true\" checked aria-invalid=\"true\" aria-describedby=\"t0-remove-error\""))
                .body(containsString("data-testid=\"error-t0-remove\">组别“数字经济组”已被申报引用"))
                .body(containsString("value=\"生物医药与健康组\""));
        assertEquals(TRACKS, parts(id).tracks().stream().map(t -> t.name.zh).toList());
    }

    @Test
    void blankEnglishNameIsRefusedNextToItsInputAndNothingIsWritten() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        Map<String, List<String>> form = page(id, "zh-CN");
        set(form, "t", 2, "name.en", " ");
        set(form, "t", 2, "name.zh", "智能制造组（新）");
        set(form, "r", 6, "name.zh", "路演");
        set(form, "r", 6, "position", "99");
        set(form, "t", 3, "remove", "true");

        post(id, "zh-CN", form).then().statusCode(422)
                .body(containsString("data-testid=\"failure\">项目设置有 2 处需要修改，请查看各项旁的提示。"))
                .body(containsString("id=\"t2-name-en\" name=\"t[2].name.en\" value=\" \" maxlength=\"255\" aria-invalid=\"true\" aria-describedby=\"t2-name-en-error\""))
                .body(containsString("<p class=\"error\" id=\"t2-name-en-error\" data-testid=\"error-t2-name.en\">此项为必填项。</p>"))
                .body(containsString("name=\"t[2].name.zh\" value=\"智能制造组（新）\""))
                .body(containsString("data-testid=\"error-r6-name.en\">此项为必填项。"))
                .body(containsString("name=\"r[6].name.zh\" value=\"路演\""))
                .body(containsString("name=\"t[3].remove\" value=\"true\" checked"))
                .body(not(containsString("data-testid=\"error-t0-")));

        // A typing mistake is shown together with the rules' problems, in English too.
        set(form, "r", 0, "startsAt", "soon");
        post(id, "en", form).then().statusCode(422)
                .body(containsString("data-testid=\"failure\">Please correct the marked fields; nothing was saved."))
                .body(containsString("data-testid=\"error-r0-startsAt\">Enter a date and time"))
                .body(containsString("name=\"r[0].startsAt\" value=\"soon\""))
                .body(containsString("data-testid=\"error-t2-name.en\">This field is required."));

        ProgramParts after = parts(id);
        assertEquals(TRACKS, after.tracks().stream().map(t -> t.name.zh).toList());
        assertEquals(ROUNDS, after.rounds().stream().map(r -> r.name.zh).toList());
        QuarkusTransaction.requiringNew().run(
                () -> assertEquals(0, AuditEntry.count("entityId = ?1 and action = ?2", id, "UPDATED")));
    }

    @Test
    void removingEveryRoundIsRefusedAboveTheRoundsList() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        Map<String, List<String>> form = page(id, "en");
        for (int i = 0; i < ROUNDS.size(); i++) {
            set(form, "r", i, "remove", "true");
        }
        post(id, "en", form).then().statusCode(422)
                .body(containsString("data-testid=\"error-r\">A program needs between 1 and 30 rounds."))
                .body(containsString("name=\"r[5].remove\" value=\"true\" checked"));
        assertEquals(ROUNDS, parts(id).rounds().stream().map(r -> r.name.zh).toList());
    }

    @Test
    void staleVersionShowsTheStaleMessageAndKeepsWhatWasTyped() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        Map<String, List<String>> mine = page(id, "zh-CN");
        Map<String, List<String>> theirs = page(id, "zh-CN");
        set(theirs, "t", 0, "name.zh", "别人的修改");
        assertEquals(303, post(id, "zh-CN", theirs).statusCode());

        set(mine, "t", 0, "name.zh", "我的修改");
        post(id, "zh-CN", mine).then().statusCode(409)
                .body(containsString("其他人（或您在另一个窗口中）已修改了此内容"))
                .body(containsString("value=\"我的修改\""));
        assertEquals("别人的修改", parts(id).tracks().get(0).name.zh);
    }

    @Test
    void postWithoutVersionOrWithoutAListChangesNothing() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        ProgramPagesTest.adminForm("en").when().post("/admin/programs/" + id + "/structure").then().statusCode(400);
        // Rounds only: the tracks are not in the post, which must not read as "remove every track".
        ProgramPagesTest.adminForm("en").formParam("version", "0").formParam("r[0].name.zh", "资格初审")
                .when().post("/admin/programs/" + id + "/structure").then().statusCode(400);
        assertEquals(TRACKS, parts(id).tracks().stream().map(t -> t.name.zh).toList());
    }

    @Test
    void onlyAdminsMayEditTheStructure() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        long track = parts(id).tracks().get(0).id;
        ProgramPagesTest.as(Role.APPLICANT, "zh-CN").when().get("/admin/programs/" + id + "/structure").then()
                .statusCode(403);
        Csrf.from("/").on(ProgramPagesTest.as(Role.RECOMMENDER, "zh-CN")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8"))
                .formParam("version", "0").formParam("t[0].id", String.valueOf(track)).formParam("t[0].remove", "true")
                .when().post("/admin/programs/" + id + "/structure").then().statusCode(403);
        ProgramPagesTest.as(Role.JUDGE, "en").when().get("/admin/programs/" + id + "/structure").then()
                .statusCode(403);
        assertEquals(TRACKS, parts(id).tracks().stream().map(t -> t.name.zh).toList());
    }

    // --- helpers: the page's form as a browser would send it -----------------------------

    private static ProgramParts parts(long programId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ProgramParts parts = ProgramParts.load(programId);
            // Touch the lazy parents while the session is open.
            parts.tracks().forEach(t -> {
                if (t.division != null) {
                    t.division.id.hashCode();
                }
            });
            parts.directions().forEach(x -> {
                if (x.section != null) {
                    x.section.id.hashCode();
                }
            });
            return parts;
        });
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    private static Map<String, List<String>> page(long programId, String lang) {
        String html = ProgramPagesTest.as(Role.ADMIN, lang).when().get("/admin/programs/" + programId + "/structure")
                .then().statusCode(200).extract().asString();
        return inputs(html);
    }

    private static Response post(long programId, String lang, Map<String, List<String>> form) {
        RequestSpecification request = ProgramPagesTest.adminForm(lang);
        form.forEach((name, values) -> request.formParam(name, values.toArray()));
        return request.when().post("/admin/programs/" + programId + "/structure");
    }

    private static void set(Map<String, List<String>> form, String list, int row, String input, String value) {
        form.put(list + "[" + row + "]." + input, List.of(value));
    }

    /** What the structure form submits: text, date and hidden inputs, checked boxes, selections. */
    static Map<String, List<String>> inputs(String html) {
        int start = html.indexOf("data-testid=\"structure-form\"");
        assertTrue(start > 0, "no structure form on the page");
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, List<String>> values = new LinkedHashMap<>();
        Matcher m = Pattern.compile(
                "<input type=\"(text|hidden|checkbox|datetime-local)\"(?: id=\"[^\"]*\")? name=\"([^\"]+)\" value=\"([^\"]*)\"([^>]*)>")
                .matcher(form);
        while (m.find()) {
            if (m.group(2).equals(Csrf.FIELD) || m.group(1).equals("checkbox") && !m.group(4).startsWith(" checked")) {
                continue;
            }
            values.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(unescape(m.group(3)));
        }
        Matcher select = Pattern.compile("<select id=\"[^\"]*\" name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(form);
        while (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(select.group(2));
            if (option.find()) {
                values.put(select.group(1), List.of(option.group(1)));
            }
        }
        return values;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
