package app.shortlist.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.judging.rules.Assigner;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** A round's assignments: the list, the automatic run and manual changes (admins). */
@Path("/api/v1/rounds/{roundId}/assignments")
@Tag(name = "Assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class RoundAssignmentResource {

    @Inject
    AssignmentService assignments;

    public record ManualBody(Assigner.ManualChange.Action action, Long applicationId, Long judgeId, String reason) {
    }

    @GET
    @Transactional
    @Operation(summary = "The round's assignments, paged (optionally one judge's), with every judge's load and the applications short of k judges")
    public RoundViews.AssignmentPage list(@PathParam("roundId") long roundId, @QueryParam("judgeId") Long judgeId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return RoundViews.assignments(RoundService.scoring(roundId), judgeId, Math.max(0, page),
                Math.max(1, Math.min(size, 500)));
    }

    @POST
    @Operation(summary = "Run the automatic assignment: k judges per application, balanced, without conflicts; keeps what is valid and never removes an assignment with a submitted scorecard")
    public AssignmentService.RunResult run(@PathParam("roundId") long roundId) {
        return assignments.run(roundId);
    }

    @POST
    @Path("manual")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or remove one judge × application by hand, with the reason (a conflicted addition is refused)")
    public RoundViews.AssignmentPage manual(@PathParam("roundId") long roundId, ManualBody body) {
        if (body == null || body.action() == null || body.applicationId() == null || body.judgeId() == null) {
            exists(roundId);
            throw new DomainException(CommonFailure.INVALID_INPUT, "action, applicationId, judgeId");
        }
        if (body.action() == Assigner.ManualChange.Action.ADD) {
            assignments.addManual(roundId, body.applicationId(), body.judgeId(), body.reason());
        } else {
            assignments.removeManual(roundId, body.applicationId(), body.judgeId(), body.reason());
        }
        return list(roundId, body.judgeId(), 0, 50);
    }

    @Transactional
    void exists(long roundId) {
        RoundService.scoring(roundId);
    }
}
