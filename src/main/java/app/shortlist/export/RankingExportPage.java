package app.shortlist.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.Role;
import app.shortlist.web.RequestLanguage;

/** The ranking page's export links: the round's ranking (live, or frozen once confirmed) as a file. */
@Path("/admin/rounds/{roundId}/ranking/export")
@RolesAllowed(Role.ADMIN)
public class RankingExportPage {

    @Inject
    RankingExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    public Response export(@PathParam("roundId") long roundId, @QueryParam("format") String format) {
        return RankingExportResource.download(exports, export, roundId, Format.parse(format), language.get());
    }
}
