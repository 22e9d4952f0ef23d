package app.shortlist.judging;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.program.Round;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** The admin's read of a round's scorecards (its own class: /api/v1/rounds/{roundId} is the round's resource). */
@Path("/api/v1/rounds/{roundId}/scorecards")
@Tag(name = "Judging")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class RoundScorecardsResource {

    @GET
    @Transactional
    @Operation(summary = "The round's scorecards, drafts included, with their judges; ?applicationId= for one application's")
    public List<ScorecardAdminResource.AdminScorecard> list(@PathParam("roundId") long roundId,
            @QueryParam("applicationId") Long applicationId) {
        if (Round.findById(roundId) == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        List<Scorecard> cards = applicationId == null
                ? Scorecard.list("select s from Scorecard s join fetch s.assignment a join fetch a.judge "
                        + "where s.roundId = ?1 order by s.applicationId, s.judgeId", roundId)
                : Scorecard.list("select s from Scorecard s join fetch s.assignment a join fetch a.judge "
                        + "where s.roundId = ?1 and s.applicationId = ?2 order by s.judgeId", roundId, applicationId);
        return cards.stream().map(ScorecardAdminResource.AdminScorecard::of).toList();
    }
}
