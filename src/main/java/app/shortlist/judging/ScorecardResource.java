package app.shortlist.judging;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.web.RequestLanguage;

/** The judge's scorecard of one assignment: read, save a draft, submit. The same rules as the page. */
@Path("/api/v1/assignments/{assignmentId}/scorecard")
@Tag(name = "Judging")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.JUDGE)
public class ScorecardResource {

    @Inject
    ScorecardService service;

    @Inject
    JudgeAccess access;

    @Inject
    JudgeViews views;

    @Inject
    RequestLanguage language;

    @Schema(name = "JudgeScorecardBody")
    public record Body(
            @Schema(description = "The version last read; omit (null) only when the scorecard is still NEW") Long version,
            @Schema(description = "Criterion key → score, e.g. {\"innovation\": 8.5}; a draft may leave criteria out") Map<String, String> scores,
            String comment) {
    }

    @GET
    @Transactional
    @Operation(summary = "My scorecard (status NEW before the first save); readable after the round closed")
    public JudgeViews.ScorecardView get(@PathParam("assignmentId") long assignmentId) {
        return read(assignmentId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a draft: each score given must fit the rubric (range, step); 409 when stale, "
            + "locked or the round closed; 422 with a message per criterion")
    public JudgeViews.ScorecardView save(@PathParam("assignmentId") long assignmentId, Body body) {
        Body b = body == null ? new Body(null, Map.of(), null) : body;
        ScorecardWrites.once(() -> service.save(assignmentId, b.scores(), b.comment(), b.version(), language.get()));
        return read(assignmentId);
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit: every criterion scored; the scorecard is then locked (only an admin can reopen it)")
    public JudgeViews.ScorecardView submit(@PathParam("assignmentId") long assignmentId, Body body) {
        Body b = body == null ? new Body(null, Map.of(), null) : body;
        ScorecardWrites.once(() -> service.submit(assignmentId, b.scores(), b.comment(), b.version(), language.get()));
        return read(assignmentId);
    }

    @Transactional
    JudgeViews.ScorecardView read(long assignmentId) {
        Assignment a = access.own(assignmentId);
        return views.scorecard(a, JudgeAccess.scorecard(a), Criterion.ofRound(a.round.id), language.get());
    }
}
