package app.shortlist.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.application.ApplicationSearch;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/** The application list's export in the API: the list's filters, every row, as XLSX, CSV or PDF. */
@Path("/api/v1/programs/{programId}/applications/export")
@Tag(name = "Exports")
public class ApplicationExportResource {

    @Inject
    ApplicationExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.SCREENER })
    @Transactional
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "application/pdf",
            "application/json" })
    @Operation(summary = "Every submitted application of the program matching the filters (as the list's), "
            + "as a file: xlsx (default), csv (UTF-8 with BOM) or pdf; headers in the request's language")
    public Response export(@PathParam("programId") long programId,
            @Parameter(description = "xlsx, csv or pdf") @QueryParam("format") String format,
            @QueryParam("status") ApplicationStatus status, @QueryParam("trackId") Long trackId,
            @QueryParam("directionId") Long directionId, @QueryParam("unitId") Long unitId,
            @QueryParam("country") String country, @QueryParam("q") String keyword,
            @QueryParam("sort") @DefaultValue("SUBMITTED") ApplicationSearch.SortBy sort) {
        Format f = Format.parse(format);
        Program program = Program.findById(programId);
        if (program == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Lang lang = language.get();
        ApplicationSearch.Filter filter = new ApplicationSearch.Filter(status, trackId, directionId, unitId, country,
                keyword, null);
        return exports.download(f, export.table(programId, filter, sort, lang),
                Exports.messages(lang).file_applications() + "-" + program.code, "applications-" + program.code, lang);
    }
}
