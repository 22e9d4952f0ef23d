package app.shortlist.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;
import app.shortlist.application.Application;
import app.shortlist.application.ApplicationForm;
import app.shortlist.application.Attachment;
import app.shortlist.application.FormView;
import app.shortlist.i18n.Lang;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.FormField;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.Failure;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** One entry of a screening round: the application, its flags, the checklist and the three decisions. */
@Path("/screening/entries/{entryId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN, Role.SCREENER })
public class ScreeningEntryPage {

    @CheckedTemplate(basePath = "screening")
    static class Templates {
        static native TemplateInstance entry(EntryPage page, FormView form);
    }

    @TemplateData
    public record EntryPage(long entryId, long version, long roundId, String round, String program, long applicationId,
            String reference, String state, String stateLabel, String decided, String reasonLine, boolean canPass,
            boolean canReject, boolean canReturn, boolean redecide, String notDecidable,
            List<ScreeningViews.FlagView> flags, List<Check> checklist, List<FormView.Option> reasons,
            Typed typed, String error, String errorField, String errorLabel) {
    }

    /** A checklist item as a checkbox. */
    @TemplateData
    public record Check(long id, String label, boolean checked) {
    }

    /** What the screener typed, shown again after a refusal. */
    @TemplateData
    public record Typed(String note, String reasonId, String text, String message, String until) {
        static final Typed NONE = new Typed(null, null, null, null, null);
    }

    @Inject
    ScreeningService service;

    @Inject
    ScreeningChecks checks;

    @Inject
    ApplicationForm form;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance view(@PathParam("entryId") long entryId) {
        return render(entryId, null, Typed.NONE, null, null);
    }

    @POST
    @Path("pass")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pass(@PathParam("entryId") long entryId, @FormParam("version") @DefaultValue("-1") long version,
            @FormParam("check") List<Long> checklist, @FormParam("note") String note) {
        Typed typed = new Typed(note, null, null, null, null);
        try {
            RoundEntry e = service.pass(entryId, checklist, note, version);
            return done(e, ScreeningViews.msg(language.get()).flash_passed(reference(e)));
        } catch (DomainException ex) {
            return refused(entryId, Set.copyOf(checklist == null ? List.of() : checklist), typed, ex);
        }
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("entryId") long entryId, @FormParam("version") @DefaultValue("-1") long version,
            @FormParam("reasonId") String reasonId, @FormParam("text") String text) {
        Typed typed = new Typed(null, reasonId, text, null, null);
        try {
            RoundEntry e = service.reject(entryId, null, ScreeningQueuePage.parseLong(reasonId), text, version);
            return done(e, ScreeningViews.msg(language.get()).flash_rejected(reference(e)));
        } catch (DomainException ex) {
            return refused(entryId, null, typed, ex);
        }
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnForCorrection(@PathParam("entryId") long entryId,
            @FormParam("version") @DefaultValue("-1") long version, @FormParam("message") String message,
            @FormParam("until") String until) {
        Typed typed = new Typed(null, null, null, message, until);
        Instant end;
        try {
            end = until == null || until.isBlank() ? null
                    : LocalDate.parse(until.strip()).plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return Response.status(422)
                    .entity(reshow(entryId, null, typed, ScreeningViews.msg(language.get()).date_invalid(), "ret-until"))
                    .build();
        }
        try {
            RoundEntry e = service.returnForCorrection(entryId, message, end, version);
            return done(e, ScreeningViews.msg(language.get()).flash_returned(reference(e)));
        } catch (DomainException ex) {
            return refused(entryId, null, typed, ex);
        }
    }

    private Response done(RoundEntry e, String message) {
        return Flash.redirect("/screening/entries/" + e.id, message);
    }

    private Response refused(long entryId, Set<Long> checked, Typed typed, DomainException e) {
        if (e.failure() == CommonFailure.NOT_FOUND) {
            throw e;
        }
        return Response.status(e.failure().status())
                .entity(reshow(entryId, checked, typed, e.message(language.get()), fieldOf(e.failure()))).build();
    }

    /** The input a refusal is about (its id in entry.html), so the summary can link to it; null for none. */
    static String fieldOf(Failure f) {
        if (f == ScreeningFailure.REDECIDE_REASON_REQUIRED) {
            return "pass-note";
        } else if (f == ScreeningFailure.CHECKLIST_INCOMPLETE) {
            return "pass-checklist";
        } else if (f == ScreeningFailure.REJECT_REASON_REQUIRED) {
            return "rej-reason";
        } else if (f == ScreeningFailure.MESSAGE_REQUIRED) {
            return "ret-message";
        } else if (f == ScreeningFailure.CORRECTION_DEADLINE_INVALID) {
            return "ret-until";
        }
        return null;
    }

    private static String labelOf(String field, ScreeningMsg msg) {
        return field == null ? null : switch (field) {
            case "pass-note" -> msg.redecide_note();
            case "pass-checklist" -> msg.checklist_title();
            case "rej-reason" -> msg.reject_reason();
            case "ret-message" -> msg.return_message();
            default -> msg.return_until();
        };
    }

    @Transactional
    String reference(RoundEntry e) {
        return Application.<Application>findById(e.application.id).reference;
    }

    @Transactional
    TemplateInstance reshow(long entryId, Set<Long> checked, Typed typed, String error, String errorField) {
        return render(entryId, checked, typed, error, errorField);
    }

    private TemplateInstance render(long entryId, Set<Long> checked, Typed typed, String error, String errorField) {
        RoundEntry e = RoundEntry.findById(entryId);
        if (e == null || !e.round.isScreening()) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Lang lang = language.get();
        Round round = e.round;
        Application a = e.application;
        List<FormField> fields = FormField.forProgram(a.program.id);
        FormView view = FormView.build(a.program, fields, form.values(a), Map.of(), Attachment.forApplication(a.id),
                ScreeningViews.app(lang), lang, form);
        Map<String, String> labels = ScreeningViews.fieldLabels(fields, lang);
        List<ScreeningViews.FlagView> flags = ScreeningViews.flags(checks.flags(a.program, List.of(a.id), ScreeningChecks.NAMED_ON_ENTRY).get(a.id),
                labels, lang);

        Set<Long> ticked = checked != null ? checked : ScreeningService.checklistOf(e);
        List<Check> checklist = ChecklistItem.<ChecklistItem>list("program.id = ?1 order by position, id", a.program.id)
                .stream().map(i -> new Check(i.id, i.name.in(lang), ticked.contains(i.id))).toList();
        List<RejectReason> reasons = RejectReason.list("program.id = ?1 order by position, id", a.program.id);
        String chosen = typed.reasonId() != null ? typed.reasonId() : e.reasonId == null ? null : e.reasonId.toString();
        List<FormView.Option> reasonOptions = reasons.stream()
                .map(r -> new FormView.Option(r.id.toString(), r.name.in(lang), r.id.toString().equals(chosen))).toList();
        RejectReason given = reasons.stream().filter(r -> r.id.equals(e.reasonId)).findFirst().orElse(null);

        boolean open = round.state == RoundState.OPEN;
        boolean redecide = open && e.state.isDecided() && currentUser.hasRole(Role.ADMIN);
        boolean canDecide = open && (e.state == EntryState.WAITING || redecide);
        boolean canReturn = open && e.state == EntryState.WAITING;
        ScreeningMsg msg = ScreeningViews.msg(lang);
        boolean shown = e.state != EntryState.WAITING; // a resubmitted entry waits afresh
        String decided = !shown || e.decidedBy == null ? null : msg.decided_by(e.decidedBy, Dates.format(e.decidedAt));
        String reasonLine = shown ? ScreeningService.describe(given, e.reasonText, lang) : null;
        return Templates.entry(new EntryPage(e.id, e.version, round.id, round.name.in(lang), a.program.name.in(lang),
                a.id, a.reference, e.state.name(), e.state.label().in(lang), decided, reasonLine, canDecide, canDecide,
                canReturn, redecide,
                canDecide || canReturn ? null : msg.not_decidable(e.state.label().in(lang), round.state.label().in(lang)),
                flags, checklist, reasonOptions, typed, error, errorField, labelOf(errorField, msg)), view);
    }
}
