package app.shortlist.judging;

import java.util.LinkedHashMap;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import app.shortlist.account.Role;
import app.shortlist.application.Application;
import app.shortlist.i18n.Lang;
import app.shortlist.judging.JudgingForms.Errors;
import app.shortlist.program.Round;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A round's assignments: run the assigner, see shortfalls and loads, add or remove by hand with a reason. */
@Path("/admin/rounds/{roundId}/assignments")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AssignmentAdminPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "judging")
    static class Templates {
        static native TemplateInstance round_assignments(Page page, RoundViews.AssignmentPage list,
                ManualForm form, Errors errors, String failure);
    }

    public record Page(long id, long programId, String program, String name, String state, int k, Long judgeId,
            String judgeName, long pages, String previous, String next) {
    }

    public record ManualForm(String action, String application, String judgeId, String reason) {
        static ManualForm empty() {
            return new ManualForm("ADD", "", "", "");
        }

        public boolean isRemove() {
            return "REMOVE".equals(action);
        }
    }

    @Inject
    AssignmentService assignments;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("roundId") long roundId, @QueryParam("judgeId") Long judgeId,
            @QueryParam("page") Integer page) {
        return view(roundId, judgeId, JudgingForms.page(page), ManualForm.empty(), Errors.none(), null);
    }

    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@PathParam("roundId") long roundId) {
        JudgingMsg msg = JudgingForms.messages(language.get());
        try {
            AssignmentService.RunResult r = assignments.run(roundId);
            return Flash.redirect(path(roundId), msg.done_run(r.added(), r.removed(), r.keptSubmitted(),
                    r.shortfalls().size(), r.rejected().size()));
        } catch (DomainException e) {
            return refused(roundId, ManualForm.empty(), e);
        }
    }

    @POST
    @Path("manual")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response manual(@PathParam("roundId") long roundId, @RestForm String action,
            @RestForm String application, @RestForm String judgeId, @RestForm String reason) {
        ManualForm form = new ManualForm(action, application, judgeId, reason);
        Lang lang = language.get();
        JudgingMsg msg = JudgingForms.messages(lang);
        try {
            Round r = RoundService.scoring(roundId);
            Map<String, String> errors = new LinkedHashMap<>();
            Long appId = applicationId(r, application);
            if (appId == null) {
                errors.put("application", msg.application_unknown());
            }
            Long judge = null;
            try {
                judge = judgeId == null || judgeId.isBlank() ? null : Long.valueOf(judgeId.strip());
            } catch (NumberFormatException unreadable) {
                // reported below
            }
            if (judge == null) {
                errors.put("judgeId", JudgingText.REQUIRED.in(lang));
            }
            if (reason == null || reason.isBlank()) {
                errors.put("reason", RoundFailure.REASON_REQUIRED.message(lang));
            }
            if (!errors.isEmpty()) {
                throw new DomainException(RoundFailure.INVALID, errors, errors.size());
            }
            if ("REMOVE".equals(action)) {
                assignments.removeManual(roundId, appId, judge, reason);
                return Flash.redirect(path(roundId), msg.done_manual_removed());
            }
            assignments.addManual(roundId, appId, judge, reason);
            return Flash.redirect(path(roundId), msg.done_manual_added());
        } catch (DomainException e) {
            return refused(roundId, form, e);
        }
    }

    /** An application of this round's program by reference (as staff quote it) or by id. */
    private static Long applicationId(Round r, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Application a = Application.find("program.id = ?1 and reference = ?2", r.program.id, text.strip())
                .firstResult();
        if (a != null) {
            return a.id;
        }
        try {
            Application byId = Application.findById(Long.valueOf(text.strip()));
            return byId != null && byId.program.id.equals(r.program.id) ? byId.id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Response refused(long roundId, ManualForm form, DomainException e) {
        if (e.failure() == CommonFailure.NOT_FOUND && e.fieldErrors().isEmpty()) {
            throw e;
        }
        return Response.status(e.failure().status()).entity(viewTx(roundId, form, e)).build();
    }

    @Transactional
    TemplateInstance viewTx(long roundId, ManualForm form, DomainException e) {
        return view(roundId, null, 0, form, new Errors(e.fieldErrors()), e.message(language.get()));
    }

    private TemplateInstance view(long roundId, Long judgeId, int page, ManualForm form, Errors errors,
            String failure) {
        Round r = RoundService.scoring(roundId);
        Lang lang = language.get();
        RoundViews.AssignmentPage list = RoundViews.assignments(r, judgeId, page, PAGE_SIZE);
        long pages = JudgingForms.pages(list.total(), PAGE_SIZE);
        String base = path(roundId) + "?" + (judgeId == null ? "" : "judgeId=" + judgeId + "&") + "page=";
        String judgeName = judgeId == null ? null : list.loads().stream().filter(l -> l.judgeId() == judgeId)
                .map(RoundViews.JudgeLoad::name).findFirst().orElse("#" + judgeId);
        return Templates.round_assignments(new Page(r.id, r.program.id, r.program.name.in(lang), r.name.in(lang),
                r.state.label().in(lang), r.judgesPerEntry, judgeId, judgeName, pages,
                page > 0 ? base + (page - 1) : null, page + 1 < pages ? base + (page + 1) : null), list, form, errors,
                failure);
    }

    private static String path(long roundId) {
        return "/admin/rounds/" + roundId + "/assignments";
    }
}
