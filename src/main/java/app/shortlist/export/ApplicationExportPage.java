package app.shortlist.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.Role;
import app.shortlist.application.ApplicationSearch;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/**
 * The staff list's export link: the list page's own query parameters (status, part = track or support
 * direction by program kind, country, q, sort) and {@code format}, every row, not one page.
 */
@Path("/admin/programs/{programId}/applications/export")
@RolesAllowed({ Role.ADMIN, Role.SCREENER })
public class ApplicationExportPage {

    @Inject
    ApplicationExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public Response export(@PathParam("programId") long programId, @QueryParam("format") String format,
            @QueryParam("status") String status, @QueryParam("part") Long part, @QueryParam("country") String country,
            @QueryParam("q") String q, @QueryParam("sort") @DefaultValue("SUBMITTED") String sort) {
        Format f = Format.parse(format);
        Program program = Program.findById(programId);
        if (program == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        boolean contest = program.isCompetition();
        // As the list page: an unknown status or sort is no filter, not an error.
        ApplicationSearch.Filter filter = new ApplicationSearch.Filter(lenient(ApplicationStatus.class, status),
                contest ? part : null, contest ? null : part, null, country, q, null);
        Lang lang = language.get();
        ExportMsg msg = Exports.messages(lang);
        return exports.download(f, export.table(programId, filter, lenient(ApplicationSearch.SortBy.class, sort), lang),
                msg.file_applications() + "-" + program.code, "applications-" + program.code, lang);
    }

    static <E extends Enum<E>> E lenient(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
