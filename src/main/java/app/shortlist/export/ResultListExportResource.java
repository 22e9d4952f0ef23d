package app.shortlist.export;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.web.RequestLanguage;

/** A published result list version as a file in the public API: the same bytes for the same version. */
@Path("/api/v1/public/result-lists/{listId}/versions/{n}/export")
@Tag(name = "Exports")
@PermitAll
public class ResultListExportResource {

    @Inject
    ResultListExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "application/pdf",
            "application/json" })
    @Operation(summary = "Published version n of a result list as xlsx (default), csv (UTF-8 with BOM) or pdf, "
            + "no sign-in needed; exporting the same version twice gives the same bytes (xlsx, csv)")
    public Response export(@PathParam("listId") long listId, @PathParam("n") int n,
            @Parameter(description = "xlsx, csv or pdf") @QueryParam("format") String format) {
        return ResultListExportPage.download(exports, export, listId, n, Format.parse(format), language.get());
    }
}
