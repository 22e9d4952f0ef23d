package app.shortlist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import app.shortlist.web.Dates;

/**
 * The formal list: title, facts (program, date, notice period), the table with its header repeated on
 * every page, and "第 x 页 / 共 y 页" at the foot. Rows are handed to OpenPDF in chunks of an
 * incomplete table, which writes finished pages out and forgets them; the CJK font is the installed
 * one, embedded as a subset.
 */
final class PdfTableWriter implements TableWriter {

    /** Rows added to the incomplete table before it is laid out onto pages and released. */
    private static final int CHUNK = 200;

    private final BaseFont font;
    private final PageWords words;

    /** "第 {0} 页 / 共 {1} 页" in the reader's language, split around the two numbers. */
    record PageWords(String before, String middle, String after) {
    }

    PdfTableWriter(BaseFont font, PageWords words) {
        this.font = font;
        this.words = words;
    }

    @Override
    public void write(Table table, OutputStream out) throws IOException {
        List<Column> columns = table.columns();
        Rectangle size = columns.size() > 5 ? PageSize.A4.rotate() : PageSize.A4;
        Document doc = new Document(size, 36, 36, 40, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers());
            doc.addTitle(table.title());
            doc.addCreator("Shortlist");
            doc.addProducer();
            doc.open();
            fixDates(writer, doc, table.stamp());

            Font title = new Font(font, 16, Font.BOLD);
            Font small = new Font(font, 9);
            Font head = new Font(font, 9, Font.BOLD);
            Paragraph heading = new Paragraph(table.title(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(8);
            doc.add(heading);
            for (Table.Fact f : table.facts()) {
                doc.add(new Paragraph(f.label() + "：" + f.value(), small));
            }

            PdfPTable grid = new PdfPTable(columns.size());
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(8);
            grid.setComplete(false);
            grid.setHeaderRows(1);
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                Column c = columns.get(i);
                widths[i] = c.width();
                PdfPCell cell = new PdfPCell(new Phrase(c.header(), head));
                cell.setGrayFill(0.9f);
                cell.setPadding(3);
                cell.setHorizontalAlignment(c.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                grid.addCell(cell);
            }
            grid.setWidths(widths);
            int[] pending = { 0 };
            table.rows().each(cells -> {
                for (int i = 0; i < widths.length; i++) {
                    Column c = columns.get(i);
                    PdfPCell cell = new PdfPCell(new Phrase(Cells.text(c, cells[i]), small));
                    cell.setPadding(3);
                    cell.setHorizontalAlignment(c.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                    grid.addCell(cell);
                }
                if (++pending[0] == CHUNK) {
                    pending[0] = 0;
                    doc.add(grid);
                }
            });
            grid.setComplete(true);
            doc.add(grid);
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
    }

    /** Creation and modification date from the table's stamp, not the clock: same list, same document. */
    private static void fixDates(PdfWriter writer, Document doc, Instant stamp) {
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone(Dates.ZONE));
        at.setTimeInMillis(stamp.toEpochMilli());
        writer.getInfo().put(com.lowagie.text.pdf.PdfName.CREATIONDATE, new PdfDate(at));
        writer.getInfo().put(com.lowagie.text.pdf.PdfName.MODDATE, new PdfDate(at));
    }

    /** Writes "page x of" on each page and the total into a shared template when the document closes. */
    private final class PageNumbers extends PdfPageEventHelper {
        private static final float SIZE = 8;
        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(120, 12);
        }

        /** "第 x 页 / 共 " now; "y 页" from the template, written when the document closes. */
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            String first = words.before() + writer.getPageNumber() + words.middle();
            float firstWidth = font.getWidthPoint(first, SIZE);
            float x = (document.left() + document.right()) / 2 - firstWidth;
            float y = document.bottom() - 24;
            cb.beginText();
            cb.setFontAndSize(font, SIZE);
            cb.setTextMatrix(x, y);
            cb.showText(first);
            cb.endText();
            cb.addTemplate(total, x + firstWidth, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, SIZE);
            total.setTextMatrix(0, 0);
            total.showText((writer.getPageNumber() - 1) + words.after());
            total.endText();
        }
    }
}
