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

/** The province page's export links: every unit's recommendation list of the round as a file. */
@Path("/recommendation/rounds/{roundId}/export")
@RolesAllowed(Role.ADMIN)
public class ProvinceRecommendationExportPage {

    @Inject
    RecommendationExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    public Response export(@PathParam("roundId") long roundId, @QueryParam("format") String format) {
        return ProvinceRecommendationExportResource.download(exports, export, roundId, Format.parse(format),
                language.get());
    }
}
