package app.shortlist.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/** Advancement in the API: overrides across the cut line and the confirmation, as on the ranking page. */
@Path("/api/v1/rounds/{roundId}/advancement")
@Tag(name = "Rankings and advancement")
@Produces(MediaType.APPLICATION_JSON)
public class AdvancementResource {

    @Inject
    AdvancementService advancement;

    @Inject
    RankingViews views;

    @Inject
    RequestLanguage language;

    /** {@code selected}: true moves the entry in (the rule leaves it out), false moves it out. */
    public record OverrideBody(Long applicationId, Boolean selected, String reason) {
    }

    /** {@code version}: the round's version as last read (the ranking's {@code version}). */
    public record ConfirmBody(Long version) {
    }

    @POST
    @Path("overrides")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an entry across the cut line, with a reason (the round must be closed); "
            + "answers the ranking as it now stands")
    public RankingView override(@PathParam("roundId") long roundId, OverrideBody body) {
        if (body == null || body.applicationId() == null || body.selected() == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "applicationId, selected");
        }
        advancement.override(roundId, body.applicationId(), body.selected(), body.reason());
        return views.view(roundId, language.get());
    }

    @DELETE
    @Path("overrides/{applicationId}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Remove an entry's override: the rule decides for it again (optional ?reason=)")
    public RankingView removeOverride(@PathParam("roundId") long roundId,
            @PathParam("applicationId") long applicationId, @QueryParam("reason") String reason) {
        advancement.removeOverride(roundId, applicationId, reason);
        return views.view(roundId, language.get());
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm who goes on (the round must be closed; 409 when the version is stale): freezes the "
            + "ranking, decides every entry, moves the selected into the next round and notifies the applicants")
    public RankingView confirm(@PathParam("roundId") long roundId, ConfirmBody body) {
        if (body == null || body.version() == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "version");
        }
        advancement.confirm(roundId, body.version());
        return views.view(roundId, language.get());
    }
}
