package app.shortlist.results;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/** A program's result lists in the API. */
@Path("/api/v1/programs/{programId}/result-lists")
@Tag(name = "Result lists and public notice")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ProgramResultListsResource {

    @Schema(name = "NewResultList", description = "A result list drafted from a confirmed round's ranking")
    public record NewList(@Schema(description = "The confirmed round whose selected lines make the list") Long roundId,
            String titleZh, String titleEn, @Schema(description = "TRACK or DIRECTION") Grouping grouping) {
    }

    @Inject
    ResultListService service;

    @Inject
    ResultViews views;

    @Inject
    RequestLanguage language;

    @GET
    @Operation(summary = "The program's result lists, with the latest published version of each")
    public List<ResultViews.ListLine> list(@PathParam("programId") long programId) {
        return views.ofProgram(programId, language.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a result list from a confirmed round's ranking: the selected projects in ranking "
            + "order, grouped per track or per support direction")
    public Response create(@PathParam("programId") long programId, NewList body) {
        if (body == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "body");
        }
        ResultList list = service.create(programId, body.roundId(), body.titleZh(), body.titleEn(), body.grouping());
        return Response.created(URI.create("/api/v1/result-lists/" + list.id))
                .entity(views.draft(list.id, language.get())).build();
    }
}
