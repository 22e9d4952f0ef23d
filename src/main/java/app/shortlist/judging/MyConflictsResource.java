package app.shortlist.judging;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;

/** 回避声明 by API: the caller's own conflicts of interest, as on {@link ConflictPage} (judges). */
@Path("/api/v1/me/conflicts")
@Tag(name = "Assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.JUDGE)
public class MyConflictsResource {

    @Inject
    JudgeService judges;

    @Inject
    CurrentUser currentUser;

    public record DeclareBody(
            @Schema(description = "What the conflict names", enumeration = { "ORGANISATION", "USCC", "APPLICANT" }) String kind,
            @Schema(description = "The organisation's name, the USCC (spaces and case ignored) or the applicant's account name") String value,
            String note) {
    }

    @Schema(name = "JudgeConflict", description = "A conflict the judge declared: never assigned an application it matches")
    public record ConflictView(long id, ConflictKind kind, String value, String note, Instant declaredAt) {
    }

    @Schema(name = "MyConflicts", description = "The caller's declared conflicts; registered is false until an admin adds the caller to the expert registry")
    public record MyConflicts(boolean registered, String username, List<ConflictView> conflicts) {
    }

    @GET
    @Transactional
    @Operation(summary = "The caller's declared conflicts of interest, oldest first")
    public MyConflicts list() {
        Judge me = judges.me();
        List<ConflictView> rows = me == null ? List.of()
                : JudgeService.conflictsOf(me).stream().map(MyConflictsResource::view).toList();
        return new MyConflicts(me != null, currentUser.getUsername(), rows);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a conflict (422 with a message per field; 409 when already declared or the caller is not in the expert registry)")
    public Response declare(DeclareBody body) {
        DeclareBody b = body == null ? new DeclareBody(null, null, null) : body;
        JudgeConflict c = judges.declare(JudgingForms.choice(ConflictKind.class, b.kind()), b.value(), b.note());
        return Response.created(URI.create("/api/v1/me/conflicts/" + c.id)).entity(view(c)).build();
    }

    @DELETE
    @Path("{conflictId}")
    @Operation(summary = "Withdraw one of the caller's conflicts (404 for anyone else's)")
    public Response remove(@PathParam("conflictId") long conflictId) {
        judges.removeConflict(conflictId);
        return Response.noContent().build();
    }

    private static ConflictView view(JudgeConflict c) {
        return new ConflictView(c.id, c.kind, c.value, c.note, c.declaredAt);
    }
}
