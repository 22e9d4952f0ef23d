package app.shortlist.funding;

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

import app.shortlist.account.Role;
import app.shortlist.program.Program;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** Which recommender acts for which unit of a program (admins): list, bind, unbind. */
@Path("/api/v1/programs/{programId}/unit-members")
@Tag(name = "Recommendation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class UnitMemberResource {

    @Schema(name = "UnitMember")
    public record MemberView(long id, long unitId, String unitZh, String unitEn, String username, String email,
            Instant createdAt, String createdBy) {
        static MemberView of(UnitMember m) {
            return new MemberView(m.id, m.unit.id, m.unit.name.zh, m.unit.name.en, m.username, m.email, m.createdAt,
                    m.createdBy);
        }
    }

    @Schema(name = "UnitMemberBind")
    public record BindBody(@Schema(required = true) Long unitId,
            @Schema(required = true, description = "The recommender's Keycloak username") String username,
            @Schema(description = "Where the province's messages go") String email) {
    }

    @Inject
    UnitMemberService service;

    @GET
    @Transactional
    @Operation(summary = "The program's recommenders and their units")
    public List<MemberView> list(@PathParam("programId") long programId) {
        if (Program.findById(programId) == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return UnitMember.<UnitMember>list("program.id = ?1 order by unit.position, username", programId).stream()
                .map(MemberView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bind a recommender to one unit of the program (one unit per person and program)")
    public Response bind(@PathParam("programId") long programId, BindBody body) {
        UnitMember m = service.bind(programId, body == null ? null : body.unitId(), body == null ? null : body.username(),
                body == null ? null : body.email());
        return Response.status(201).entity(read(m.id)).build();
    }

    @DELETE
    @Path("{memberId}")
    @Operation(summary = "Unbind a recommender")
    public Response unbind(@PathParam("programId") long programId, @PathParam("memberId") long memberId) {
        service.unbind(programId, memberId);
        return Response.noContent().build();
    }

    @Transactional
    MemberView read(long id) {
        return MemberView.of(UnitMember.findById(id));
    }
}
