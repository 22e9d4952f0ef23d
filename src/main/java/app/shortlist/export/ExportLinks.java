package app.shortlist.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import app.shortlist.application.ApplicationAdminPage;
import io.quarkus.qute.TemplateExtension;

/** For the export links of the staff list: the list's current filters as a query string. */
@TemplateExtension
public final class ExportLinks {

    private ExportLinks() {
    }

    /** {@code status=…&part=…&} for the filters that are set (each URL-encoded), ready for {@code format=…}. */
    static String exportQuery(ApplicationAdminPage.Filters f) {
        StringBuilder q = new StringBuilder();
        append(q, "status", f.status());
        append(q, "part", f.part());
        append(q, "country", f.country());
        append(q, "q", f.q());
        append(q, "sort", f.sort());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }
}
