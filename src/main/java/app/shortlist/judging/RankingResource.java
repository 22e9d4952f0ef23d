package app.shortlist.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.web.RequestLanguage;

/** A round's ranking in the API: live, or the frozen snapshot once confirmed ({@code frozen}). */
@Path("/api/v1/rounds/{roundId}/ranking")
@Tag(name = "Rankings and advancement")
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {

    @Inject
    RankingViews views;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "The round's ranking with the rule's proposal, overrides and cut line per group; "
            + "computed from the submitted scorecards until confirmation, then the frozen snapshot (frozen = true)")
    public RankingView get(@PathParam("roundId") long roundId) {
        return views.view(roundId, language.get());
    }
}
