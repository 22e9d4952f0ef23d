package app.shortlist.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK), CRLF line
 * ends, and text cells that a spreadsheet would run as a formula defused with a leading quote.
 */
final class CsvTableWriter implements TableWriter {

    @Override
    public void write(Table table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write('\uFEFF');
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            w.write(i == 0 ? "" : ",");
            w.write(field(columns.get(i).header(), true));
        }
        w.write("\r\n");
        table.rows().each(cells -> {
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                w.write(i == 0 ? "" : ",");
                w.write(field(Cells.text(c, cells[i]), c.kind() == Column.Kind.TEXT));
            }
            w.write("\r\n");
        });
        w.flush();
    }

    /** Quoted when it holds a comma, quote or line break; text starting like a formula gets a leading '. */
    static String field(String value, boolean text) {
        String v = value;
        if (text && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
