package app.shortlist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import app.shortlist.web.Dates;

/**
 * XLSX through POI's streaming workbook: only a window of rows is in memory (the rest is flushed to
 * a compressed temporary file), cells are typed (numbers, dates), the header row is bold, frozen
 * and filterable, and the document's dates are the table's stamp so the same list gives the same bytes.
 */
final class XlsxTableWriter implements TableWriter {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;

    @Override
    public void write(Table table, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        wb.setCompressTempFiles(true);
        try {
            var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            Date stamp = Date.from(table.stamp());
            core.setCreated(Optional.of(stamp));
            core.setModified(Optional.of(stamp));
            core.setTitle(table.title());
            core.setCreator("Shortlist");
            SXSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            List<Column> columns = table.columns();
            CellStyle[] styles = styles(wb, columns);

            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(columns.get(i).header());
                c.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = { 1 };
            table.rows().each(cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    Object v = cells[i];
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    c.setCellStyle(styles[i]);
                    switch (columns.get(i).kind()) {
                        case INTEGER -> c.setCellValue(((Number) v).doubleValue());
                        case DECIMAL, MONEY -> c.setCellValue(((BigDecimal) v).doubleValue());
                        case DATE_TIME -> c.setCellValue(LocalDateTime.ofInstant((Instant) v, Dates.ZONE));
                        case TEXT -> c.setCellValue(v.toString());
                    }
                }
            });
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, columns.size() - 1));
            }
            wb.write(out);
            out.flush();
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static CellStyle[] styles(SXSSFWorkbook wb, List<Column> columns) {
        var format = wb.createDataFormat();
        CellStyle text = wb.createCellStyle();
        CellStyle integer = wb.createCellStyle();
        integer.setDataFormat(format.getFormat("0"));
        CellStyle decimal = wb.createCellStyle();
        decimal.setDataFormat(format.getFormat("0.00##"));
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(format.getFormat("#,##0.00"));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
        CellStyle[] out = new CellStyle[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (columns.get(i).kind()) {
                case INTEGER -> integer;
                case DECIMAL -> decimal;
                case MONEY -> money;
                case DATE_TIME -> date;
                case TEXT -> text;
            };
        }
        return out;
    }
}
