package app.shortlist.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

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
import app.shortlist.program.FormField;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Staff page: one application, read-only, with the admin's individual deadline extension. */
@Path("/admin/applications/{applicationId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN, Role.SCREENER })
public class ApplicationStaffPage {

    @CheckedTemplate(basePath = "application")
    static class Templates {
        static native TemplateInstance view(ApplicationPageResource.Head head, FormView form, String extensionError);
    }

    @Inject
    ApplicationService service;

    @Inject
    ApplicationAccess access;

    @Inject
    ApplicationForm form;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance view(@PathParam("applicationId") long applicationId) {
        return viewPage(access.readable(applicationId), null);
    }

    @POST
    @Path("extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN)
    public Response extend(@PathParam("applicationId") long applicationId, @FormParam("until") String until,
            @FormParam("reason") String reason) {
        try {
            Instant end = until == null || until.isBlank() ? null
                    : LocalDate.parse(until.strip()).plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
            service.grantExtension(applicationId, end, reason);
            return Flash.redirect("/admin/applications/" + applicationId, msg().flash_extended());
        } catch (DateTimeParseException e) {
            return Response.status(422).entity(reshow(applicationId, msg().extension_date_invalid())).build();
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status()).entity(reshow(applicationId, e.message(language.get()))).build();
        }
    }

    @Transactional
    TemplateInstance reshow(long applicationId, String error) {
        return viewPage(access.readable(applicationId), error);
    }

    private TemplateInstance viewPage(Application a, String extensionError) {
        Lang lang = language.get();
        List<FormField> fields = FormField.forProgram(a.program.id);
        FormView view = FormView.build(a.program, fields, form.values(a), Map.of(), Attachment.forApplication(a.id), msg(),
                lang, form);
        return Templates.view(ApplicationPageResource.head(a, lang, Instant.now()), view, extensionError);
    }

    private ApplicationMsg msg() {
        return MessageBundles.get(ApplicationMsg.class, Localized.Literal.of(language.get().tag()));
    }
}
