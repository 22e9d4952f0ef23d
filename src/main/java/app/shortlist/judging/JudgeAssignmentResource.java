package app.shortlist.judging;

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
import app.shortlist.web.RequestLanguage;

/**
 * One assignment as its judge reads it. Class path /api/v1/assignments so that the longer class paths of
 * /api/v1/assignments/{assignmentId}/scorecard and …/recuse keep their own resources.
 */
@Path("/api/v1/assignments")
@Tag(name = "Judging")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.JUDGE)
public class JudgeAssignmentResource {

    @Inject
    JudgeViews views;

    @Inject
    RequestLanguage language;

    @GET
    @Path("{assignmentId}")
    @Transactional
    @Operation(summary = "My assignment: the application (blind-aware), the rubric and my scorecard. "
            + "404 for anyone else's, and once the round is no longer open")
    public JudgeViews.AssignmentView get(@PathParam("assignmentId") long assignmentId) {
        return views.readable(assignmentId, language.get());
    }
}
