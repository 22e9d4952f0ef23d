package app.shortlist.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.support.TestData;
import app.shortlist.web.Dates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ProgramApiTest {

    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    static RequestSpecification as(String role, String lang) {
        return given().auth().oauth2(TestTokens.forRole(role)).header("Accept-Language", lang)
                .contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as(Role.ADMIN, "en");
    }

    static JsonPath fromTemplate(String templateId) {
        return admin().when().post("/api/v1/programs/from-template/" + templateId)
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void templateCreatesHangzhouWithItsTracksRoundsAndForm() {
        var response = admin().when().post("/api/v1/programs/from-template/hangzhou-2024")
                .then().statusCode(201)
                .body("code", equalTo("HZ2024"))
                .body("kind", equalTo("COMPETITION"))
                .body("status", equalTo("DRAFT"))
                .body("name.zh", equalTo("2024杭州市海外高层次人才创新创业大赛"))
                .body("allowMultiple", equalTo(false))
                .body("applicantsSeeScores", equalTo(false))
                .body("divisions.name.zh", contains("留学人员专场"))
                .body("divisions[0].tracks.name.zh", hasItem("数字经济组"))
                .body("divisions[0].tracks.name.en", hasItem("Digital economy"))
                .body("rounds.name.zh", contains("资格初审", "海选", "复赛", "决赛", "总决赛", "公示"))
                .body("rounds.kind", contains("SCREENING", "SCORING", "SCORING", "SCORING", "SCORING", "NOTICE"))
                .extract();
        long id = response.jsonPath().getLong("id");
        assertTrue(response.header("Location").endsWith("/api/v1/programs/" + id), response.header("Location"));

        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(id);
            assertEquals(ProgramStatus.DRAFT, p.status);
            assertEquals(1, Division.count("program.id", id));
            assertEquals(5, Track.count("program.id", id));
            assertEquals(5, Track.count("program.id = ?1 and division is not null", id));
            assertEquals(6, Round.count("program.id", id));
            assertEquals(10, FormField.count("program.id", id));
            FormField plan = FormField.find("program.id = ?1 and key = ?2", id, "business_plan").firstResult();
            assertEquals(FieldType.FILE, plan.type);
            assertTrue(plan.required);
            assertEquals("PDF", plan.allowedTypes);
            assertEquals(20L * 1024 * 1024, plan.maxBytes);
            FormField years = FormField.find("program.id = ?1 and key = ?2", id, "overseas_years").firstResult();
            assertEquals(0, years.minValue.intValue());
            assertEquals(60, years.maxValue.intValue());
            FormField degree = FormField.find("program.id = ?1 and key = ?2", id, "highest_degree").firstResult();
            assertEquals(4, degree.choices().size());
            // The 2024 timeline is laid out again from today, China time, keeping its gaps.
            assertEquals(Instant.now().atZone(Dates.ZONE).toLocalDate(), p.opensAt.atZone(Dates.ZONE).toLocalDate());
            assertTrue(p.submissionDeadline.isAfter(Instant.now()));
            List<Round> rounds = Round.list("program.id = ?1 order by position", id);
            assertEquals(Duration.between(p.submissionDeadline, rounds.get(0).startsAt),
                    Duration.between(Instant.parse("2024-07-31T09:00:00Z"), Instant.parse("2024-08-01T01:00:00Z")));

            List<AuditEntry> audit = AuditEntry.forEntity("program", id);
            assertEquals(1, audit.size());
            assertEquals("CREATED", audit.get(0).action);
            assertEquals("admin", audit.get(0).actor);
            assertEquals("DRAFT", audit.get(0).after);
            assertTrue(audit.get(0).detail.contains("template hangzhou-2024"), audit.get(0).detail);
        });

        // The code is taken now: the next copy gets a suffix.
        assertEquals("HZ2024V2", fromTemplate("hangzhou-2024").getString("code"));
    }

    @Test
    void jiangxiTemplateHasNineDirectionsInThreeSections() {
        JsonPath json = fromTemplate("jiangxi-2024-3");
        long id = json.getLong("id");
        assertEquals("JX2024C", json.getString("code"));
        assertEquals("FUNDING_CALL", json.getString("kind"));
        assertTrue(json.getBoolean("asksEnterprise"));
        assertEquals(List.of("产业链“链主”及龙头骨干企业发展", "产业集群提能升级", "制造业数字化转型"),
                json.getList("sections.name.zh"));
        assertEquals(List.of(2, 5, 2), json.getList("sections.collect { it.directions.size() }"));
        List<String> directions = json.getList("sections.directions.flatten().name.zh");
        assertEquals(List.of("产业链龙头骨干企业提档进阶", "产业链企业协同化技改", "创新能力提升", "先进技术应用", "低空经济及船舶产业发展",
                "产业基础高级化", "设备更新", "企业数字化改造", "数字化转型试点"), directions);
        assertEquals(List.of("区县推荐", "专家评审", "拟支持项目公示"), json.getList("rounds.name.zh"));
        assertEquals(List.of("RECOMMENDATION", "SCORING", "NOTICE"), json.getList("rounds.kind"));
        int gaoxin = json.getInt("units.find { it.name.zh == '南昌高新区' }.quota");
        assertTrue(gaoxin >= 33, "南昌高新区 quota " + gaoxin);
        assertTrue(json.getList("units.city.zh").contains("赣州市"));
        assertEquals("PDF,DOCX", json.getString("fields.find { it.key == 'application_report' }.allowedTypes"));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(3, Section.count("program.id", id));
            assertEquals(9, Direction.count("program.id", id));
            assertEquals(9, Direction.count("program.id = ?1 and section is not null and quota > 0 and budget > 0", id));
            assertEquals(0, Track.count("program.id", id));
            assertTrue(RecommendingUnit.count("program.id = ?1 and city.zh = ?2", id, "南昌市") >= 6);
            Section digital = Section.find("program.id = ?1 and name.zh = ?2", id, "制造业数字化转型").firstResult();
            assertEquals(List.of("企业数字化改造", "数字化转型试点"),
                    Direction.<Direction> list("section = ?1 order by position", digital).stream()
                            .map(d -> d.name.zh).toList());
        });
    }

    @Test
    void templatesAreListedForAdmins() {
        admin().when().get("/api/v1/program-templates").then().statusCode(200)
                .body("id", contains("hangzhou-2024", "jiangxi-2024-3"))
                .body("title.zh", hasItem("2024年江西省工业发展专项（第三批）"))
                .body("[0].definition.code", equalTo("HZ2024"));
        as(Role.JUDGE, "en").when().get("/api/v1/program-templates").then().statusCode(403);
        admin().when().post("/api/v1/programs/from-template/nope").then().statusCode(404)
                .body("code", equalTo("not_found"));
    }

    @Test
    void applicantCannotCreateProgram() {
        as(Role.APPLICANT, "en").body(definition("APPLY1")).when().post("/api/v1/programs")
                .then().statusCode(403).body("code", equalTo("forbidden"));
        as(Role.APPLICANT, "en").when().post("/api/v1/programs/from-template/hangzhou-2024").then().statusCode(403);
        given().contentType(ContentType.JSON).body(definition("ANON1")).when().post("/api/v1/programs")
                .then().statusCode(401);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, Program.count());
            assertEquals(0, AuditEntry.count());
        });
    }

    @Test
    void adminCreatesAProgramAndReadsItBackWithIds() {
        var created = admin().body(definition("CUSTOM1")).when().post("/api/v1/programs")
                .then().statusCode(201)
                .header("ETag", containsString("0"))
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("status", equalTo("DRAFT"))
                .body("tracks.name.en", contains("Alpha", "Beta"))
                .body("tracks.id", not(hasItem((Object) null)))
                .body("fields.key", contains("team_size", "stage"))
                .extract().jsonPath();
        long id = created.getLong("id");
        admin().when().get("/api/v1/programs/" + id).then().statusCode(200)
                .body("code", equalTo("CUSTOM1"))
                .body("rounds.name.en", contains("Screening", "Final"))
                .body("fields[0].maxValue", equalTo(50));
        QuarkusTransaction.requiringNew().run(() -> assertEquals("CREATED",
                AuditEntry.forEntity("program", id).get(0).action));
    }

    @Test
    void duplicateCodeIsRefusedWithAClearMessage() {
        admin().body(definition("DUP1")).when().post("/api/v1/programs").then().statusCode(201);
        admin().body(definition("DUP1")).when().post("/api/v1/programs").then().statusCode(422)
                .body("code", equalTo("validation_failed"))
                .body("fields.code", equalTo("Another program already uses this code."));
        as(Role.ADMIN, "zh-CN").body(definition("DUP1")).when().post("/api/v1/programs").then().statusCode(422)
                .body("fields.code", equalTo("此代码已被其他项目使用。"));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, Program.count()));
    }

    @Test
    void invalidDefinitionIsRefusedWithFieldErrorsAndNothingWritten() {
        Map<String, Object> d = definition("hz");
        d.put("kind", "COMPETITION");
        d.put("name", Map.of("zh", "名称", "en", " "));
        d.put("opensAt", "2030-05-01T00:00:00Z");
        d.put("submissionDeadline", "2030-04-01T00:00:00Z");
        d.put("rounds", List.of());
        d.put("units", List.of(Map.of("name", Map.of("zh", "单位", "en", "Unit"), "quota", -1)));
        d.put("fields", List.of(
                field("email", "TEXT"),
                field("stage", "CHOICE"),
                withRange(field("team_size", "NUMBER"), 10, 1),
                Map.of("key", "Bad Key", "type", "TEXT", "label", Map.of("zh", "甲", "en", "A"), "required", false),
                with(field("plan", "FILE"), "allowedTypes", "PDF,EXE")));
        JsonPath json = admin().body(d).when().post("/api/v1/programs").then().statusCode(422)
                .body("code", equalTo("validation_failed"))
                .body("message", containsString("need attention"))
                .extract().jsonPath();
        Map<String, String> fields = json.getMap("fields");
        assertEquals("The code starts with a capital letter and has 2 to 16 capital letters or digits, e.g. HZ2024.",
                fields.get("code"));
        assertEquals("This field is required.", fields.get("name.en"));
        assertEquals("The submission deadline must come after the opening.", fields.get("submissionDeadline"));
        assertEquals("A program needs between 1 and 30 rounds.", fields.get("rounds"));
        assertEquals("Contests have no sections, support directions or recommending units.", fields.get("units"));
        assertEquals("Must not be negative.", fields.get("units[0].quota"));
        assertEquals("This key is used by a built-in field; choose another.", fields.get("fields[0].key"));
        assertTrue(fields.get("fields[1].options").startsWith("Choice fields need options"), fields.toString());
        assertEquals("The minimum must not exceed the maximum.", fields.get("fields[2].maxValue"));
        assertTrue(fields.get("fields[3].key").startsWith("A field key starts with"), fields.toString());
        assertTrue(fields.get("fields[4].allowedTypes").startsWith("File kinds are"), fields.toString());

        as(Role.ADMIN, "zh-CN").body(d).when().post("/api/v1/programs").then().statusCode(422)
                .body("fields.'name.en'", equalTo("此项为必填项。"))
                .body("fields.rounds", equalTo("需要 1 至 30 个轮次。"));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, Program.count());
            assertEquals(0, Track.count());
            assertEquals(0, AuditEntry.count());
        });
    }

    @Test
    void updateKeepsPartsByIdAddsAndRemovesTheRest() {
        JsonPath created = admin().body(definition("UPD1")).when().post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath();
        long id = created.getLong("id");
        long alpha = created.getLong("tracks[0].id");
        long screening = created.getLong("rounds[0].id");
        long fin = created.getLong("rounds[1].id");

        Map<String, Object> d = definition("UPD1");
        d.put("name", Map.of("zh", "新名称", "en", "New name"));
        d.put("applicantsSeeScores", true);
        d.put("tracks", List.of(Map.of("id", alpha, "name", Map.of("zh", "甲组（改）", "en", "Alpha (renamed)")),
                Map.of("name", Map.of("zh", "丙组", "en", "Gamma"))));
        // The rounds swap places: their positions are unique, so this must not collide on the way.
        d.put("rounds", List.of(Map.of("id", fin, "kind", "SCORING", "name", Map.of("zh", "决赛", "en", "Final")),
                Map.of("id", screening, "kind", "SCREENING", "name", Map.of("zh", "资格审查", "en", "Screening"))));
        admin().header("If-Match", "\"0\"").body(d).when().put("/api/v1/programs/" + id).then().statusCode(200)
                .body("version", greaterThanOrEqualTo(1))
                .body("name.en", equalTo("New name"))
                .body("applicantsSeeScores", equalTo(true))
                .body("tracks.name.en", contains("Alpha (renamed)", "Gamma"))
                .body("tracks[0].id", equalTo((int) alpha))
                .body("rounds.id", contains((int) fin, (int) screening));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(2, Track.count("program.id", id));
            assertEquals(0, Track.count("program.id = ?1 and name.en = ?2", id, "Beta"));
            List<AuditEntry> audit = AuditEntry.forEntity("program", id);
            AuditEntry update = audit.get(audit.size() - 1);
            assertEquals("UPDATED", update.action);
            assertEquals("version 0", update.before);
            assertTrue(update.detail.contains("settings: name"), update.detail);
            assertTrue(update.detail.contains("applicantsSeeScores"), update.detail);
            assertTrue(Program.<Program> findById(id).applicantsSeeScores);
            assertTrue(update.detail.contains("tracks 2 (+1 −1)"), update.detail);
        });
    }

    @Test
    void staleProgramEditIsRefused() {
        long id = admin().body(definition("STALE1")).when().post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> first = definition("STALE1");
        first.put("name", Map.of("zh", "第一次修改", "en", "First edit"));
        int version = admin().header("If-Match", "0").body(first).when().put("/api/v1/programs/" + id)
                .then().statusCode(200).extract().jsonPath().getInt("version");
        assertTrue(version > 0);

        Map<String, Object> second = definition("STALE1");
        second.put("name", Map.of("zh", "第二次修改", "en", "Second edit"));
        admin().header("If-Match", "0").body(second).when().put("/api/v1/programs/" + id).then().statusCode(409)
                .body("code", equalTo("stale"))
                .body("message", containsString("Nothing was saved"));
        second.put("version", 0);
        admin().body(second).when().put("/api/v1/programs/" + id).then().statusCode(409).body("code", equalTo("stale"));
        second.remove("version");
        admin().body(second).when().put("/api/v1/programs/" + id).then().statusCode(428)
                .body("code", equalTo("version_required"));

        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(id);
            assertEquals("First edit", p.name.en);
            assertEquals(1, AuditEntry.count("entityId = ?1 and action = ?2", id, "UPDATED"));
        });
        second.put("version", version);
        admin().body(second).when().put("/api/v1/programs/" + id).then().statusCode(200)
                .body("name.en", equalTo("Second edit"));
    }

    @Test
    void partsThatApplicationsUseCannotBeRemovedNorTheirFieldsRetyped() {
        JsonPath created = admin().body(definition("USED1")).when().post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath();
        long id = created.getLong("id");
        long alpha = created.getLong("tracks[0].id");
        insertApplication(id, alpha, "SUBMITTED", "{\"team_size\":\"5\"}");

        Map<String, Object> withoutAlpha = definition("USED1");
        withoutAlpha.put("tracks", List.of(Map.of("name", Map.of("zh", "乙组", "en", "Beta"))));
        admin().header("If-Match", "0").body(withoutAlpha).when().put("/api/v1/programs/" + id)
                .then().statusCode(409)
                .body("code", equalTo("part_in_use"))
                .body("message", equalTo("The track “Alpha” is referenced by applications and cannot be removed."));

        Map<String, Object> withoutTeamSize = keepingTracks(created);
        withoutTeamSize.put("fields", List.of(field("stage", "CHOICE", "a|甲|A")));
        admin().header("If-Match", "0").body(withoutTeamSize).when().put("/api/v1/programs/" + id)
                .then().statusCode(409).body("code", equalTo("part_in_use"))
                .body("message", containsString("Team size"));

        Map<String, Object> retyped = keepingTracks(created);
        retyped.put("fields", List.of(field("team_size", "TEXT"), field("stage", "CHOICE", "a|甲|A")));
        as(Role.ADMIN, "zh-CN").header("If-Match", "0").body(retyped).when().put("/api/v1/programs/" + id)
                .then().statusCode(409).body("code", equalTo("field_type_locked"))
                .body("message", equalTo("已有提交的申报，字段“团队人数”的类型不能再修改。"));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(2, Track.count("program.id", id));
            assertEquals(FieldType.NUMBER,
                    FormField.<FormField> find("program.id = ?1 and key = ?2", id, "team_size").firstResult().type);
            assertEquals(0, AuditEntry.count("entityId = ?1 and action = ?2", id, "UPDATED"));
        });

        // Unused parts may still go.
        Map<String, Object> withoutBeta = keepingTracks(created);
        withoutBeta.put("tracks", List.of(Map.of("id", alpha, "name", Map.of("zh", "甲组", "en", "Alpha"))));
        admin().header("If-Match", "0").body(withoutBeta).when().put("/api/v1/programs/" + id).then().statusCode(200)
                .body("tracks.name.en", contains("Alpha"));
    }

    @Test
    void openAndCloseFollowTheStatusRulesAndAreAudited() {
        long id = fromTemplate("hangzhou-2024").getLong("id");
        admin().when().post("/api/v1/programs/" + id + "/open").then().statusCode(200).body("status", equalTo("OPEN"));
        admin().when().post("/api/v1/programs/" + id + "/open").then().statusCode(409)
                .body("code", equalTo("not_openable")).body("message", containsString("(it is Open)"));
        as(Role.APPLICANT, "en").when().get("/api/v1/programs/" + id).then().statusCode(200)
                .body("code", equalTo("HZ2024"));
        admin().when().post("/api/v1/programs/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        admin().when().post("/api/v1/programs/" + id + "/close").then().statusCode(409).body("code", equalTo("not_open"));
        QuarkusTransaction.requiringNew().run(() -> {
            List<AuditEntry> audit = AuditEntry.forEntity("program", id);
            assertEquals(List.of("CREATED", "OPENED", "CLOSED"), audit.stream().map(a -> a.action).toList());
            assertEquals("DRAFT", audit.get(1).before);
            assertEquals("OPEN", audit.get(1).after);
            assertEquals("CLOSED", audit.get(2).after);
        });
    }

    @Test
    void draftProgramIsInvisibleToThePublic() {
        long id = fromTemplate("hangzhou-2024").getLong("id");
        as(Role.APPLICANT, "en").when().get("/api/v1/programs/" + id).then().statusCode(404)
                .body("code", equalTo("not_found"));
        as(Role.JUDGE, "en").when().get("/api/v1/programs/" + id).then().statusCode(404);
        given().when().get("/api/v1/programs/" + id).then().statusCode(401);
        given().when().get("/api/v1/public/programs").then().statusCode(200).body("id", not(hasItem((int) id)));
        given().header("Accept-Language", "zh-CN").when().get("/programs/" + id).then().statusCode(404)
                .body(containsString("页面不存在"))
                .body(not(containsString("杭州")));
        admin().when().get("/api/v1/programs/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        as(Role.APPLICANT, "en").when().get("/api/v1/programs/999999999").then().statusCode(404);
    }

    @Test
    void extendDeadlineRequiresReasonAndLaterDate() {
        JsonPath program = fromTemplate("jiangxi-2024-3");
        long id = program.getLong("id");
        Instant current = Instant.parse(program.getString("submissionDeadline"));
        admin().when().post("/api/v1/programs/" + id + "/open").then().statusCode(200);

        admin().body(Map.of("deadline", current.minus(1, ChronoUnit.DAYS).toString(), "reason", "系统故障"))
                .when().post("/api/v1/programs/" + id + "/deadline")
                .then().statusCode(422).body("code", equalTo("deadline_invalid"))
                .body("fields", hasKey("deadline"));
        admin().body(Map.of("deadline", current.toString(), "reason", "系统故障"))
                .when().post("/api/v1/programs/" + id + "/deadline")
                .then().statusCode(422).body("code", equalTo("deadline_invalid"));
        Instant later = current.plus(3, ChronoUnit.DAYS);
        admin().body(Map.of("deadline", later.toString(), "reason", "  "))
                .when().post("/api/v1/programs/" + id + "/deadline")
                .then().statusCode(422).body("code", equalTo("reason_required"))
                .body("fields.reason", equalTo("Please give the reason for the extension."))
                .body("fields", not(hasKey("deadline")));
        as(Role.SCREENER, "en").body(Map.of("deadline", later.toString(), "reason", "x"))
                .when().post("/api/v1/programs/" + id + "/deadline").then().statusCode(403);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(current,
                Program.<Program> findById(id).submissionDeadline));

        admin().body(Map.of("deadline", later.toString(), "reason", "申报系统维护，顺延三天"))
                .when().post("/api/v1/programs/" + id + "/deadline")
                .then().statusCode(200).body("submissionDeadline", equalTo(later.toString()));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(later, Program.<Program> findById(id).submissionDeadline);
            AuditEntry entry = AuditEntry.<AuditEntry> find("entityId = ?1 and action = ?2", id, "DEADLINE_EXTENDED")
                    .singleResult();
            assertEquals(Dates.format(current), entry.before);
            assertEquals(Dates.format(later), entry.after);
            assertEquals("申报系统维护，顺延三天", entry.detail);
            assertEquals("admin", entry.actor);
        });
    }

    @Test
    void openApiDescribesTheProgramEndpoints() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/programs/{programId}/deadline"))
                .body(containsString("/api/v1/program-templates"))
                .body(containsString("ProgramDefinition"))
                .body(containsString("Extend the submission deadline for everyone, with a reason"));
    }

    // --- fixtures ------------------------------------------------------------------------

    /** A small valid contest: two tracks, two rounds, a number and a choice field. */
    static Map<String, Object> definition(String code) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("code", code);
        d.put("kind", "COMPETITION");
        d.put("name", Map.of("zh", "测试大赛", "en", "Test contest"));
        d.put("organiser", Map.of("zh", "主办方", "en", "Organiser"));
        d.put("description", Map.of("zh", "简介", "en", "About"));
        d.put("opensAt", "2030-01-01T00:00:00Z");
        d.put("submissionDeadline", "2030-02-01T09:00:00Z");
        d.put("tracks", List.of(Map.of("name", Map.of("zh", "甲组", "en", "Alpha")),
                Map.of("name", Map.of("zh", "乙组", "en", "Beta"))));
        d.put("rounds", List.of(
                Map.of("kind", "SCREENING", "name", Map.of("zh", "资格审查", "en", "Screening"),
                        "startsAt", "2030-02-02T00:00:00Z", "endsAt", "2030-02-10T00:00:00Z"),
                Map.of("kind", "SCORING", "name", Map.of("zh", "决赛", "en", "Final"))));
        d.put("fields", List.of(withRange(field("team_size", "NUMBER"), 1, 50), field("stage", "CHOICE", "a|甲|A")));
        return d;
    }

    static Map<String, Object> field(String key, String type) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("key", key);
        f.put("type", type);
        f.put("label", key.equals("team_size") ? Map.of("zh", "团队人数", "en", "Team size")
                : Map.of("zh", "问题 " + key, "en", "Question " + key));
        f.put("required", false);
        return f;
    }

    static Map<String, Object> field(String key, String type, String options) {
        return with(field(key, type), "options", options);
    }

    static Map<String, Object> withRange(Map<String, Object> f, int min, int max) {
        f.put("minValue", min);
        f.put("maxValue", max);
        return f;
    }

    static Map<String, Object> with(Map<String, Object> f, String key, Object value) {
        f.put(key, value);
        return f;
    }

    /** The small definition, its tracks kept by id. */
    static Map<String, Object> keepingTracks(JsonPath created) {
        Map<String, Object> d = definition(created.getString("code"));
        List<Map<String, Object>> tracks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tracks.add(Map.of("id", created.getLong("tracks[" + i + "].id"), "name",
                    created.getMap("tracks[" + i + "].name")));
        }
        d.put("tracks", tracks);
        return d;
    }

    private static final java.util.concurrent.atomic.AtomicLong APPLICATION_IDS = new java.util.concurrent.atomic.AtomicLong(
            1_000_000_000L);

    /** An application row as the application feature writes it; ids far above the sequence's. */
    static void insertApplication(long programId, Long trackId, String status, String answers) {
        QuarkusTransaction.requiringNew().run(() -> Program.getEntityManager().createNativeQuery("""
                INSERT INTO application (id, program_id, applicant_id, applicant_name, applicant_lang, status,
                    track_id, answers, created_at, updated_at, version)
                VALUES (?1, ?2, 'sub-applicant1', 'applicant1', 'zh-CN', ?3, %s, %s,
                    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""".formatted(
                        trackId == null ? "NULL" : Long.toString(trackId),
                        answers == null ? "NULL" : "'" + answers.replace("'", "''") + "'"))
                .setParameter(1, APPLICATION_IDS.incrementAndGet()).setParameter(2, programId)
                .setParameter(3, status).executeUpdate());
    }
}
