package app.shortlist.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import app.shortlist.account.Role;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;

/** The admin's reopening of a submitted scorecard, from the round's scorecard view. */
@Path("/admin/scorecards")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ScorecardAdminPage {

    @Inject
    ScorecardService service;

    @Inject
    RoundScorecardsPage scorecards;

    @Inject
    RequestLanguage language;

    record Where(long roundId, long applicationId) {
    }

    @POST
    @Path("{scorecardId}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("scorecardId") long scorecardId, @FormParam("reason") String reason) {
        Where where = where(scorecardId);
        String back = "/admin/rounds/" + where.roundId() + "/scorecards?application=" + where.applicationId();
        try {
            service.reopen(scorecardId, reason);
            return Flash.redirect(back, MessageBundles.get(ScorecardMsg.class,
                    Localized.Literal.of(language.get().tag())).flash_reopened());
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status()).entity(scorecards.view(where.roundId(), where.applicationId(), 0,
                    scorecardId, e.message(language.get()))).build();
        }
    }

    @Transactional
    Where where(long scorecardId) {
        Scorecard c = Scorecard.findById(scorecardId);
        if (c == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return new Where(c.roundId, c.applicationId);
    }
}
