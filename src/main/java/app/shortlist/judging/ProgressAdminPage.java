package app.shortlist.judging;

import java.util.List;

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

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A round's progress: scorecards submitted / due per judge and per application, and the reminders button. */
@Path("/admin/rounds/{roundId}/progress")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ProgressAdminPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "judging")
    static class Templates {
        static native TemplateInstance round_progress(Page page, ProgressService.Progress progress,
                List<ProgressService.ApplicationProgress> applications, String failure);
    }

    public record Page(long id, long programId, String program, String name, String state, boolean open,
            long applications, String previous, String next) {
    }

    @Inject
    ProgressService progress;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("roundId") long roundId, @QueryParam("page") Integer page) {
        return view(roundId, JudgingForms.page(page), null);
    }

    @POST
    @Path("reminders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remind(@PathParam("roundId") long roundId) {
        try {
            int n = progress.remind(roundId);
            return Flash.redirect("/admin/rounds/" + roundId + "/progress",
                    JudgingForms.messages(language.get()).done_reminders(n));
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status()).entity(viewTx(roundId, e.message(language.get()))).build();
        }
    }

    @Transactional
    TemplateInstance viewTx(long roundId, String failure) {
        return view(roundId, 0, failure);
    }

    private TemplateInstance view(long roundId, int page, String failure) {
        Round r = RoundService.scoring(roundId);
        Lang lang = language.get();
        long apps = progress.applicationsWithAssignments(roundId);
        long pages = JudgingForms.pages(apps, PAGE_SIZE);
        String base = "/admin/rounds/" + roundId + "/progress?page=";
        return Templates.round_progress(new Page(r.id, r.program.id, r.program.name.in(lang), r.name.in(lang),
                r.state.label().in(lang), r.state == RoundState.OPEN, apps, page > 0 ? base + (page - 1) : null,
                page + 1 < pages ? base + (page + 1) : null), progress.byJudge(roundId),
                progress.byApplication(roundId, page, PAGE_SIZE), failure);
    }
}
