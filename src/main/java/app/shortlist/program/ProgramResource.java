package app.shortlist.program;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

/** Reading programs. Changes are in {@link ProgramAdminResource}. */
@Path("/api/v1")
@Tag(name = "Programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {

    @Inject
    ProgramService programs;

    @Inject
    ProgramAccess access;

    @GET
    @Path("programs")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "All programs, drafts included (admins)")
    public List<ProgramView> all() {
        return Program.<Program> listAll(Sort.descending("createdAt").and("id")).stream().map(ProgramView::of).toList();
    }

    @GET
    @Path("programs/{programId}")
    @Authenticated
    @Operation(summary = "One program with its tracks, directions, units, rounds and form", description = "Admins see drafts; anyone signed in sees published programs. The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgramDefinition.class)))
    @APIResponse(responseCode = "404", description = "No such program, or a draft")
    public Response get(@PathParam("programId") long programId) {
        Program p = access.visible(programId);
        return Response.ok(programs.definition(p)).tag(etag(p)).build();
    }

    @GET
    @Path("public/programs")
    @PermitAll
    @Operation(summary = "Published programs, no login needed")
    public List<ProgramView> published() {
        return Program.listPublic().stream().map(ProgramView::of).toList();
    }

    static EntityTag etag(Program p) {
        return new EntityTag(Long.toString(p.version));
    }
}
