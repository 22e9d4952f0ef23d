package app.shortlist.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.Application;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramKind;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The staff list's exports, by page and API: every filtered row, in the three formats, for staff only. */
@QuarkusTest
class ApplicationExportTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);
    static final String SCREENER = TestTokens.forRole(Role.SCREENER);

    TestData.Contest contest;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        contest = TestData.openContest("EXP");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    String page() {
        return "/admin/programs/" + contest.programId() + "/applications/export";
    }

    String api() {
        return "/api/v1/programs/" + contest.programId() + "/applications/export";
    }

    @Test
    void csvIsEveryFilteredRowWithBomQuotingAndNoDrafts() {
        TestData.submitted(contest, "owner", 5);
        QuarkusTransaction.requiringNew().run(() -> {
            Application first = Application.find("reference", "EXP-00001").firstResult();
            first.projectName = "=cmd|' /C calc'!A0";
            first.organisation = "南昌 \"高新\" 科技, 有限公司";
            Application fifth = Application.find("reference", "EXP-00005").firstResult();
            fifth.status = ApplicationStatus.DRAFT; // staff never see drafts, nor export them
        });
        byte[] bytes = given().auth().oauth2(SCREENER).header("Accept-Language", "zh-CN").queryParam("format", "csv")
                .queryParam("sort", "REFERENCE").get(page()).then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", containsString("filename=\"applications-EXP-"))
                .header("Content-Disposition", containsString("filename*=UTF-8''%E7%94%B3%E6%8A%A5%E5%88%97%E8%A1%A8-EXP-"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        List<String> lines = lines(bytes);
        assertEquals(5, lines.size(), String.join("\n", lines)); // header + 4 submitted
        assertEquals("申报编号,项目名称,申报单位,赛道,国家/地区,状态,提交时间", lines.get(0));
        assertTrue(lines.get(1).startsWith("EXP-00001,'=cmd|' /C calc'!A0,\"南昌 \"\"高新\"\" 科技, 有限公司\",数字经济组,日本,"),
                lines.get(1));
        assertTrue(lines.get(4).startsWith("EXP-00004,项目 4,机构 4,数字经济组,德国,"), lines.get(4));

        // The list page's filters: country and keyword.
        List<String> german = lines(given().auth().oauth2(ADMIN).queryParam("format", "csv").queryParam("country", "DE")
                .get(page()).then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("EXP-00004", "EXP-00002"), german.subList(1, german.size()).stream()
                .map(l -> l.substring(0, l.indexOf(','))).toList());
        List<String> keyword = lines(given().auth().oauth2(ADMIN).queryParam("format", "csv").queryParam("q", "项目 3")
                .get(page()).then().statusCode(200).extract().asByteArray());
        assertEquals(2, keyword.size());
        assertTrue(keyword.get(1).startsWith("EXP-00003,"));
    }

    @Test
    void xlsxOfAFundingCallThroughTheApiIsTypedAndFiltered() throws IOException {
        TestData.submitted(contest, "owner", 4);
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(contest.programId());
            p.kind = ProgramKind.FUNDING_CALL;
            Application.<Application> list("program", p)
                    .forEach(a -> a.requestedAmount = new BigDecimal("12.5").multiply(new BigDecimal(a.id % 7 + 1)));
        });
        byte[] bytes = given().auth().oauth2(ADMIN).header("Accept-Language", "en").queryParam("format", "xlsx")
                .get(api()).then().statusCode(200)
                .header("Content-Type", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals(4, sheet.getLastRowNum());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            var header = sheet.getRow(0);
            assertEquals("Requested (10,000 CNY)", header.getCell(7).getStringCellValue());
            assertEquals("Recommending unit", header.getCell(4).getStringCellValue());
            var row = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, row.getCell(7).getCellType());
            assertTrue(row.getCell(7).getNumericCellValue() >= 12.5);
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(8)));
            assertTrue(row.getCell(1).getStringCellValue().startsWith("项目 "));
        }
        // The API's filters.
        byte[] filtered = given().auth().oauth2(ADMIN).queryParam("format", "xlsx").queryParam("country", "JP")
                .get(api()).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filtered))) {
            assertEquals(2, wb.getSheetAt(0).getLastRowNum());
            assertEquals("日本", wb.getSheetAt(0).getRow(1).getCell(5).getStringCellValue());
        }
    }

    @Test
    void pdfIsAFormalListOverSeveralPagesInChinese() throws IOException {
        TestData.submitted(contest, "owner", 90);
        byte[] bytes = given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN").queryParam("format", "pdf")
                .get(page()).then().statusCode(200).header("Content-Type", equalTo("application/pdf"))
                .extract().asByteArray();
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(bytes);
        try {
            int pages = reader.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            String first = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(first.contains("申报列表 · 测试大赛 EXP"), first);
            assertTrue(first.contains("筛选条件：无（全部已提交的申报）"), first);
            assertTrue(first.contains("数字经济组"), first);
            assertTrue(first.replaceAll("\\s", "").contains("第1页/共" + pages + "页"), first);
            assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("NotoSansCJK"), "the CJK font is embedded");
        } finally {
            reader.close();
        }
    }

    @Test
    void onlyStaffExportAndBadInputIsExplained() {
        TestData.submitted(contest, "owner", 1);
        String applicant = TestTokens.of("sub-owner", Role.APPLICANT);
        given().auth().oauth2(applicant).queryParam("format", "csv").get(page()).then().statusCode(403);
        given().auth().oauth2(applicant).queryParam("format", "csv").get(api()).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Role.JUDGE)).get(api()).then().statusCode(403);
        given().queryParam("format", "csv").get(api()).then().statusCode(401);
        given().auth().oauth2(ADMIN).header("Accept-Language", "en").queryParam("format", "docx").get(api()).then()
                .statusCode(400).body("code", equalTo("export_format"))
                .body("message", containsString("xlsx, csv or pdf"));
        given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN").queryParam("format", "docx").get(page()).then()
                .statusCode(400).body(containsString("格式只能是 xlsx、csv 或 pdf"));
        given().auth().oauth2(ADMIN).queryParam("format", "csv")
                .get("/api/v1/programs/999999/applications/export").then().statusCode(404);
        // The default format is XLSX.
        given().auth().oauth2(ADMIN).get(api()).then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx"));
    }

    @Test
    void theListPageLinksToItsExportsWithItsFilters() {
        TestData.submitted(contest, "owner", 2);
        given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN").queryParam("country", "DE").queryParam("q", "项目 & 2")
                .get("/admin/programs/" + contest.programId() + "/applications").then().statusCode(200)
                .body(containsString("/applications/export?country=DE&amp;q=%E9%A1%B9%E7%9B%AE+%26+2&amp;sort=SUBMITTED&amp;format=csv"))
                .body(containsString("data-testid=\"export-pdf\"")).body(containsString("导出"));
    }

    static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        return List.of(text.substring(1).split("\r\n"));
    }
}
