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

/** The unit page's export links: the unit's recommendation list as a file. */
@Path("/recommendation/units/{unitId}/export")
@RolesAllowed({ Role.ADMIN, Role.RECOMMENDER })
public class RecommendationExportPage {

    @Inject
    RecommendationExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    public Response export(@PathParam("unitId") long unitId, @QueryParam("format") String format) {
        return RecommendationExportResource.download(exports, export, unitId, Format.parse(format), language.get());
    }
}
