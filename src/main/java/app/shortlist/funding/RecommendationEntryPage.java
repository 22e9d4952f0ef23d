package app.shortlist.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

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
import app.shortlist.application.ApplicationMsg;
import app.shortlist.application.Attachment;
import app.shortlist.application.FormView;
import app.shortlist.i18n.Lang;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.FormField;
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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** One application in the unit's recommendation round: the recommender's opinion, recommend, order, return. */
@Path("/recommendation/entries/{entryId}")
@Produces(MediaType.TEXT_HTML)
public class RecommendationEntryPage {

    @CheckedTemplate(basePath = "funding")
    static class Templates {
        static native TemplateInstance entry(EntryPage page, FormView form);
    }

    @TemplateData
    public record EntryPage(long entryId, long unitId, String unit, String program, String round, long applicationId,
            String reference, String state, String stateLabel, String standing, Integer priority, int listSize,
            String opinion, long version, boolean editable, boolean canRecommend, boolean canReturn, String error,
            String typedMessage, String typedUntil, String errorField, String errorLabel) {
    }

    @Inject
    RecommendationService service;

    @Inject
    RecommendationAccess access;

    @Inject
    ApplicationForm form;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    @RolesAllowed({ Role.ADMIN, Role.RECOMMENDER })
    public TemplateInstance view(@PathParam("entryId") long entryId) {
        return render(entryId, null, null, null, null, null);
    }

    @POST
    @Path("opinion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.RECOMMENDER)
    public Response opinion(@PathParam("entryId") long entryId, @FormParam("version") @DefaultValue("-1") long version,
            @FormParam("opinion") String opinion, @FormParam("recommend") String recommend) {
        try {
            if (recommend != null) {
                Recommendation r = service.recommend(entryId, opinion == null ? "" : opinion, version);
                return Flash.redirect(here(entryId), msg().flash_recommended(reference(entryId), String.valueOf(r.priority)));
            }
            service.saveOpinion(entryId, opinion, version);
            return Flash.redirect(here(entryId), msg().flash_opinion(reference(entryId)));
        } catch (DomainException e) {
            return refused(entryId, e, opinion, null, null);
        }
    }

    @POST
    @Path("unrecommend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.RECOMMENDER)
    public Response unrecommend(@PathParam("entryId") long entryId,
            @FormParam("version") @DefaultValue("-1") long version) {
        try {
            service.unrecommend(entryId, version);
            return Flash.redirect(here(entryId), msg().flash_unrecommended(reference(entryId)));
        } catch (DomainException e) {
            return refused(entryId, e, null, null, null);
        }
    }

    /** Moves a recommended entry; from the unit's list (back=unit) the page returns there. */
    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.RECOMMENDER)
    public Response move(@PathParam("entryId") long entryId, @FormParam("position") @DefaultValue("0") int position,
            @FormParam("back") String back) {
        try {
            Recommendation r = service.move(entryId, position);
            String to = "unit".equals(back) ? "/recommendation/units/" + unitOf(entryId) + "#list" : here(entryId);
            return Flash.redirect(to, msg().flash_moved(reference(entryId), String.valueOf(r.priority)));
        } catch (DomainException e) {
            return refused(entryId, e, null, null, null);
        }
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.RECOMMENDER)
    public Response returnForCorrection(@PathParam("entryId") long entryId, @FormParam("message") String message,
            @FormParam("until") String until) {
        Instant end;
        try {
            end = until == null || until.isBlank() ? null
                    : LocalDate.parse(until.strip()).plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return Response.status(422).entity(reshow(entryId, msg().date_invalid(), "ret-until", null, message, until))
                    .build();
        }
        try {
            service.returnForCorrection(entryId, message, end);
            return Flash.redirect(here(entryId), msg().flash_returned(reference(entryId)));
        } catch (DomainException e) {
            return refused(entryId, e, null, message, until);
        }
    }

    private static String here(long entryId) {
        return "/recommendation/entries/" + entryId;
    }

    private FundingMsg msg() {
        return FundingViews.msg(language.get());
    }

    @Transactional
    String reference(long entryId) {
        return RoundEntry.<RoundEntry>findById(entryId).application.reference;
    }

    @Transactional
    long unitOf(long entryId) {
        return RoundEntry.<RoundEntry>findById(entryId).application.unit.id;
    }

    private Response refused(long entryId, DomainException e, String opinion, String message, String until) {
        if (e.failure() == CommonFailure.NOT_FOUND) {
            throw e;
        }
        return Response.status(e.failure().status())
                .entity(reshow(entryId, e.message(language.get()), fieldOf(e.failure()), opinion, message, until))
                .build();
    }

    /** The input a refusal is about (its id in entry.html), so the summary can link to it; null for none. */
    static String fieldOf(Failure f) {
        if (f == FundingFailure.MESSAGE_REQUIRED) {
            return "ret-message";
        } else if (f == FundingFailure.CORRECTION_DEADLINE_INVALID) {
            return "ret-until";
        }
        return null;
    }

    @Transactional
    TemplateInstance reshow(long entryId, String error, String errorField, String opinion, String message,
            String until) {
        return render(entryId, error, errorField, opinion, message, until);
    }

    private TemplateInstance render(long entryId, String error, String errorField, String typedOpinion,
            String message, String until) {
        RoundEntry e = access.visibleEntry(entryId);
        Lang lang = language.get();
        FundingMsg m = FundingViews.msg(lang);
        Application a = e.application;
        UnitView v = UnitView.of(a.unit);
        UnitView.Line line = v.entries().stream().filter(l -> l.entryId() == e.id).findFirst().orElse(null);
        Integer priority = line == null ? null : line.priority();
        boolean recommender = currentUser.hasRole(Role.RECOMMENDER)
                && UnitMember.binds(a.unit.id, currentUser.getUsername());
        boolean editable = recommender && v.editable() && v.roundId() != null && v.roundId().equals(e.round.id);
        List<FormField> fields = FormField.forProgram(a.program.id);
        FormView view = FormView.build(a.program, fields, form.values(a), Map.of(), Attachment.forApplication(a.id),
                MessageBundles.get(ApplicationMsg.class, Localized.Literal.of(lang.tag())), lang, form);
        return Templates.entry(new EntryPage(e.id, a.unit.id, a.unit.name.in(lang), a.program.name.in(lang),
                e.round.name.in(lang), a.id, a.reference, e.state.name(), e.state.label().in(lang),
                priority == null ? m.not_recommended() : m.recommended_at(String.valueOf(priority)), priority,
                v.recommendedCount(), typedOpinion != null ? typedOpinion : line == null ? null : line.opinion(),
                line == null ? -1 : line.version(), editable, editable && e.state == EntryState.WAITING,
                editable && e.state == EntryState.WAITING && e.round.state == RoundState.OPEN, error, message, until,
                errorField, errorField == null ? null
                        : "ret-message".equals(errorField) ? m.return_message() : m.return_until()),
                view);
    }
}
