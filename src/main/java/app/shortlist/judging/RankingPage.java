package app.shortlist.judging;

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

import org.jboss.resteasy.reactive.RestForm;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The admin's ranking page: the ranking with the rule's cut line, overrides across it, and the
 * confirmation; after confirmation the frozen snapshot, read-only.
 */
@Path("/admin/rounds/{roundId}/ranking")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class RankingPage {

    @CheckedTemplate(basePath = "ranking")
    static class Templates {
        static native TemplateInstance page(RankingView view, String failure, OverrideForm form);
    }

    /** A refused override form: which row, the reason as typed, and why it was refused. */
    @io.quarkus.qute.TemplateData
    public record OverrideForm(Long applicationId, String reason, String message) {
        static final OverrideForm NONE = new OverrideForm(null, null, null);

        public boolean isFor(long id) {
            return applicationId != null && applicationId == id;
        }

        public String reasonFor(long id) {
            return isFor(id) && reason != null ? reason : "";
        }
    }

    @Inject
    RankingViews views;

    @Inject
    AdvancementService advancement;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance show(@PathParam("roundId") long roundId) {
        return Templates.page(views.view(roundId, language.get()), null, OverrideForm.NONE);
    }

    @POST
    @Path("override")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response override(@PathParam("roundId") long roundId, @RestForm Long applicationId,
            @RestForm boolean selected, @RestForm String reason) {
        if (applicationId == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "applicationId");
        }
        try {
            advancement.override(roundId, applicationId, selected, reason);
            return done(roundId, messages().done_override());
        } catch (DomainException e) {
            return refused(roundId, e, applicationId, reason);
        }
    }

    @POST
    @Path("override/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeOverride(@PathParam("roundId") long roundId, @RestForm Long applicationId,
            @RestForm String reason) {
        if (applicationId == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "applicationId");
        }
        try {
            advancement.removeOverride(roundId, applicationId, reason);
            return done(roundId, messages().done_override_removed());
        } catch (DomainException e) {
            return refused(roundId, e, applicationId, reason);
        }
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("roundId") long roundId, @RestForm Long version) {
        if (version == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "version");
        }
        try {
            AdvancementService.Confirmed c = advancement.confirm(roundId, version);
            return done(roundId, messages().done_confirmed(c.selected(), c.total()));
        } catch (DomainException e) {
            return refused(roundId, e, null, null);
        }
    }

    private Response refused(long roundId, DomainException e, Long row, String reason) {
        Lang lang = language.get();
        RankingView view = views.view(roundId, lang); // no such round, or not a scoring one: refused as a page of its own
        boolean inRow = row != null && view.groups().stream().flatMap(g -> g.rows().stream())
                .anyMatch(r -> r.applicationId() == row && !r.overridden());
        OverrideForm form = inRow ? new OverrideForm(row, reason, e.message(lang)) : OverrideForm.NONE;
        return Response.status(e.failure().status())
                .entity(Templates.page(view, e.message(lang), form)).build();
    }

    private Response done(long roundId, String message) {
        return Flash.redirect("/admin/rounds/" + roundId + "/ranking", message);
    }

    private RankingMsg messages() {
        return RankingViews.messages(language.get());
    }
}
