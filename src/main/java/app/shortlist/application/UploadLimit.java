package app.shortlist.application;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import app.shortlist.program.FormField;
import app.shortlist.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Refuses an upload that is larger than its field accepts before the body is
 * read: the field is named in the URL (?field=…) and the size in Content-Length.
 * Uploads without a length are still checked after reading.
 */
public class UploadLimit {

    /** Room for the multipart envelope around the file itself. */
    static final long ENVELOPE = 64 * 1024;
    private static final Pattern UPLOAD = Pattern.compile("^(/api/v1)?/applications/(\\d+)/attachments/?$");

    @ServerRequestFilter
    public void refuseOversized(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        Matcher m = UPLOAD.matcher(request.getUriInfo().getPath());
        String field = request.getUriInfo().getQueryParameters().getFirst("field");
        String length = request.getHeaderString("Content-Length");
        if (!m.matches() || field == null || length == null) {
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return;
        }
        long applicationId = Long.parseLong(m.group(2));
        Long limit = QuarkusTransaction.joiningExisting().call(() -> FormField.<FormField> find(
                "key = ?1 and program.id = (select a.program.id from Application a where a.id = ?2)", field, applicationId)
                .firstResultOptional().map(Attachments::maxBytes).orElse(null));
        if (limit != null && declared > limit + ENVELOPE) {
            throw new DomainException(ApplicationFailure.FILE_TOO_LARGE, Attachments.humanSize(limit));
        }
    }
}
