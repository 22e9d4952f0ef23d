package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** An admin's hand on a submitted scorecard: reopen it, with a reason. */
@Path("/api/v1/scorecards")
@Tag(name = "Judging")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ScorecardAdminResource {

    @Inject
    ScorecardService service;

    public record ReopenBody(String reason) {
    }

    @Schema(name = "AdminScorecard", description = "A scorecard as an admin sees it, with its judge")
    public record AdminScorecard(long id, long assignmentId, long roundId, long applicationId, long judgeId,
            String judge, ScorecardStatus status, Map<String, BigDecimal> scores, String comment, Instant savedAt,
            Instant submittedAt, String reopenedReason, long version) {

        static AdminScorecard of(Scorecard c) {
            return new AdminScorecard(c.id, c.assignment.id, c.roundId, c.applicationId, c.judgeId,
                    c.assignment.judge.username, c.status, c.scores, c.comment, c.savedAt, c.submittedAt,
                    c.reopenedReason, c.version);
        }
    }

    @POST
    @Path("{scorecardId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a submitted scorecard with a reason: it becomes the judge's draft again, editable "
            + "after the close time until re-submitted (not once the round is confirmed); the judge is mailed")
    public AdminScorecard reopen(@PathParam("scorecardId") long scorecardId, ReopenBody body) {
        service.reopen(scorecardId, body == null ? null : body.reason());
        return read(scorecardId);
    }

    @Transactional
    AdminScorecard read(long scorecardId) {
        Scorecard c = Scorecard.findById(scorecardId);
        if (c == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return AdminScorecard.of(c);
    }
}
