package app.shortlist.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.notification.Notification;
import app.shortlist.program.FormField;
import app.shortlist.program.Round;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The applicant's pages: start, fill, upload, submit, follow, withdraw. Every
 * change goes through {@link ApplicationService}; a refused form is shown again
 * with what was typed and a message next to each field.
 */
@Path("/applications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.APPLICANT)
public class ApplicationPageResource {

    @CheckedTemplate(basePath = "application")
    static class Templates {
        static native TemplateInstance mine(List<Row> rows);

        static native TemplateInstance edit(Head head, FormView form, String formError);

        static native TemplateInstance status(Head head, List<Stage> stages, List<Message> messages);

        static native TemplateInstance withdraw(Head head);
    }

    @TemplateData
    public record Row(long id, String program, String project, String reference, String status, String statusLabel,
            String updated) {
    }

    @TemplateData
    public record Head(long id, long programId, String program, String reference, String status, String statusLabel,
            String project, long version, String editableUntil, boolean editable, boolean withdrawable,
            String correctionMessage, String submittedAt) {
    }

    @TemplateData
    public record Stage(String name, String dates, String state) {
    }

    @TemplateData
    public record Message(String when, String subject, String body) {
    }

    @Inject
    ApplicationService service;

    @Inject
    ApplicationAccess access;

    @Inject
    AttachmentStore store;

    @Inject
    ApplicationForm form;

    @Inject
    RequestLanguage language;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance mine() {
        Lang lang = language.get();
        List<Row> rows = MyApplications.withProgramNames(access.currentSubject()).stream()
                .map(m -> new Row(m.id(), new app.shortlist.i18n.LocalizedText(m.programZh(), m.programEn()).in(lang),
                        m.projectName() == null ? msg().untitled() : m.projectName(), m.reference(), m.status().name(),
                        m.status().label().in(lang), Dates.format(m.updatedAt())))
                .toList();
        return Templates.mine(rows);
    }

    @GET
    @Path("{applicationId}/edit")
    @Transactional
    public TemplateInstance edit(@PathParam("applicationId") long id) {
        Application a = owned(id);
        return editPage(a, form.values(a), Map.of(), null);
    }

    /** Save the draft, or save and submit: the button pressed decides. */
    @POST
    @Path("{applicationId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("applicationId") long id, MultivaluedMap<String, String> formData) {
        Lang lang = language.get();
        Map<String, String> values = valuesOf(formData);
        long version = parseVersion(formData.getFirst("version"));
        boolean submit = "submit".equals(formData.getFirst("action"));
        try {
            service.saveDraft(id, version, values, lang);
            if (submit) {
                Application a = Submissions.submit(service, id, null, lang);
                return Flash.redirect("/applications/" + id, msg().flash_submitted(a.reference));
            }
            return Flash.redirect("/applications/" + id + "/edit", msg().flash_saved());
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status()).entity(reshow(id, values, e)).build();
        }
    }

    @POST
    @Path("{applicationId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("applicationId") long id, @jakarta.ws.rs.QueryParam("field") String field,
            @RestForm("file") FileUpload file) {
        try {
            Upload upload = file == null || file.uploadedFile() == null ? null : store.receive(file.uploadedFile());
            Attachment att = service.upload(id, field, file == null ? null : file.fileName(), upload);
            return Flash.redirect("/applications/" + id + "/edit#" + "f-" + field, msg().flash_uploaded(att.fileName));
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND || e.failure() == ApplicationFailure.UNKNOWN_FILE_FIELD) {
                throw e;
            }
            // announced like any refused form: the summary, linking to the file input
            String message = e.message(language.get());
            return Response.status(e.failure().status())
                    .entity(reshowWithErrors(id, null, Map.of(field, message), message)).build();
        }
    }

    @POST
    @Path("{applicationId}/attachments/{attachmentId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteAttachment(@PathParam("applicationId") long id, @PathParam("attachmentId") long attachmentId) {
        service.deleteAttachment(id, attachmentId);
        return Flash.redirect("/applications/" + id + "/edit", msg().flash_deleted());
    }

    @GET
    @Path("{applicationId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Role.APPLICANT, Role.ADMIN, Role.SCREENER, Role.RECOMMENDER })
    @Transactional
    public Response download(@PathParam("applicationId") long id, @PathParam("attachmentId") long attachmentId) {
        return Downloads.attachment(store, access.readable(id), attachmentId);
    }

    @GET
    @Path("{applicationId}")
    @Transactional
    public TemplateInstance status(@PathParam("applicationId") long id) {
        Application a = owned(id);
        Lang lang = language.get();
        List<Stage> stages = new java.util.ArrayList<>();
        boolean submitted = a.submittedAt != null;
        stages.add(new Stage(msg().status_submission(), Dates.format(a.program.submissionDeadline),
                submitted ? "passed" : "current"));
        for (Round r : Round.<Round> list("program.id = ?1 order by position", a.program.id)) {
            String dates = r.startsAt == null ? "" : Dates.format(r.startsAt) + (r.endsAt == null ? "" : " – " + Dates.format(r.endsAt));
            stages.add(new Stage(r.name.in(lang), dates, "upcoming"));
        }
        List<Message> messages = Notification.forApplication(a.id).stream()
                .map(n -> new Message(Dates.format(n.createdAt), n.subject, n.body)).toList();
        return Templates.status(head(a), stages, messages);
    }

    @GET
    @Path("{applicationId}/withdraw")
    @Transactional
    public TemplateInstance confirmWithdraw(@PathParam("applicationId") long id) {
        return Templates.withdraw(head(owned(id)));
    }

    @POST
    @Path("{applicationId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("applicationId") long id) {
        service.withdraw(id);
        return Flash.redirect("/applications/" + id, msg().flash_withdrawn());
    }

    // --- helpers ---------------------------------------------------------------------

    @Transactional
    TemplateInstance reshow(long id, Map<String, String> typed, DomainException e) {
        String formError = e.message(language.get());
        return reshowWithErrors(id, typed, e.fieldErrors(), formError);
    }

    @Transactional
    TemplateInstance reshowWithErrors(long id, Map<String, String> typed, Map<String, String> errors, String formError) {
        Application a = owned(id);
        return editPage(a, typed == null ? form.values(a) : typed, errors, formError);
    }

    private TemplateInstance editPage(Application a, Map<String, String> values, Map<String, String> errors,
            String formError) {
        Lang lang = language.get();
        List<FormField> fields = FormField.forProgram(a.program.id);
        FormView view = FormView.build(a.program, fields, values, errors, Attachment.forApplication(a.id), msg(), lang, form);
        return Templates.edit(head(a), view, formError);
    }

    private Head head(Application a) {
        return head(a, language.get(), Instant.now(clock));
    }

    static Head head(Application a, Lang lang, Instant now) {
        return new Head(a.id, a.program.id, a.program.name.in(lang), a.reference, a.status.name(),
                a.status.label().in(lang), a.projectName, a.version, Dates.format(a.editableUntil()),
                a.isEditableAt(now), a.status != ApplicationStatus.WITHDRAWN, a.correctionMessage,
                Dates.format(a.submittedAt));
    }

    private Application owned(long id) {
        Application a = access.readable(id);
        if (!access.isOwner(a)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return a;
    }

    /** Form fields named v.&lt;key&gt;; several values (check boxes) are joined with commas. */
    static Map<String, String> valuesOf(MultivaluedMap<String, String> formData) {
        Map<String, String> values = new LinkedHashMap<>();
        formData.forEach((name, list) -> {
            if (name.startsWith("v.") && list != null) {
                values.put(name.substring(2), String.join(",", list.stream().filter(v -> v != null && !v.isBlank()).toList()));
            }
        });
        return values;
    }

    private static long parseVersion(String version) {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException | NullPointerException e) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "version");
        }
    }

    private ApplicationMsg msg() {
        return MessageBundles.get(ApplicationMsg.class, Localized.Literal.of(language.get().tag()));
    }
}
