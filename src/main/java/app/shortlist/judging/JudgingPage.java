package app.shortlist.judging;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
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

import org.hibernate.StaleStateException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import app.shortlist.account.Role;
import app.shortlist.application.Attachment;
import app.shortlist.application.AttachmentStore;
import app.shortlist.application.Downloads;
import app.shortlist.i18n.Lang;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;

/**
 * The judge's pages, phone first: my reviews, and one scorecard page per assignment (the application, blind-aware,
 * the rubric, save / submit, autosave). Every change goes through {@link ScorecardService}; a refused form comes
 * back with what was typed and a message next to each criterion. The page works fully without script.
 */
@Path("/judging")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.JUDGE)
public class JudgingPage {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(Dates.ZONE);

    @CheckedTemplate(basePath = "scorecard")
    static class Templates {
        static native TemplateInstance mine(boolean registered, List<Group> groups);

        static native TemplateInstance assignment(Page page);
    }

    @TemplateData
    public record Group(String program, String round, boolean open, String closes, long done, long due, List<Row> rows) {
    }

    @TemplateData
    public record Row(long id, String reference, String project, String status, String total, boolean editable) {
    }

    @TemplateData
    public record Page(long id, String program, String round, String reference, String project, boolean blind,
            String closes, boolean recused, BlindView.JudgeApplication application, List<CriterionRow> criteria,
            Card card, String formError) {
    }

    @TemplateData
    public record CriterionRow(String key, String label, String guidance, String weight, String min, String max,
            String step, String value, String error) {
        public String name() {
            return "s." + key;
        }

        public String id() {
            return "c-" + key;
        }
    }

    @TemplateData
    public record Card(String status, boolean editable, String lockedBecause, String version, String comment,
            String commentError, String total, String savedAt, String submittedAt, String reopenedReason) {
    }

    @Inject
    ScorecardService service;

    @Inject
    JudgeAccess access;

    @Inject
    AttachmentStore store;

    @Inject
    JudgeViews views;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance mine() {
        boolean registered = access.me() != null;
        Map<Long, Group> groups = new LinkedHashMap<>();
        Map<Long, List<Row>> rows = new LinkedHashMap<>();
        List<JudgeViews.MyAssignment> mine = views.mine(language.get());
        for (JudgeViews.MyAssignment m : mine) {
            rows.computeIfAbsent(m.roundId(), k -> new ArrayList<>()).add(new Row(m.id(), m.reference(), m.projectName(),
                    m.state() == AssignmentState.RECUSED ? "RECUSED" : m.scorecard(),
                    m.total() == null ? null : RoundRules.plain(m.total()), m.editable()));
        }
        for (JudgeViews.MyAssignment m : mine) {
            if (!groups.containsKey(m.roundId())) {
                List<Row> list = rows.get(m.roundId());
                long due = list.stream().filter(r -> !r.status().equals("RECUSED")).count();
                long done = list.stream().filter(r -> r.status().equals("SUBMITTED")).count();
                groups.put(m.roundId(), new Group(m.program(), m.round(), m.roundState() == RoundState.OPEN,
                        Dates.format(m.closesAt()), done, due, list));
            }
        }
        List<Group> ordered = new ArrayList<>(groups.values().stream().filter(Group::open).toList());
        ordered.addAll(groups.values().stream().filter(g -> !g.open()).toList());
        return Templates.mine(registered, ordered);
    }

    @GET
    @Path("assignments/{assignmentId}")
    @Transactional
    public TemplateInstance assignment(@PathParam("assignmentId") long assignmentId) {
        return page(assignmentId, null, null, Map.of(), null);
    }

