package app.shortlist.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import app.shortlist.web.DomainException;

/** The three writers on one table, without Quarkus: content, types, quoting, layout and stable bytes. */
class TableWritersTest {

    static final Instant STAMP = Instant.parse("2026-03-01T02:00:00Z"); // 10:00 in Beijing
    static final String FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0";

    static Table table(int rows) {
        List<Column> columns = List.of(Column.text("申报编号", 14), Column.text("项目名称", 30), Column.integer("名次"),
                Column.decimal("得分"), Column.money("申请金额（元）"), Column.dateTime("提交时间"));
        List<Object[]> data = new ArrayList<>();
        data.add(new Object[] { "JX-00001", "南昌高新区“智能制造”, 一期", 1L, new BigDecimal("88.5"),
                new BigDecimal("3000000"), STAMP });
        data.add(new Object[] { "JX-00002", "=HYPERLINK(\"http://x\")", 2L, null, null, null });
        data.add(new Object[] { "JX-00003", "第一行\n第二行", null, new BigDecimal("8.53333"), new BigDecimal("1.5"),
                STAMP });
        for (int i = 4; i <= rows; i++) {
            data.add(new Object[] { "JX-%05d".formatted(i), "项目 " + i, (long) i, new BigDecimal("70"),
                    new BigDecimal(i * 1000), STAMP });
        }
        return new Table("拟支持项目名单", List.of(new Table.Fact("项目", "江西省专项"), new Table.Fact("公示期", "2026-03-01 至 2026-03-07")),
                columns, STAMP, sink -> {
                    for (Object[] r : data) {
                        sink.row(r);
                    }
                });
    }

    static byte[] write(TableWriter writer, Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(table, out);
        return out.toByteArray();
    }

    @Test
    void csvHasBomChineseQuotingAndNoFormulas() throws IOException {
        byte[] bytes = write(new CsvTableWriter(), table(3));
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("申报编号,项目名称,名次,得分,申请金额（元）,提交时间\r\n"
                + "JX-00001,\"南昌高新区“智能制造”, 一期\",1,88.50,3000000.00,2026-03-01 10:00\r\n"
                + "JX-00002,\"'=HYPERLINK(\"\"http://x\"\")\",2,,,\r\n"
                + "JX-00003,\"第一行\n第二行\",,8.5333,1.50,2026-03-01 10:00\r\n", text);
    }

    @Test
    void csvGuardsEveryFormulaStart() {
        for (String s : new String[] { "=1+1", "+1", "-1", "@SUM(A1)" }) {
            assertEquals("'" + s, CsvTableWriter.field(s, true));
        }
        assertEquals("-1", CsvTableWriter.field("-1", false)); // a negative number stays a number
        assertEquals("a b", CsvTableWriter.field("a b", true));
    }

    @Test
    void xlsxIsTypedFrozenAndChinese() throws IOException {
        byte[] bytes = write(new XlsxTableWriter(), table(50));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("拟支持项目名单", sheet.getSheetName());
            assertEquals(50, sheet.getLastRowNum()); // header + 50 rows
            assertEquals("项目名称", sheet.getRow(0).getCell(1).getStringCellValue());
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            var pane = sheet.getPaneInformation();
            assertNotNull(pane);
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            var row = sheet.getRow(1);
            assertEquals("南昌高新区“智能制造”, 一期", row.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(2).getCellType());
            assertEquals(1.0, row.getCell(2).getNumericCellValue());
            assertEquals(88.5, row.getCell(3).getNumericCellValue());
            assertEquals(3_000_000.0, row.getCell(4).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(5)));
            assertEquals(LocalDateTime.of(2026, 3, 1, 10, 0), row.getCell(5).getLocalDateTimeCellValue());
            assertNull(sheet.getRow(2).getCell(3)); // null is an empty cell, not 0
            assertEquals("=HYPERLINK(\"http://x\")", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(1).getCellType()); // text, never a formula
            assertTrue(sheet.getColumnWidth(1) >= 30 * 256 - 1);
            assertEquals(STAMP, wb.getProperties().getCoreProperties().getCreated().toInstant());
        }
    }

    @Test
    void sameTableSameBytes() throws IOException {
        assertArrayEquals(write(new XlsxTableWriter(), table(30)), write(new XlsxTableWriter(), table(30)));
        assertArrayEquals(write(new CsvTableWriter(), table(30)), write(new CsvTableWriter(), table(30)));
    }

    @Test
    void pdfEmbedsTheCjkFontAndNumbersItsPages() throws IOException {
        PdfTableWriter writer = new PdfTableWriter(CjkFont.load(FONT), new PdfTableWriter.PageWords("第 ", " 页 / 共 ", " 页"));
        byte[] bytes = write(writer, table(300));
        // Kept for a look (pdftoppm target/exports/sample.pdf): the layout is judged by eye.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/exports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/exports/sample.pdf"), bytes);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(bytes);
        try {
            int pages = reader.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            String baseFont = fonts.getAsDict(fonts.getKeys().iterator().next()).getAsName(PdfName.BASEFONT).toString();
            assertTrue(baseFont.contains("NotoSansCJK"), baseFont);
            PdfDictionary descendant = fonts.getAsDict(fonts.getKeys().iterator().next())
                    .getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
            assertTrue(descriptor.contains(PdfName.FONTFILE2) || descriptor.contains(PdfName.FONTFILE3),
                    "the font is embedded");

            PdfTextExtractor text = new PdfTextExtractor(reader);
            String first = text.getTextFromPage(1);
            assertTrue(first.contains("拟支持项目名单"), first);
            assertTrue(first.contains("公示期：2026-03-01 至 2026-03-07"), first);
            assertTrue(first.contains("南昌高新区"), first);
            // The total is drawn from a template at the end, so the extractor sees its own line: compare without spaces.
            assertTrue(first.replaceAll("\\s", "").contains("第1页/共" + pages + "页"), first);
            String last = text.getTextFromPage(pages);
            assertTrue(last.contains("申报编号"), "the header repeats on every page: " + last);
            assertTrue(last.contains("JX-00300"), last);
            assertTrue(last.replaceAll("\\s", "").contains("第" + pages + "页/共" + pages + "页"), last);
            assertTrue(bytes.length < 2_000_000, "a subset of the font, not all of it: " + bytes.length);
        } finally {
            reader.close();
        }
    }

    @Test
    void aMissingFontIsAClearRefusal() {
        DomainException e = assertThrows(DomainException.class, () -> CjkFont.load("/nonexistent/font.ttc,0"));
        assertEquals(ExportFailure.PDF_FONT_MISSING, e.failure());
        assertTrue(e.message(app.shortlist.i18n.Lang.ZH).contains("/nonexistent/font.ttc"));
    }

    @Test
    void unknownFormatIsRefused() {
        assertEquals(Format.CSV, Format.parse(" CSV "));
        assertEquals(Format.XLSX, Format.parse(null));
        DomainException e = assertThrows(DomainException.class, () -> Format.parse("docx"));
        assertEquals(400, e.failure().status());
    }
}
