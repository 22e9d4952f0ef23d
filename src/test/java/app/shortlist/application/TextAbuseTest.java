package app.shortlist.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.DatabaseSnapshot;
import app.shortlist.support.TestData;
import app.shortlist.web.Csrf;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Text as people really type it survives every path; text no one can have typed is refused with a message. */
@QuarkusTest
class TextAbuseTest {

    static final String ALICE = TestTokens.of("alice", Role.APPLICANT);
    /** Chinese, an emoji outside the BMP, Hebrew and Arabic (right to left), and a combining mark. */
    static final String MIXED = "量子传感 😀🚀 עברית مرحبا café";
    TestData.Contest contest;
    long id;

    @BeforeEach
    void setUp() {
        contest = TestData.openContest("TXT");
        id = given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .post("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void mixedScriptsRoundTripThroughSaveViewApiAndEveryExport() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("projectName", MIXED);
        values.put("organisation", "מכון " + MIXED);
        values.put("contactName", "王小明");
        values.put("phone", "+86 138 0000 0000");
        values.put("email", "wang@example.cn");
        values.put("trackId", String.valueOf(contest.trackId()));
        values.put("countryRegion", "IL");
        values.put("summary", MIXED + "\n" + MIXED);
        values.put("team_size", "3");
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(Map.of("version", 0, "values", values))
                .put("/api/v1/applications/" + id).then().statusCode(200);
        given().auth().oauth2(ALICE).contentType("application/octet-stream").queryParam("field", "business_plan")
                .queryParam("name", "计划书 😀.pdf").body(TestData.pdf()).post("/api/v1/applications/" + id + "/attachments")
                .then().statusCode(201).body("fileName", equalTo("计划书 😀.pdf"));
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).post("/api/v1/applications/" + id + "/submit").then()
                .statusCode(200);

        given().auth().oauth2(ALICE).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("values.projectName", equalTo(MIXED)).body("values.summary", equalTo(MIXED + "\n" + MIXED));
        given().auth().oauth2(ALICE).get("/applications/" + id).then().statusCode(200).body(containsString(MIXED));
        String admin = TestTokens.forRole(Role.ADMIN);
        given().auth().oauth2(admin).get("/admin/applications/" + id).then().statusCode(200)
                .body(containsString(MIXED)).body(containsString("מכון " + MIXED));

        String export = "/api/v1/programs/" + contest.programId() + "/applications/export";
        String csv = new String(given().auth().oauth2(admin).queryParam("format", "csv").get(export).then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("," + MIXED + ",מכון " + MIXED + ","), csv);
        byte[] xlsx = given().auth().oauth2(admin).queryParam("format", "xlsx").get(export).then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(MIXED, wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
            assertEquals("מכון " + MIXED, wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue());
        }
    }

    @Test
    void invalidUtf8InAFormPostIsRefusedWithAMessageAndNothingChanges() {
        Map<String, List<String>> before = DatabaseSnapshot.take();
        Csrf.Token csrf = Csrf.from("/");
        String body = Csrf.FIELD + "=" + java.net.URLEncoder.encode(csrf.field(), StandardCharsets.UTF_8)
                + "&version=0&action=save&v.projectName=%C3%28%FF%FE&v.summary=ok";
        for (String lang : List.of("en", "zh-CN")) {
            String page = given().auth().oauth2(ALICE).header("Accept-Language", lang).redirects().follow(false)
                    .cookie(Csrf.COOKIE, csrf.cookie()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .body(body).post("/applications/" + id + "/edit").then().statusCode(400).extract().asString();
            assertTrue(page.contains(lang.equals("en") ? "not valid UTF-8" : "不是有效的 UTF-8"), page);
        }
        assertEquals(before, DatabaseSnapshot.take());
    }

    @Test
    void invalidUtf8InAJsonBodyIsRefusedWithAMessageAndNothingChanges() {
        Map<String, List<String>> before = DatabaseSnapshot.take();
        byte[] json = "{\"version\":0,\"values\":{\"projectName\":\"AB\"}}".getBytes(StandardCharsets.US_ASCII);
        int at = new String(json, StandardCharsets.US_ASCII).indexOf("AB");
        json[at] = (byte) 0xC3;
        json[at + 1] = (byte) 0x28;
        api("en").body(json).put("/api/v1/applications/" + id).then().statusCode(400)
                .body("code", equalTo("invalid_text")).body("message", containsString("UTF-8"));
        api("zh-CN").body(json).put("/api/v1/applications/" + id).then().statusCode(400)
                .body("message", containsString("UTF-8"));
        assertEquals(before, DatabaseSnapshot.take());
    }

    @Test
    void aVeryLongValueIsRefusedWithAMessageOnThePageAndInTheApi() {
        Map<String, List<String>> before = DatabaseSnapshot.take();
        Map<String, String> values = Map.of("projectName", "长".repeat(10_000), "summary", "长".repeat(30_000));
        api("en").body(Map.of("version", 0, "values", values)).put("/api/v1/applications/" + id).then().statusCode(422)
                .body("fields.projectName", equalTo("This is too long."));
        Csrf.Token csrf = Csrf.from("/");
        csrf.on(given().auth().oauth2(ALICE).header("Accept-Language", "en").redirects().follow(false)
                .contentType(ContentType.URLENC)).formParam("version", "0").formParam("action", "save")
                .formParam("v.projectName", "长".repeat(10_000)).post("/applications/" + id + "/edit").then()
                .statusCode(422).body(containsString("This is too long."));
        assertEquals(before, DatabaseSnapshot.take());
    }

    RequestSpecification api(String lang) {
        return given().auth().oauth2(ALICE).header("Accept-Language", lang).contentType("application/json; charset=UTF-8");
    }
}