    /** Save the draft, or submit: the button pressed decides. */
    @POST
    @Path("assignments/{assignmentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("assignmentId") long assignmentId, MultivaluedMap<String, String> form) {
        Lang lang = language.get();
        Map<String, String> scores = scoresOf(form);
        String comment = form.getFirst("comment");
        boolean submit = "submit".equals(form.getFirst("action"));
        try {
            Long version = version(form.getFirst("version"));
            ScorecardWrites.once(() -> submit ? service.submit(assignmentId, scores, comment, version, lang)
                    : service.save(assignmentId, scores, comment, version, lang));
            return Flash.redirect("/judging/assignments/" + assignmentId, submit ? msg().flash_submitted() : msg().flash_saved());
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status())
                    .entity(reshow(assignmentId, scores, comment, e.fieldErrors(), e.message(lang))).build();
        }
    }

    /** The script's draft save: the same form, answered in JSON for the page's status line. */
    @POST
    @Path("assignments/{assignmentId}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response autosave(@PathParam("assignmentId") long assignmentId, MultivaluedMap<String, String> form) {
        Lang lang = language.get();
        try {
            Long version = version(form.getFirst("version"));
            Scorecard card = ScorecardWrites.once(() -> service.save(assignmentId, scoresOf(form),
                    form.getFirst("comment"), version, lang));
            return Response.ok(new Autosaved(true, card.version, HOUR_MINUTE.format(card.savedAt), null, null, Map.of()))
                    .build();
        } catch (DomainException e) {
            return Response.status(e.failure().status()).type(MediaType.APPLICATION_JSON)
                    .entity(new Autosaved(false, null, null, e.failure().code(), e.message(lang), e.fieldErrors())).build();
        } catch (OptimisticLockException | StaleStateException e) {
            DomainException stale = new DomainException(CommonFailure.STALE);
            return Response.status(409).type(MediaType.APPLICATION_JSON)
                    .entity(new Autosaved(false, null, null, stale.failure().code(), stale.message(lang), Map.of())).build();
        }
    }

    public record Autosaved(boolean saved, Long version, String savedAt, String code, String message,
            Map<String, String> fields) {
    }

    /** A document of the application, while the judge may read it; in a blind round under a neutral name. */
    @GET
    @Path("assignments/{assignmentId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response download(@PathParam("assignmentId") long assignmentId, @PathParam("attachmentId") long attachmentId) {
        Assignment a = access.own(assignmentId);
        Attachment file = Attachment.findById(attachmentId);
        if (!JudgeAccess.applicationVisible(a, JudgeAccess.scorecard(a)) || file == null
                || !file.application.id.equals(a.application.id)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return Downloads.file(store, file, BlindView.downloadName(a, file));
    }

    // --- helpers ---------------------------------------------------------------------

    @Transactional
    TemplateInstance reshow(long assignmentId, Map<String, String> typed, String comment, Map<String, String> errors,
            String formError) {
        return page(assignmentId, typed, comment, errors, formError);
    }

    private TemplateInstance page(long assignmentId, Map<String, String> typed, String typedComment,
            Map<String, String> errors, String formError) {
        Lang lang = language.get();
        Assignment a = access.own(assignmentId);
        Scorecard card = JudgeAccess.scorecard(a);
        List<Criterion> criteria = Criterion.ofRound(a.round.id);
        JudgeViews.ScorecardView sc = views.scorecard(a, card, criteria, lang);
        List<CriterionRow> rows = new ArrayList<>();
        for (JudgeViews.CriterionView c : JudgeViews.rubric(criteria, lang)) {
            String value = typed != null ? typed.get(c.key())
                    : sc.scores().get(c.key()) == null ? null : RoundRules.plain(sc.scores().get(c.key()));
            rows.add(new CriterionRow(c.key(), c.name(), c.guidance(), c.weightPercent(), RoundRules.plain(c.min()),
                    RoundRules.plain(c.max()), RoundRules.plain(c.step()), value, errors.get(c.key())));
        }
        boolean editable = sc.editable() && !criteria.isEmpty();
        String lockedBecause = sc.lockedBecause() != null ? sc.lockedBecause() : criteria.isEmpty() ? msg().no_rubric() : null;
        Card view = new Card(sc.status(), editable, lockedBecause, sc.version() == null ? "" : sc.version().toString(),
                typed != null ? typedComment : sc.comment(), errors.get("comment"),
                sc.total() == null ? null : RoundRules.plain(sc.total()), Dates.format(sc.savedAt()),
                Dates.format(sc.submittedAt()), sc.reopenedReason());
        if (!editable && formError != null && formError.equals(lockedBecause)) {
            formError = null; // the locked notice already says it
        }
        BlindView.JudgeApplication application = JudgeAccess.applicationVisible(a, card) ? BlindView.of(a, lang) : null;
        return Templates.assignment(new Page(a.id, a.round.program.name.in(lang), a.round.name.in(lang),
                a.application.reference, a.application.projectName, a.round.blind, Dates.format(a.round.endsAt),
                a.state == AssignmentState.RECUSED, application, rows, view, formError));
    }

    /** Criterion fields are named s.&lt;key&gt;. */
    static Map<String, String> scoresOf(MultivaluedMap<String, String> form) {
        Map<String, String> scores = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("s.") && values != null && !values.isEmpty()) {
                scores.put(name.substring(2), values.get(0));
            }
        });
        return scores;
    }

    private static Long version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "version");
        }
    }

    private ScorecardMsg msg() {
        return MessageBundles.get(ScorecardMsg.class, Localized.Literal.of(language.get().tag()));
    }
}
