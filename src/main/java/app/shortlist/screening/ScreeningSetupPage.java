package app.shortlist.screening;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** The admin's editor of a program's checklist and reject reasons: a textarea each, one item a line. */
@Path("/screening/programs/{programId}/setup")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ScreeningSetupPage {

    @CheckedTemplate(basePath = "screening")
    static class Templates {
        static native TemplateInstance setup(SetupPage page);
    }

    @TemplateData
    public record SetupPage(long programId, String program, String checklist, String reasons, String checklistError,
            String reasonsError) {
    }

    @Inject
    ScreeningSetupService setup;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("programId") long programId) {
        return page(programId, null, null, null, null);
    }

    @POST
    @Path("checklist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checklist(@PathParam("programId") long programId, @FormParam("text") String text) {
        try {
            int n = setup.saveChecklist(programId, text).size();
            return Flash.redirect(path(programId), ScreeningViews.msg(language.get()).flash_checklist_saved(n));
        } catch (DomainException e) {
            return refused(programId, e, text, null);
        }
    }

    @POST
    @Path("reasons")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reasons(@PathParam("programId") long programId, @FormParam("text") String text) {
        try {
            int n = setup.saveReasons(programId, text).size();
            return Flash.redirect(path(programId), ScreeningViews.msg(language.get()).flash_reasons_saved(n));
        } catch (DomainException e) {
            return refused(programId, e, null, text);
        }
    }

    private Response refused(long programId, DomainException e, String checklist, String reasons) {
        if (e.failure() == CommonFailure.NOT_FOUND) {
            throw e;
        }
        String message = e.message(language.get());
        return Response.status(e.failure().status()).entity(reshow(programId, checklist, reasons,
                checklist != null ? message : null, reasons != null ? message : null)).build();
    }

    @Transactional
    TemplateInstance reshow(long programId, String checklist, String reasons, String checklistError,
            String reasonsError) {
        return page(programId, checklist, reasons, checklistError, reasonsError);
    }

    private TemplateInstance page(long programId, String checklist, String reasons, String checklistError,
            String reasonsError) {
        Program p = Program.require(programId);
        Lang lang = language.get();
        String savedChecklist = ScreeningSetupService.asText(
                ChecklistItem.<ChecklistItem>list("program.id = ?1 order by position, id", programId));
        String savedReasons = ScreeningSetupService.asText(
                RejectReason.<RejectReason>list("program.id = ?1 order by position, id", programId));
        return Templates.setup(new SetupPage(programId, p.name.in(lang), checklist != null ? checklist : savedChecklist,
                reasons != null ? reasons : savedReasons, checklistError, reasonsError));
    }

    private static String path(long programId) {
        return "/screening/programs/" + programId + "/setup";
    }
}
