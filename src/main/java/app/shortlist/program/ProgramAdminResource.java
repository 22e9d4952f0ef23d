package app.shortlist.program;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** Setting programs up and running their calendar (admins). Refusals: 422 with field paths, 409 on a stale version. */
@Path("/api/v1")
@Tag(name = "Programs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ProgramAdminResource {

    @Inject
    ProgramService programs;

    @Schema(name = "DeadlineExtension", description = "A later submission deadline for everyone, with the reason")
    public record DeadlineExtension(@Schema(required = true) Instant deadline,
            @Schema(required = true, maxLength = 1000) String reason) {
    }

    @POST
    @Path("programs")
    @Operation(summary = "Create a draft program with its whole structure")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProgramDefinition.class)))
    @APIResponse(responseCode = "422", description = "Invalid definition; fields maps each path to its message")
    public Response create(ProgramDefinition definition) {
        return created(programs.create(definition));
    }

    @POST
    @Path("programs/from-template/{templateId}")
    @Operation(summary = "Create a draft program from a template, its timeline laid out from today")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProgramDefinition.class)))
    public Response fromTemplate(@PathParam("templateId") String templateId) {
        return created(programs.createFromTemplate(templateId));
    }

    @PUT
    @Path("programs/{programId}")
    @Operation(summary = "Replace a program's settings and structure", description = "Parts with an id are kept, parts without one are created, parts left out are removed (refused while applications reference them). Form fields are matched by key.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgramDefinition.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or a change the program's applications forbid")
    @APIResponse(responseCode = "428", description = "Neither If-Match nor version given")
    public Response update(@PathParam("programId") long programId,
            @Parameter(description = "The version read (the ETag of GET)") @HeaderParam("If-Match") String ifMatch,
            ProgramDefinition definition) {
        Long version = version(ifMatch);
        if (version == null && definition != null) {
            version = definition.version();
        }
        if (version == null) {
            throw new DomainException(ProgramFailure.VERSION_REQUIRED);
        }
        return current(programs.update(programId, version, definition));
    }

    @POST
    @Path("programs/{programId}/open")
    @Operation(summary = "Open a draft or closed program for submissions")
    public Response open(@PathParam("programId") long programId) {
        return current(programs.open(programId));
    }

    @POST
    @Path("programs/{programId}/close")
    @Operation(summary = "Close an open program to submissions")
    public Response close(@PathParam("programId") long programId) {
        return current(programs.close(programId));
    }

    @POST
    @Path("programs/{programId}/deadline")
    @Operation(summary = "Extend the submission deadline for everyone, with a reason")
    @APIResponse(responseCode = "422", description = "Not later than now and the current deadline, or no reason")
    public Response extendDeadline(@PathParam("programId") long programId, DeadlineExtension extension) {
        return current(programs.extendDeadline(programId, extension == null ? null : extension.deadline(),
                extension == null ? null : extension.reason()));
    }

    @GET
    @Path("program-templates")
    @Operation(summary = "The ready-made program templates, with their 2024 timelines")
    public List<ProgramTemplates.Template> templates() {
        return ProgramTemplates.all();
    }

    private Response created(Program p) {
        return Response.created(URI.create("/api/v1/programs/" + p.id)).entity(programs.definition(p))
                .tag(ProgramResource.etag(p)).build();
    }

    private Response current(Program p) {
        return Response.ok(programs.definition(p)).tag(ProgramResource.etag(p)).build();
    }

    /** {@code 3}, {@code "3"} or {@code W/"3"}; anything else is refused as unreadable. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "If-Match");
        }
    }
}
