package app.shortlist.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
import app.shortlist.support.Acting;
import app.shortlist.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A round's ranking exported (the hand-computed round of {@link RankingFixture}), live and once confirmed. */
@QuarkusTest
class RankingExportTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @Inject
    AdvancementService advancement;

    @BeforeEach
    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    @Test
    void csvAndXlsxFollowTheRanking() throws IOException {
        RankingFixture.Hand h = RankingFixture.hand("RKX");
        String csv = new String(given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN")
                .queryParam("format", "csv").get("/api/v1/rounds/" + h.roundId() + "/ranking/export").then()
                .statusCode(200).header("Content-Disposition", containsString("ranking-round-" + h.roundId()))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals("名次,申报编号,项目名称,申报单位,赛道,得分,计入的评分表,规则建议晋级,结果,调整理由", lines.get(0));
        assertEquals(6, lines.size(), csv);
        assertTrue(lines.get(1).startsWith("1,RKX-00003,项目 3,企业 3,数字经济组,8.1667,3,是,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("2,RKX-00002,项目 2,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("3,RKX-00001,"), lines.get(3));
        assertTrue(lines.get(4).startsWith("4,RKX-00004,项目 4,企业 4,") && lines.get(4).contains(",6.00,4,否,"),
                lines.get(4));
        assertTrue(lines.get(5).startsWith(",RKX-00005,"), lines.get(5)); // not scored: no rank, no score

        given().auth().oauth2(ADMIN).get("/admin/rounds/" + h.roundId() + "/ranking").then().statusCode(200)
                .body(containsString("/admin/rounds/" + h.roundId() + "/ranking/export?format=pdf"));

        byte[] xlsx = given().auth().oauth2(ADMIN).header("Accept-Language", "en").queryParam("format", "xlsx")
                .get("/admin/rounds/" + h.roundId() + "/ranking/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals(5, sheet.getLastRowNum());
            assertEquals("Score", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType());
            assertEquals(1.0, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(8.1667, sheet.getRow(1).getCell(5).getNumericCellValue(), 0.0001);
            assertEquals("项目 3", sheet.getRow(1).getCell(2).getStringCellValue());
        }
    }

    @Test
    void aConfirmedRankingExportsTheSameBytesEveryTime() throws IOException {
        RankingFixture.Hand h = RankingFixture.hand("RKF");
        Acting.as("admin", Role.ADMIN, () -> advancement.confirm(h.roundId(), RankingFixture.version(h.roundId())));
        String url = "/api/v1/rounds/" + h.roundId() + "/ranking/export";
        for (String format : new String[] { "csv", "xlsx" }) {
            byte[] once = given().auth().oauth2(ADMIN).queryParam("format", format).get(url).then().statusCode(200)
                    .extract().asByteArray();
            byte[] again = given().auth().oauth2(ADMIN).queryParam("format", format).get(url).then().statusCode(200)
                    .extract().asByteArray();
            assertArrayEquals(once, again, format);
        }
        byte[] pdf = given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN").queryParam("format", "pdf")
                .get(url).then().statusCode(200).header("Content-Type", equalTo("application/pdf")).extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("排名 · 测试大赛 RKF · 海选"), text);
            assertTrue(text.contains("项目 3"), text);
        } finally {
            reader.close();
        }
    }

    @Test
    void onlyAdminsExportRankings() {
        RankingFixture.Hand h = RankingFixture.hand("RKA");
        for (String role : new String[] { Role.SCREENER, Role.JUDGE, Role.APPLICANT }) {
            given().auth().oauth2(TestTokens.forRole(role)).get("/api/v1/rounds/" + h.roundId() + "/ranking/export")
                    .then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).get("/admin/rounds/" + h.roundId() + "/ranking/export")
                    .then().statusCode(403);
        }
        given().auth().oauth2(ADMIN).get("/api/v1/rounds/999999/ranking/export").then().statusCode(404);
    }
}
