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

/** A unit's recommendation list as a file in the API: its recommender's own unit only (404 otherwise), or an admin. */
@Path("/api/v1/units/{unitId}/recommendations/export")
@Tag(name = "Exports")
public class RecommendationExportResource {

    @Inject
    RecommendationExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.RECOMMENDER })
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "application/pdf",
            "application/json" })
    @Operation(summary = "The unit's recommended applications in priority order, with the recommender's opinions, as "
            + "xlsx (default), csv (UTF-8 with BOM) or pdf; a recommender gets only their own unit's (404 otherwise)")
    public Response export(@PathParam("unitId") long unitId,
            @Parameter(description = "xlsx, csv or pdf") @QueryParam("format") String format) {
        return download(exports, export, unitId, Format.parse(format), language.get());
    }

    static Response download(Exports exports, RecommendationExport export, long unitId, Format format, Lang lang) {
        Table table = export.unit(unitId, lang);
        return exports.download(format, table, Exports.messages(lang).file_recommendations() + "-" + unitId,
                "recommendations-unit-" + unitId, lang);
    }
}
