package app.shortlist.results;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.Application;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.judging.Criterion;
import app.shortlist.program.Direction;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Track;
import app.shortlist.support.Acting;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Script and HTML in every text an applicant or admin enters come back as text: escaped on the public result page,
 * the program page, the staff's application view and the judge's scorecard; as literal text in PDF; and with a
 * leading quote in CSV when they start like a formula.
 */
@QuarkusTest
class HostileTextTest {

    static final String XSS = "<script>alert(1)</script><b onmouseover=alert(2)>x</b>";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Inject
    ResultListService service;

    ResultsFixture f;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        f = ResultsFixture.confirmed("XSS");
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(f.sr().programId());
            p.name = new LocalizedText("大赛" + XSS, "Contest" + XSS);
            p.description = new LocalizedText("说明" + XSS, "About" + XSS);
            Track.<Track> list("program", p).forEach(t -> t.name = new LocalizedText("组" + XSS, "Track" + XSS));
            Direction.<Direction> findById(f.directionA()).name = new LocalizedText("方向" + XSS, "Direction" + XSS);
            RecommendingUnit.<RecommendingUnit> findById(f.unitId()).name = new LocalizedText("单位" + XSS, "Unit" + XSS);
            Application a = Application.findById(f.app(1));
            a.projectName = "=HYPERLINK(\"http://evil.example\",\"x\")" + XSS;
            a.organisation = "@SUM(1+1)" + XSS;
            Application b = Application.findById(f.app(3));
            b.projectName = "+cmd|' /C calc'!A0";
            b.organisation = "-2+3";
            Application c = Application.findById(f.app(2));
            c.projectName = "\t=1+1";
            c.organisation = "\r=1+1";
        });
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void thePublicResultPageAndItsExportsShowScriptAsText() throws IOException {
        long listId = Acting.as("admin", Role.ADMIN, () -> {
            long id = service.create(f.sr().programId(), f.sr().roundId(), "名单" + XSS, "List" + XSS,
                    Grouping.DIRECTION).id;
            service.publish(id, null, null, "更正" + XSS, false);
            return id;
        });
        for (String lang : List.of("zh-CN", "en")) {
            escaped(given().header("Accept-Language", lang).get("/results/" + listId).then().statusCode(200).extract()
                    .asString());
        }
        String csv = new String(given().queryParam("format", "csv").get("/results/" + listId + "/v/1/export").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")<script>"), csv);
        assertTrue(csv.contains(",'@SUM(1+1)<script>"), csv);
        assertTrue(csv.contains(",'+cmd|' /C calc'!A0,'-2+3,"), csv);
        assertTrue(csv.contains(",'\t=1+1,\"'\r=1+1\","), csv);
        assertFalse(csv.matches("(?s).*,[=+@-].*"), csv);

        byte[] xlsx = given().queryParam("format", "xlsx").get("/results/" + listId + "/v/1/export").then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            wb.getSheetAt(0).forEach(row -> row.forEach(cell -> assertFalse(
                    cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA, cell.toString())));
            assertEquals("+cmd|' /C calc'!A0", wb.getSheetAt(0).getRow(2).getCell(3).getStringCellValue());
        }

        byte[] pdf = given().queryParam("format", "pdf").get("/results/" + listId + "/v/1/export").then()
                .statusCode(200).extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("<script>alert(1)</script>"), text);
        } finally {
            reader.close();
        }
    }

    @Test
    void theProgramPageTheStaffViewAndTheJudgesScorecardShowScriptAsText() {
        QuarkusTransaction.requiringNew().run(() -> Program.<Program> findById(f.sr().programId()).status =
                app.shortlist.program.ProgramStatus.OPEN);
        for (String lang : List.of("zh-CN", "en")) {
            escaped(given().header("Accept-Language", lang).get("/programs/" + f.sr().programId()).then().statusCode(200)
                    .extract().asString());
            escaped(given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", lang)
                    .get("/admin/applications/" + f.app(1)).then().statusCode(200).extract().asString());
        }
        TestData.ScoringRound sr = TestData.scoringRound("XSSJ", 1, 1, 1);
        TestData.Assigned a = TestData.assign(sr).get(0);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(a.applicationId());
            app.projectName = "项目" + XSS;
            app.organisation = "企业" + XSS;
            Criterion.<Criterion> list("round.id", sr.roundId()).forEach(c -> {
                c.name = new LocalizedText("标准" + XSS, "Criterion" + XSS);
                c.guidance = new LocalizedText("说明" + XSS, "Guidance" + XSS);
            });
        });
        escaped(given().auth().oauth2(TestTokens.of(a.judgeUsername(), Role.JUDGE))
                .get("/judging/assignments/" + a.assignmentId()).then().statusCode(200).extract().asString());
    }

    /** The page shows the hostile text, escaped, and no live element of it. */
    static void escaped(String html) {
        assertTrue(html.contains(ESCAPED), html);
        assertFalse(html.contains("<script>alert") || html.contains("<b onmouseover"), html);
    }
}
