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

/** A round's ranking as a file in the API. */
@Path("/api/v1/rounds/{roundId}/ranking/export")
@Tag(name = "Exports")
public class RankingExportResource {

    @Inject
    RankingExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed(Role.ADMIN)
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "application/pdf",
            "application/json" })
    @Operation(summary = "The round's ranking (live until confirmation, then the frozen snapshot) with the rule's "
            + "proposal and each entry's outcome, as xlsx (default), csv (UTF-8 with BOM) or pdf")
    public Response export(@PathParam("roundId") long roundId,
            @Parameter(description = "xlsx, csv or pdf") @QueryParam("format") String format) {
        return download(exports, export, roundId, Format.parse(format), language.get());
    }

    static Response download(Exports exports, RankingExport export, long roundId, Format format, Lang lang) {
        Table table = export.table(roundId, lang);
        return exports.download(format, table, Exports.messages(lang).file_ranking() + "-" + roundId,
                "ranking-round-" + roundId, lang);
    }
}
