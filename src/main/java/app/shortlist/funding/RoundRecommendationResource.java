package app.shortlist.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** The province's side of a recommendation round by bearer token: every unit's list, open, confirm. */
@Path("/api/v1/rounds/{roundId}/recommendations")
@Tag(name = "Recommendation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class RoundRecommendationResource {

    @Schema(name = "RecommendationClose")
    public record CloseBody(@Schema(description = "Needed while a unit with applications has not submitted its list") String reason) {
    }

    @Inject
    RecommendationService service;

    @GET
    @Transactional
    @Operation(summary = "Every unit of the round: quota, counts, list state and its recommended applications in order")
    public ProvinceView get(@PathParam("roundId") long roundId) {
        return ProvinceView.of(round(roundId));
    }

    @POST
    @Path("open")
    @Operation(summary = "Open the round: the units may recommend")
    public ProvinceView open(@PathParam("roundId") long roundId) {
        round(roundId);
        service.open(roundId);
        return get(roundId);
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the round: recommended applications of submitted lists pass and move on in each unit's order; the others do not pass")
    public ProvinceView close(@PathParam("roundId") long roundId, CloseBody body) {
        round(roundId);
        service.close(roundId, body == null ? null : body.reason());
        return get(roundId);
    }

    @Transactional
    Round round(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null || round.kind != RoundKind.RECOMMENDATION) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return round;
    }
}
