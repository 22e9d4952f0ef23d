package app.shortlist.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Recommendation lists as files: a unit's list in its priority order for its own recommender (another
 * unit's is 404), and the province's view across units for admins, by page link and API.
 */
@QuarkusTest
class RecommendationExportTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);
    static final String RECOMMENDER = TestTokens.of("recommender", Role.RECOMMENDER);
    static final String RECOMMENDER_B = TestTokens.of("recommender-b", Role.RECOMMENDER);

    TestData.RecommendationProgram rp;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        rp = TestData.recommendationProgram("REX", 3, 4);
        // 高新区 recommends A03 before A01; 经开区 recommends B02.
        given().auth().oauth2(RECOMMENDER).contentType(ContentType.JSON)
                .body(Map.of("order", List.of(rp.applicationsA().get(2), rp.applicationsA().get(0)), "opinions",
                        Map.of(String.valueOf(rp.applicationsA().get(2)), "同意推荐，技术领先")))
                .put("/api/v1/units/" + rp.unitA() + "/recommendations").then().statusCode(200);
        given().auth().oauth2(RECOMMENDER_B).contentType(ContentType.JSON)
                .body(Map.of("order", List.of(rp.applicationsB().get(1))))
                .put("/api/v1/units/" + rp.unitB() + "/recommendations").then().statusCode(200);
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void aRecommenderExportsTheirUnitsListInPriorityOrder() throws IOException {
        List<String> lines = csv(RECOMMENDER, "/api/v1/units/" + rp.unitA() + "/recommendations/export");
        assertEquals(List.of("推荐顺序,申报编号,项目名称,申报单位,支持方向,申请资金（万元）,推荐意见",
                "1,REX-A03,A项目 3,A企业 3,,300.00,同意推荐，技术领先", "2,REX-A01,A项目 1,A企业 1,,100.00,"), lines);

        byte[] xlsx = given().auth().oauth2(RECOMMENDER).header("Accept-Language", "en").queryParam("format", "xlsx")
                .get("/recommendation/units/" + rp.unitA() + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("recommendations-unit-" + rp.unitA())).extract()
                .asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum());
            assertEquals("Priority", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType());
            assertEquals(1.0, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("REX-A03", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(300.0, sheet.getRow(1).getCell(5).getNumericCellValue());
            assertEquals("REX-A01", sheet.getRow(2).getCell(1).getStringCellValue());
        }

        byte[] pdf = given().auth().oauth2(RECOMMENDER).header("Accept-Language", "zh-CN").queryParam("format", "pdf")
                .get("/api/v1/units/" + rp.unitA() + "/recommendations/export").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = pdfText(pdf);
        assertTrue(text.contains("推荐项目名单 · 专项资金 REX · 高新区"), text);
        assertTrue(text.contains("推荐名额：已用 2 个，共 3 个"), text);
        assertTrue(text.contains("同意推荐，技术领先"), text);

        // The unit page links to its exports.
        given().auth().oauth2(RECOMMENDER).header("Accept-Language", "zh-CN").get("/recommendation/units/" + rp.unitA())
                .then().statusCode(200)
                .body(containsString("/recommendation/units/" + rp.unitA() + "/export?format=xlsx"));
    }

    @Test
    void aRecommenderCannotExportAnotherUnitsListNorTheProvinceView() {
        for (String path : new String[] { "/api/v1/units/" + rp.unitB() + "/recommendations/export",
                "/recommendation/units/" + rp.unitB() + "/export" }) {
            given().auth().oauth2(RECOMMENDER).queryParam("format", "csv").get(path).then().statusCode(404);
        }
        given().auth().oauth2(RECOMMENDER_B).queryParam("format", "csv")
                .get("/api/v1/units/" + rp.unitA() + "/recommendations/export").then().statusCode(404);
        given().auth().oauth2(RECOMMENDER).queryParam("format", "csv")
                .get("/api/v1/rounds/" + rp.roundId() + "/recommendations/export").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Role.APPLICANT)).queryParam("format", "csv")
                .get("/api/v1/units/" + rp.unitA() + "/recommendations/export").then().statusCode(403);
        // The admin may read any unit's.
        assertEquals("1,REX-B02,B项目 2,B企业 2,,200.00,",
                csv(ADMIN, "/api/v1/units/" + rp.unitB() + "/recommendations/export").get(1));
    }

    @Test
    void theAdminExportsEveryUnitsListUnitByUnitInPriorityOrder() throws IOException {
        List<String> lines = csv(ADMIN, "/api/v1/rounds/" + rp.roundId() + "/recommendations/export");
        assertEquals(List.of("所在城市,推荐单位,名单状态,推荐顺序,申报编号,项目名称,申报单位,支持方向,申请资金（万元）,推荐意见",
                "南昌市,高新区,未提交,1,REX-A03,A项目 3,A企业 3,,300.00,同意推荐，技术领先",
                "南昌市,高新区,未提交,2,REX-A01,A项目 1,A企业 1,,100.00,",
                "南昌市,经开区,未提交,1,REX-B02,B项目 2,B企业 2,,200.00,"), lines);

        given().auth().oauth2(RECOMMENDER).contentType(ContentType.JSON)
                .post("/api/v1/units/" + rp.unitA() + "/recommendations/submit").then().statusCode(200);
        assertTrue(csv(ADMIN, "/recommendation/rounds/" + rp.roundId() + "/export").get(1).startsWith("南昌市,高新区,已提交,1,"));

        byte[] pdf = given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN").queryParam("format", "pdf")
                .get("/recommendation/rounds/" + rp.roundId() + "/export").then().statusCode(200).extract()
                .asByteArray();
        String text = pdfText(pdf);
        assertTrue(text.contains("各单位推荐情况 · 专项资金 REX · 区县推荐"), text);
        assertTrue(text.contains("经开区"), text);

        given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN").get("/recommendation/rounds/" + rp.roundId())
                .then().statusCode(200)
                .body(containsString("/recommendation/rounds/" + rp.roundId() + "/export?format=pdf"));
        given().auth().oauth2(ADMIN).queryParam("format", "csv").get("/api/v1/rounds/" + rp.nextRoundId()
                + "/recommendations/export").then().statusCode(404);
    }

    private static List<String> csv(String token, String path) {
        String body = new String(given().auth().oauth2(token).header("Accept-Language", "zh-CN")
                .queryParam("format", "csv").get(path).then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', body.charAt(0), "UTF-8 with BOM");
        return List.of(body.substring(1).split("\r\n"));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
