package app.shortlist.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;

/** 回避: a judge withdraws from one of their own assignments. */
@Path("/api/v1/assignments/{assignmentId}/recuse")
@Tag(name = "Assignments")
@Produces(MediaType.APPLICATION_JSON)
public class RecusalResource {

    @Inject
    AssignmentService assignments;

    public record RecusalBody(String reason) {
    }

    public record Recused(long assignmentId, AssignmentState state, String reason) {
    }

    @POST
    @RolesAllowed(Role.JUDGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recuse yourself from one of your assignments, with the reason (404 for anyone else's)")
    public Recused recuse(@PathParam("assignmentId") long assignmentId, RecusalBody body) {
        Assignment a = assignments.recuse(assignmentId, body == null ? null : body.reason());
        return new Recused(a.id, a.state, a.recusalReason);
    }
}
