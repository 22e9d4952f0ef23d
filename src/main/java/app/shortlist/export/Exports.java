package app.shortlist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import app.shortlist.i18n.Lang;
import app.shortlist.web.Dates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Turns a {@link Table} into a download: the writer for the format, streamed to the client while the
 * rows are read (in a read transaction of its own, since the body is written after the resource
 * method has returned), with an attachment file name in UTF-8.
 */
@ApplicationScoped
public class Exports {

    /** Long enough for 100,000 rows as PDF on a slow client. */
    private static final int TIMEOUT_SECONDS = 900;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(Dates.ZONE);

    @Inject
    CjkFont font;

    public static ExportMsg messages(Lang lang) {
        return MessageBundles.get(ExportMsg.class, Localized.Literal.of(lang.tag()));
    }

    /**
     * The download of the table. {@code name} is the file name without extension (may be Chinese);
     * {@code asciiName} the same for clients that ignore {@code filename*}. The date of the table's
     * stamp is appended to both.
     */
    public Response download(Format format, Table table, String name, String asciiName, Lang lang) {
        TableWriter writer = writer(format, lang); // before streaming: a missing font is a clean 503
        StreamingOutput body = out -> QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            writer.write(table, out);
            return null;
        });
        String day = DAY.format(table.stamp());
        String file = name + "-" + day + "." + format.extension();
        String ascii = asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + day + "." + format.extension();
        return Response.ok(body, format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /** Writes the table to the stream in the caller's transaction (tests, benchmarks). */
    public void write(Format format, Table table, Lang lang, OutputStream out) throws IOException {
        writer(format, lang).write(table, out);
    }

    private TableWriter writer(Format format, Lang lang) {
        return switch (format) {
            case XLSX -> new XlsxTableWriter();
            case CSV -> new CsvTableWriter();
            case PDF -> new PdfTableWriter(font.get(), pageWords(messages(lang)));
        };
    }

    /** "第 {page} 页 / 共 {pages} 页" cut around the two numbers, which are only known while writing. */
    static PdfTableWriter.PageWords pageWords(ExportMsg msg) {
        String text = msg.page_of("\u0001", "\u0002");
        int p = text.indexOf('\u0001');
        int n = text.indexOf('\u0002');
        return new PdfTableWriter.PageWords(text.substring(0, p), text.substring(p + 1, n), text.substring(n + 1));
    }
}
