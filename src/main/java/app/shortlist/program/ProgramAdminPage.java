package app.shortlist.program;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.program.ProgramDefinition.LongText;
import app.shortlist.program.ProgramDefinition.Text;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The admin's program pages: the list, a program's overview with its calendar actions, and the editor. */
@Path("/admin/programs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ProgramAdminPage {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @CheckedTemplate(basePath = "program")
    static class Templates {
        static native TemplateInstance admin_list(List<Row> programs, List<TemplateChoice> templates);

        static native TemplateInstance admin_overview(Overview program, String failure,
                DeadlineForm deadlineForm, FormErrors errors);

        static native TemplateInstance admin_edit(EditPage page, ProgramForm form, FormErrors errors, String failure);
    }

    public record Row(long id, String code, String name, String kind, String status, String deadline, String counts) {
    }

    public record TemplateChoice(String id, String title) {
    }

    public record Overview(long id, String code, String name, String kind, String status, String organiser,
            String opensAt, String deadline, String allowMultiple, String asksEnterprise, String applicantsSeeScores, String counts,
            boolean canOpen, boolean canClose, boolean canExtend, ProgramViews.Structure structure) {
    }

    public record EditPage(long id, String name, String kind, String status, boolean codeEditable) {
    }

    /** The extend-deadline form as submitted. */
    public record DeadlineForm(@RestForm String deadline, @RestForm String reason) {
        static DeadlineForm empty() {
            return new DeadlineForm(null, null);
        }
    }

    /** The editor's form: the program's own settings as typed, and its structure as JSON. */
    public record ProgramForm(@RestForm long version, @RestForm String code, @RestForm String nameZh,
            @RestForm String nameEn, @RestForm String organiserZh, @RestForm String organiserEn,
            @RestForm String descriptionZh, @RestForm String descriptionEn, @RestForm String opensAt,
            @RestForm String submissionDeadline, @RestForm boolean allowMultiple, @RestForm boolean asksEnterprise,
            @RestForm boolean applicantsSeeScores, @RestForm String structure) {
    }

    /** Messages by form input name, and the structure's problems by path. */
    public record FormErrors(Map<String, String> fields, List<String> structure) {
        static FormErrors none() {
            return new FormErrors(Map.of(), List.of());
        }

        public boolean has(String field) {
            return fields.containsKey(field);
        }

        public String of(String field) {
            return fields.get(field);
        }

        public boolean any() {
            return !fields.isEmpty() || !structure.isEmpty();
        }
    }

    @Inject
    ProgramService programs;

    @Inject
    RequestLanguage language;

    @Inject
    ObjectMapper json;

    @GET
    public TemplateInstance list() {
        Lang lang = language.get();
        ProgramMsg msg = ProgramViews.messages(lang);
        Map<Long, Map<String, Long>> counts = programs.applicationCounts();
        List<Row> rows = Program.<Program> listAll(Sort.descending("createdAt").and("id")).stream()
                .map(p -> new Row(p.id, p.code, p.name.in(lang), p.kind.label().in(lang), p.status.label().in(lang),
                        Dates.format(p.submissionDeadline), counts(msg, counts.get(p.id))))
                .toList();
        List<TemplateChoice> templates = ProgramTemplates.all().stream()
                .map(t -> new TemplateChoice(t.id(), t.title().localized().in(lang))).toList();
        return Templates.admin_list(rows, templates);
    }

    @POST
    @Path("from-template")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fromTemplate(@RestForm String template) {
        Program p = programs.createFromTemplate(template);
        return done(p.id, ProgramMsg::done_created);
    }

    @GET
    @Path("{programId}")
    public TemplateInstance overview(@PathParam("programId") long programId) {
        return overviewPage(programId, null, DeadlineForm.empty(), FormErrors.none());
    }

    @POST
    @Path("{programId}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("programId") long programId) {
        try {
            programs.open(programId);
            return done(programId, ProgramMsg::done_opened);
        } catch (DomainException e) {
            return refusedOnOverview(programId, e, DeadlineForm.empty());
        }
    }

    @POST
    @Path("{programId}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("programId") long programId) {
        try {
            programs.close(programId);
            return done(programId, ProgramMsg::done_closed);
        } catch (DomainException e) {
            return refusedOnOverview(programId, e, DeadlineForm.empty());
        }
    }

    @POST
    @Path("{programId}/deadline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extendDeadline(@PathParam("programId") long programId, @BeanParam DeadlineForm form) {
        Lang lang = language.get();
        Instant deadline;
        try {
            deadline = parse(form.deadline());
        } catch (DateTimeParseException e) {
            Map<String, String> errors = Map.of("deadline", ProgramViews.messages(lang).invalid_date());
            return Response.status(422).entity(overviewPage(programId, null, form,
                    new FormErrors(errors, List.of()))).build();
        }
        try {
            programs.extendDeadline(programId, deadline, form.reason());
            return done(programId, ProgramMsg::done_extended);
        } catch (DomainException e) {
            return refusedOnOverview(programId, e, form);
        }
    }

    @GET
    @Path("{programId}/edit")
    public TemplateInstance edit(@PathParam("programId") long programId) {
        Program p = Program.require(programId);
        ProgramDefinition d = programs.definition(p);
        ProgramForm form = new ProgramForm(p.version, p.code, d.name().zh(), d.name().en(),
                d.organiser() == null ? "" : d.organiser().zh(), d.organiser() == null ? "" : d.organiser().en(),
                d.description() == null ? "" : d.description().zh(),
                d.description() == null ? "" : d.description().en(), format(p.opensAt),
                format(p.submissionDeadline), p.allowMultiple, p.asksEnterprise, p.applicantsSeeScores,
                toJson(d.structure()));
        return Templates.admin_edit(editPage(p), form, FormErrors.none(), null);
    }

    @POST
    @Path("{programId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("programId") long programId, @BeanParam ProgramForm form) {
        Program p = Program.require(programId);
        Lang lang = language.get();
        ProgramMsg msg = ProgramViews.messages(lang);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant opensAt = null;
        Instant deadline = null;
        try {
            opensAt = parse(form.opensAt());
        } catch (DateTimeParseException e) {
            errors.put("opensAt", msg.invalid_date());
        }
        try {
            deadline = parse(form.submissionDeadline());
        } catch (DateTimeParseException e) {
            errors.put("submissionDeadline", msg.invalid_date());
        }
        ProgramDefinition.Structure structure = null;
        try {
            structure = json.readValue(form.structure() == null || form.structure().isBlank() ? "{}"
                    : form.structure(), ProgramDefinition.Structure.class);
        } catch (JsonProcessingException e) {
            errors.put("structure", DefinitionProblem.JSON.message(lang,
                    Map.of("detail", e.getOriginalMessage() + location(e))));
        }
        ProgramDefinition d = new ProgramDefinition(p.id, form.version(), p.status,
                form.code() == null ? p.code : form.code(), p.kind,
                new Text(form.nameZh(), form.nameEn()), new Text(form.organiserZh(), form.organiserEn()),
                new LongText(form.descriptionZh(), form.descriptionEn()), opensAt, deadline, form.allowMultiple(),
                form.asksEnterprise(), form.applicantsSeeScores(), null, null, null, null, null, null, null)
                .withStructure(structure != null ? structure : programs.definition(p).structure());
        if (!errors.isEmpty()) {
            // Show every problem at once, those of the other fields too; nothing is written.
            programs.validate(d).forEach(errors::putIfAbsent);
            return Response.status(422).entity(Templates.admin_edit(editPage(p), form, formErrors(errors),
                    msg.errors_title())).build();
        }
        try {
            programs.update(programId, form.version(), d);
            return done(programId, ProgramMsg::done_saved);
        } catch (DomainException e) {
            return Response.status(e.failure().status()).entity(Templates.admin_edit(editPage(p), form,
                    formErrors(e.fieldErrors()), e.message(lang))).build();
        }
    }

    // --- helpers ---------------------------------------------------------------------

    private TemplateInstance overviewPage(long programId, String failure, DeadlineForm form,
            FormErrors errors) {
        Program p = Program.require(programId);
        Lang lang = language.get();
        ProgramMsg msg = ProgramViews.messages(lang);
        Overview o = new Overview(p.id, p.code, p.name.in(lang), p.kind.label().in(lang), p.status.label().in(lang),
                ProgramViews.text(p.organiser, lang), Dates.format(p.opensAt), Dates.format(p.submissionDeadline),
                p.allowMultiple ? msg.yes() : msg.no(), p.asksEnterprise ? msg.yes() : msg.no(),
                p.applicantsSeeScores ? msg.yes() : msg.no(),
                counts(msg, programs.applicationCounts().get(p.id)),
                p.status == ProgramStatus.DRAFT || p.status == ProgramStatus.CLOSED, p.status == ProgramStatus.OPEN,
                p.status != ProgramStatus.ARCHIVED, ProgramViews.structure(p, ProgramParts.load(p.id), lang));
        return Templates.admin_overview(o, failure, form, errors);
    }

    private Response refusedOnOverview(long programId, DomainException e, DeadlineForm form) {
        if (e.failure() == CommonFailure.NOT_FOUND) {
            throw e;
        }
        Lang lang = language.get();
        return Response.status(e.failure().status()).entity(overviewPage(programId, e.message(lang), form,
                new FormErrors(e.fieldErrors(), List.of()))).build();
    }

    /** Service paths to form inputs: {@code name.zh} → {@code nameZh}; the structure's paths stay together. */
    private static FormErrors formErrors(Map<String, String> fieldErrors) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> structure = new java.util.ArrayList<>();
        fieldErrors.forEach((path, message) -> {
            String input = switch (path) {
                case "code", "opensAt", "submissionDeadline", "structure" -> path;
                case "name", "name.zh" -> "nameZh";
                case "name.en" -> "nameEn";
                case "organiser", "organiser.zh" -> "organiserZh";
                case "organiser.en" -> "organiserEn";
                case "description", "description.zh" -> "descriptionZh";
                case "description.en" -> "descriptionEn";
                default -> null;
            };
            if (input != null) {
                fields.putIfAbsent(input, message);
            } else {
                structure.add(path + ": " + message);
            }
        });
        return new FormErrors(fields, structure);
    }

    private EditPage editPage(Program p) {
        Lang lang = language.get();
        return new EditPage(p.id, p.name.in(lang), p.kind.label().in(lang), p.status.label().in(lang),
                p.status == ProgramStatus.DRAFT);
    }

    /** Post/Redirect/Get to the overview, with the confirmation for the next page. */
    private Response done(long programId, java.util.function.Function<ProgramMsg, String> message) {
        return Flash.redirect("/admin/programs/" + programId, message.apply(ProgramViews.messages(language.get())));
    }

    private static String counts(ProgramMsg msg, Map<String, Long> byStatus) {
        Map<String, Long> c = byStatus == null ? Map.of() : byStatus;
        return msg.counts(c.getOrDefault("SUBMITTED", 0L), c.getOrDefault("DRAFT", 0L),
                c.getOrDefault("RETURNED", 0L), c.getOrDefault("WITHDRAWN", 0L));
    }

    /** A datetime-local value, read as China time; blank is no date. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LocalDateTime.parse(value.strip(), INPUT).atZone(Dates.ZONE).toInstant();
    }

    static String format(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(Dates.ZONE));
    }

    private String toJson(ProgramDefinition.Structure structure) {
        try {
            return json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                    .writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(structure);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ")";
    }
}
