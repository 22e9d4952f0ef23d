package app.shortlist.export;

import jakarta.annotation.security.RolesAllowed;
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

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.web.RequestLanguage;

/** The province's view of a recommendation round as a file in the API: every unit's list, for admins. */
@Path("/api/v1/rounds/{roundId}/recommendations/export")
@Tag(name = "Exports")
public class ProvinceRecommendationExportResource {

    @Inject
    RecommendationExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed(Role.ADMIN)
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "application/pdf",
            "application/json" })
    @Operation(summary = "Every unit's recommended applications of the round (units in the program's order, each in "
            + "its priority order), as xlsx (default), csv (UTF-8 with BOM) or pdf")
    public Response export(@PathParam("roundId") long roundId,
            @Parameter(description = "xlsx, csv or pdf") @QueryParam("format") String format) {
        return download(exports, export, roundId, Format.parse(format), language.get());
    }

    static Response download(Exports exports, RecommendationExport export, long roundId, Format format, Lang lang) {
        Table table = export.province(roundId, lang);
        return exports.download(format, table, Exports.messages(lang).file_recommendations() + "-" + roundId,
                "recommendations-round-" + roundId, lang);
    }
}
