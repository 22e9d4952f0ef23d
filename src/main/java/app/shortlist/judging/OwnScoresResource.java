package app.shortlist.judging;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.application.Application;
import app.shortlist.application.ApplicationAccess;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** The applicant's own scores of confirmed rounds, as their status page shows them; for the owner alone. */
@Path("/api/v1/applications/{applicationId}/scores")
@Tag(name = "Rankings and advancement")
@Produces(MediaType.APPLICATION_JSON)
public class OwnScoresResource {

    @Inject
    ApplicationAccess access;

    @Inject
    OwnScores scores;

    @GET
    @RolesAllowed(Role.APPLICANT)
    @Transactional
    @Operation(summary = "For each confirmed scoring round: the score and rank of the frozen ranking, the judges' "
            + "average per criterion and their comments under neutral labels (Judge A, B…), never a judge's name. "
            + "Empty unless the program lets applicants see scores; 404 for anyone but the application's owner")
    public List<OwnScores.RoundResult> get(@PathParam("applicationId") long applicationId) {
        Application a = access.readable(applicationId);
        if (!access.isOwner(a)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return scores.of(applicationId);
    }
}
