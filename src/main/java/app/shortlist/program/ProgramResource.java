package app.shortlist.program;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import io.quarkus.panache.common.Sort;

@Path("/api/v1")
@Tag(name = "Programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {

    @GET
    @Path("programs")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "All programs, drafts included (admins)")
    public List<ProgramView> all() {
        return Program.<Program> listAll(Sort.descending("createdAt").and("id")).stream().map(ProgramView::of).toList();
    }

    @GET
    @Path("public/programs")
    @PermitAll
    @Operation(summary = "Published programs, no login needed")
    public List<ProgramView> published() {
        return Program.listPublic().stream().map(ProgramView::of).toList();
    }
}
