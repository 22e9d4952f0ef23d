package app.shortlist.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProgramFormPageTest {

    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    /** The Hangzhou template's ten fields, in order. */
    static final List<String> KEYS = List.of("highest_degree", "graduate_university", "overseas_years", "return_date",
            "team_size", "project_summary", "financing_stage", "ip_held", "business_plan", "degree_certificate");

    @Test
    void pageShowsEveryFieldInBothLanguagesWithThreeEmptyRows() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        String zh = ProgramPagesTest.as(Role.ADMIN, "zh-CN").when().get("/admin/programs/" + id + "/form").then()
                .statusCode(200)
                .body(containsString("<h1>申报表设置：2024杭州市海外高层次人才创新创业大赛</h1>"))
                .body(containsString("<label for=\"f0-label-zh\">问题（中文）</label>"))
                .body(containsString("name=\"f[0].label.zh\" value=\"最高学历\""))
                .body(containsString("<option value=\"CHOICE\" selected>单选</option>"))
                .body(containsString("doctorate|博士|Doctorate"))
                .body(containsString("name=\"f[8].allowedTypes\" value=\"PDF\" checked"))
                .body(not(containsString("name=\"f[8].allowedTypes\" value=\"PNG\" checked")))
                .body(containsString("name=\"f[8].maxMb\" value=\"20\""))
                .body(containsString("name=\"f[2].minValue\" value=\"0\""))
                .body(containsString("name=\"f[2].maxValue\" value=\"60\""))
                .body(containsString("name=\"f[12].key\" value=\"\""))
                .body(not(containsString("name=\"f[13].key\"")))
                .extract().asString();
        assertEquals(3, zh.split("<legend>新增字段</legend>", -1).length - 1, "three empty rows");
        assertEquals(List.of("0"), inputs(zh).get("version"));

        ProgramPagesTest.as(Role.ADMIN, "en").when().get("/admin/programs/" + id + "/form").then().statusCode(200)
                .body(containsString("Application form: 2024 Hangzhou Overseas"))
                .body(containsString("<label for=\"f0-label-en\">Question in English</label>"))
                .body(containsString("<option value=\"MULTI_CHOICE\" selected>Multiple choice</option>"))
                .body(containsString("<legend>New field</legend>"))
                .body(containsString("Remove this field"));

        ProgramPagesTest.as(Role.ADMIN, "zh-CN").when().get("/admin/programs/" + id).then().statusCode(200)
                .body(containsString("href=\"/admin/programs/" + id + "/form\" data-testid=\"form-link\">申报表设置</a>"));
    }

    @Test
    void addingEditingAndReorderingFieldsIsSavedInPositionOrder() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        Map<Long, String> before = idsByKey(id);
        Map<String, List<String>> form = page(id, "zh-CN");
        // A new field first, the first field last, a label edited.
        set(form, 10, "key", "referral_source");
        set(form, 10, "type", "TEXT");
        set(form, 10, "label.zh", "推荐来源");
        set(form, 10, "label.en", "Referral source");
        set(form, 10, "position", "0");
        set(form, 0, "position", "20");
        set(form, 1, "label.zh", "毕业院校（最高学历）");

        Response saved = post(id, "zh-CN", form);
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").endsWith("/admin/programs/" + id + "/form"), saved.header("Location"));

        List<String> expected = new ArrayList<>();
        expected.add("referral_source");
        expected.addAll(KEYS.subList(1, KEYS.size()));
        expected.add("highest_degree");
        QuarkusTransaction.requiringNew().run(() -> {
            List<FormField> fields = FormField.forProgram(id);
            assertEquals(expected, fields.stream().map(f -> f.key).toList());
            FormField added = fields.get(0);
            assertEquals("推荐来源", added.label.zh);
            assertEquals(FieldType.TEXT, added.type);
            assertEquals("毕业院校（最高学历）", fields.get(1).label.zh);
            assertEquals("University of the highest degree", fields.get(1).label.en);
            // Existing fields keep their rows (ids), their settings untouched.
            fields.stream().filter(f -> f != added).forEach(f -> assertEquals(before.get(f.id), f.key));
            FormField plan = fields.stream().filter(f -> f.key.equals("business_plan")).findFirst().orElseThrow();
            assertEquals("PDF", plan.allowedTypes);
            assertEquals(20L * 1024 * 1024, plan.maxBytes);
            assertEquals(1, AuditEntry.count("entityId = ?1 and action = ?2", id, "UPDATED"));
        });

        ProgramPagesTest.as(Role.ADMIN, "zh-CN").cookie("flash", saved.getCookie("flash")).when()
                .get("/admin/programs/" + id + "/form").then().statusCode(200)
                .body(containsString("data-testid=\"flash\">申报表已保存。"))
                .body(containsString("name=\"f[0].key\" value=\"referral_source\""))
                .body(containsString("name=\"f[10].key\" value=\"highest_degree\""))
                .body(containsString("name=\"version\" value=\"" + ProgramPagesTest.load(id).version + "\""));
    }

    @Test
    void removingAnUnansweredFieldDeletesIt() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        Map<String, List<String>> form = page(id, "en");
        set(form, 3, "remove", "true");
        assertEquals(303, post(id, "en", form).statusCode());
        QuarkusTransaction.requiringNew().run(() -> assertEquals(
                KEYS.stream().filter(k -> !k.equals("return_date")).toList(),
                FormField.forProgram(id).stream().map(f -> f.key).toList()));
    }

    @Test
    void choiceWithoutChoicesIsRefusedNextToItsRowAndNothingIsWritten() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        Map<String, List<String>> form = page(id, "zh-CN");
        set(form, 11, "key", "gender");
        set(form, 11, "type", "CHOICE");
        set(form, 11, "label.zh", "性别");
        set(form, 11, "label.en", "Gender");
        set(form, 11, "position", "0"); // first of the saved list: the service's fields[0] is row 11
        set(form, 1, "label.en", "");

        post(id, "zh-CN", form).then().statusCode(422)
                .body(containsString("data-testid=\"failure\">项目设置有 2 处需要修改，请查看各项旁的提示。"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"f11-options-error\""))
                .body(containsString("<p class=\"error\" id=\"f11-options-error\" data-testid=\"error-f11-options\">单选和多选题需要填写选项"))
                .body(containsString("data-testid=\"error-f1-label.en\">此项为必填项。"))
                .body(containsString("name=\"f[11].key\" value=\"gender\""))
                .body(containsString("name=\"f[11].label.zh\" value=\"性别\""))
                .body(containsString("<option value=\"CHOICE\" selected>单选</option>"))
                .body(not(containsString("data-testid=\"error-f0-")));

        // A typing mistake is shown together with the rules' problems, in English too.
        set(form, 2, "minValue", "lots");
        post(id, "en", form).then().statusCode(422)
                .body(containsString("data-testid=\"failure\">Please correct the marked fields; nothing was saved."))
                .body(containsString("data-testid=\"error-f2-minValue\">Enter a number."))
                .body(containsString("name=\"f[2].minValue\" value=\"lots\""))
                .body(containsString("data-testid=\"error-f11-options\">Choice fields need options"));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(KEYS, FormField.forProgram(id).stream().map(f -> f.key).toList());
            assertEquals("University of the highest degree", FormField.forProgram(id).get(1).label.en);
            assertEquals(0, AuditEntry.count("entityId = ?1 and action = ?2", id, "UPDATED"));
        });
    }

    @Test
    void removingAFieldAnApplicationAnsweredIsRefused() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        ProgramApiTest.insertApplication(id, null, "DRAFT", "{\"team_size\":\"5\"}");
        Map<String, List<String>> form = page(id, "zh-CN");
        set(form, 4, "remove", "true");
        post(id, "zh-CN", form).then().statusCode(409)
                .body(containsString("申报表字段“核心团队人数”已被申报引用，不能删除。"))
                .body(containsString("name=\"f[4].remove\" value=\"true\" checked aria-invalid=\"true\" aria-describedby=\"f4-remove-error\""))
                .body(containsString("data-testid=\"error-f4-remove\">申报表字段“核心团队人数”已被申报引用"));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(KEYS,
                FormField.forProgram(id).stream().map(f -> f.key).toList()));
    }

    @Test
    void staleVersionShowsTheStaleMessageAndKeepsWhatWasTyped() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        Map<String, List<String>> mine = page(id, "zh-CN");
        Map<String, List<String>> theirs = page(id, "zh-CN");
        set(theirs, 0, "label.zh", "别人的修改");
        assertEquals(303, post(id, "zh-CN", theirs).statusCode());

        set(mine, 0, "label.zh", "我的修改");
        post(id, "zh-CN", mine).then().statusCode(409)
                .body(containsString("其他人（或您在另一个窗口中）已修改了此内容"))
                .body(containsString("value=\"我的修改\""));
        QuarkusTransaction.requiringNew().run(() -> assertEquals("别人的修改",
                FormField.forProgram(id).get(0).label.zh));
    }

    @Test
    void postWithoutVersionOrRowsChangesNothing() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        ProgramPagesTest.adminForm("en").when().post("/admin/programs/" + id + "/form").then().statusCode(400);
        ProgramPagesTest.adminForm("en").formParam("version", "0").when().post("/admin/programs/" + id + "/form")
                .then().statusCode(400);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(KEYS,
                FormField.forProgram(id).stream().map(f -> f.key).toList()));
    }

    @Test
    void onlyAdminsMayUseTheFormBuilder() {
        long id = ProgramPagesTest.program(ProgramTemplates.HANGZHOU_2024, false);
        ProgramPagesTest.as(Role.APPLICANT, "zh-CN").when().get("/admin/programs/" + id + "/form").then()
                .statusCode(403);
        Csrf.from("/").on(ProgramPagesTest.as(Role.APPLICANT, "zh-CN")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8"))
                .formParam("version", "0").formParam("f[3].id", "1").formParam("f[3].remove", "true")
                .when().post("/admin/programs/" + id + "/form").then().statusCode(403);
        ProgramPagesTest.as(Role.JUDGE, "en").when().get("/admin/programs/" + id + "/form").then().statusCode(403);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(KEYS.size(), FormField.count("program.id", id)));
    }

    // --- helpers: the page's form as a browser would send it -----------------------------

    private static Map<Long, String> idsByKey(long programId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, String> ids = new LinkedHashMap<>();
            FormField.forProgram(programId).forEach(f -> ids.put(f.id, f.key));
            return ids;
        });
    }

    private static Map<String, List<String>> page(long programId, String lang) {
        String html = ProgramPagesTest.as(Role.ADMIN, lang).when().get("/admin/programs/" + programId + "/form")
                .then().statusCode(200).extract().asString();
        return inputs(html);
    }

    private static Response post(long programId, String lang, Map<String, List<String>> form) {
        RequestSpecification request = ProgramPagesTest.adminForm(lang);
        form.forEach((name, values) -> request.formParam(name, values.toArray()));
        return request.when().post("/admin/programs/" + programId + "/form");
    }

    private static void set(Map<String, List<String>> form, int row, String input, String value) {
        form.put("f[" + row + "]." + input, List.of(value));
    }

    /** What the form builder's form submits: text and hidden inputs, checked boxes, selections, text areas. */
    static Map<String, List<String>> inputs(String html) {
        int start = html.indexOf("data-testid=\"form-builder\"");
        assertTrue(start > 0, "no form builder on the page");
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, List<String>> values = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input type=\"(text|hidden|checkbox)\"(?: id=\"[^\"]*\")? name=\"([^\"]+)\" value=\"([^\"]*)\"([^>]*)>")
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
        Matcher textarea = Pattern.compile("<textarea id=\"[^\"]*\" name=\"([^\"]+)\"[^>]*>(.*?)</textarea>",
                Pattern.DOTALL).matcher(form);
        while (textarea.find()) {
            values.put(textarea.group(1), List.of(unescape(textarea.group(2))));
        }
        return values;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
