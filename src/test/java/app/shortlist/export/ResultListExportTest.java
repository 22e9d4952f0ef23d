package app.shortlist.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import app.shortlist.application.Application;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.results.Grouping;
import app.shortlist.results.ResultList;
import app.shortlist.results.ResultListEntry;
import app.shortlist.results.ResultListVersion;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A published result list version, exported by anyone: its frozen rows, dated by its publication,
 * byte-identical on every export (CSV, XLSX), whatever happens to the applications afterwards.
 */
@QuarkusTest
class ResultListExportTest {

    static final Instant PUBLISHED = Instant.parse("2026-06-01T01:30:00Z"); // 09:30 in Beijing
    static final Instant NOTICE_END = Instant.parse("2026-06-08T09:00:00Z");

    long listId;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        TestData.Contest contest = TestData.openContest("RES");
        TestData.submitted(contest, "owner", 3);
        listId = QuarkusTransaction.requiringNew().call(() -> {
            ResultList list = new ResultList();
            list.programId = contest.programId();
            list.title = new LocalizedText("2026 年省级专项拟支持项目名单", "Proposed support list 2026");
            list.grouping = Grouping.DIRECTION;
            list.createdBy = "admin";
            list.createdAt = PUBLISHED.minusSeconds(3600);
            list.persist();
            ResultListVersion v = new ResultListVersion();
            v.listId = list.id;
            v.number = 1;
            v.publishedAt = PUBLISHED;
            v.publishedBy = "admin";
            v.noticeStartsAt = PUBLISHED;
            v.noticeEndsAt = NOTICE_END;
            v.persist();
            int position = 0;
            for (Application a : Application.<Application> list("program.id = ?1 order by id", contest.programId())) {
                ResultListEntry e = new ResultListEntry();
                e.versionId = v.id;
                e.position = position++;
                e.applicationId = a.id;
                e.reference = a.reference;
                e.projectName = a.projectName;
                e.organisation = a.organisation;
                e.unit = new LocalizedText("南昌高新区", "Nanchang High-tech Zone");
                e.group = new LocalizedText("数字经济", "Digital economy");
                e.rank = position;
                e.requestedAmount = new BigDecimal("40");
                e.proposedAmount = new BigDecimal("35.5");
                e.persist();
            }
            return list.id;
        });
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    String page(int n) {
        return "/results/" + listId + "/v/" + n + "/export";
    }

    @Test
    void anyoneExportsThePublishedVersionWithTheSameBytesEveryTime() throws IOException {
        for (String format : new String[] { "csv", "xlsx" }) {
            byte[] once = given().queryParam("format", format).header("Accept-Language", "zh-CN").get(page(1)).then()
                    .statusCode(200).header("Content-Disposition", containsString("result-list-" + listId + "-v1-20260601"))
                    .extract().asByteArray();
            // A later change to an application does not change the published list, nor its export.
            QuarkusTransaction.requiringNew().run(() -> Application.<Application> listAll()
                    .forEach(a -> a.projectName = a.projectName + "（已改名）"));
            byte[] again = given().queryParam("format", format).header("Accept-Language", "zh-CN")
                    .get("/api/v1/public/result-lists/" + listId + "/versions/1/export").then().statusCode(200)
                    .extract().asByteArray();
            assertArrayEquals(once, again, format);
        }
        String csv = new String(given().queryParam("format", "csv").get(page(1)).then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals("序号,支持方向,申报编号,项目名称,申报单位,推荐单位,名次,申请资金（万元）,拟支持资金（万元）", lines.get(0));
        assertEquals("1,数字经济,RES-00001,项目 1,机构 1,南昌高新区,1,40.00,35.50", lines.get(1));
        assertEquals(4, lines.size());
    }

    @Test
    void xlsxAndPdfCarryTheVersionsDates() throws IOException {
        byte[] xlsx = given().queryParam("format", "xlsx").header("Accept-Language", "en").get(page(1)).then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals(3, sheet.getLastRowNum());
            assertEquals("Nanchang High-tech Zone", sheet.getRow(1).getCell(5).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(8).getCellType());
            assertEquals(35.5, sheet.getRow(1).getCell(8).getNumericCellValue());
            assertEquals(PUBLISHED, wb.getProperties().getCoreProperties().getCreated().toInstant());
            assertEquals(PUBLISHED, wb.getProperties().getCoreProperties().getModified().toInstant());
        }
        byte[] pdf = given().queryParam("format", "pdf").header("Accept-Language", "zh-CN").get(page(1)).then()
                .statusCode(200).extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("2026 年省级专项拟支持项目名单"), text);
            assertTrue(text.contains("版本：第 1 版"), text);
            assertTrue(text.contains("发布时间：2026-06-01 09:30"), text);
            assertTrue(text.contains("公示期：2026-06-01 09:30 至 2026-06-08 17:00"), text);
            assertTrue(text.contains("南昌高新区"), text);
            assertTrue(reader.getInfo().get(PdfName.CREATIONDATE.toString().substring(1)).startsWith("D:20260601093000"),
                    reader.getInfo().toString());
        } finally {
            reader.close();
        }
    }

    @Test
    void anUnpublishedVersionIsNotFound() {
        given().queryParam("format", "csv").get(page(2)).then().statusCode(404);
        given().queryParam("format", "csv").get("/api/v1/public/result-lists/" + listId + "/versions/2/export").then()
                .statusCode(404);
        given().queryParam("format", "odt").get(page(1)).then().statusCode(400);
    }
}
