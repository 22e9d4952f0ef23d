package app.shortlist.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * One result list for the admin: the draft with budgets used / left, amounts, rows removed or added
 * with a reason, publication (first, correction, final), versions, and the objections to resolve.
 */
@Path("/admin/results/{listId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ResultListAdminPage {

    @CheckedTemplate(basePath = "results")
    static class Templates {
        static native TemplateInstance admin_list(ResultViews.DraftView view, String failure);
    }

    @Inject
    ResultListService service;

    @Inject
    ObjectionService objections;

    @Inject
    ResultViews views;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance show(@PathParam("listId") long listId) {
        return Templates.admin_list(views.draft(listId, language.get()), null);
    }

    @POST
    @Path("rows/{applicationId}/amount")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amount(@PathParam("listId") long listId, @PathParam("applicationId") long applicationId,
            @RestForm String amount, @RestForm String award, @RestForm String reason) {
        return act(listId, () -> service.setAmount(listId, applicationId, ResultPages.amount(amount), award, reason),
                msg().flash_amount());
    }

    @POST
    @Path("rows/{applicationId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("listId") long listId, @PathParam("applicationId") long applicationId,
            @RestForm String reason) {
        return act(listId, () -> service.removeRow(listId, applicationId, reason), msg().flash_removed());
    }

    @POST
    @Path("rows/add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("listId") long listId, @RestForm Long applicationId, @RestForm String reason) {
        return act(listId, () -> {
            if (applicationId == null) {
                throw new DomainException(CommonFailure.INVALID_INPUT, "applicationId");
            }
            service.addRow(listId, applicationId, reason);
        }, msg().flash_added());
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("listId") long listId, @RestForm String noticeStartsAt,
            @RestForm String noticeEndsAt, @RestForm String changeNote, @RestForm boolean finalList) {
        return act(listId, () -> service.publish(listId, ResultPages.instant(noticeStartsAt, "noticeStartsAt"),
                ResultPages.instant(noticeEndsAt, "noticeEndsAt"), changeNote, finalList), msg().flash_published());
    }

    @POST
    @Path("objections/{objectionId}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("listId") long listId, @PathParam("objectionId") long objectionId,
            @RestForm String outcome, @RestForm String text) {
        return act(listId, () -> objections.resolve(listId, objectionId,
                "UPHELD".equals(outcome) ? ObjectionStatus.UPHELD
                        : "DISMISSED".equals(outcome) ? ObjectionStatus.DISMISSED : null, text),
                msg().flash_resolved());
    }

    @GET
    @Path("objections/{objectionId}/evidence")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response evidence(@PathParam("listId") long listId, @PathParam("objectionId") long objectionId) {
        Objection o = Objection.findById(objectionId);
        if (o == null || o.listId != listId) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return ObjectionService.evidence(o);
    }

    private Response act(long listId, Runnable change, String done) {
        Lang lang = language.get();
        try {
            change.run();
            return Flash.redirect("/admin/results/" + listId, done);
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status())
                    .entity(Templates.admin_list(views.draft(listId, lang), e.message(lang))).build();
        }
    }

    private ResultsMsg msg() {
        return ResultPages.msg(language.get());
    }
}
