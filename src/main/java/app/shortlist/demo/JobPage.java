package app.shortlist.demo;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A job's progress, read from the database on every request: while the job is
 * live the page refreshes itself every 2 seconds (a Refresh header and a meta
 * refresh; no script, which the CSP forbids), and shows the result when done.
 */
@Path("/admin/jobs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class JobPage {

    static final String REFRESH_SECONDS = "2";

    @CheckedTemplate(basePath = "demo")
    static class Templates {
        static native TemplateInstance job(DemoViews.JobPage job, String refresh);
    }

    @Inject
    RequestLanguage language;

    @Inject
    Clock clock;

    @GET
    @Path("{jobId}")
    public Response job(@PathParam("jobId") long jobId) {
        Job job = Job.findById(jobId);
        if (job == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Lang lang = language.get();
        Program program = job.programId == null ? null : Program.findById(job.programId);
        DemoViews.JobPage page = DemoViews.page(job, program == null ? null : program.code, lang, clock.instant());
        Response.ResponseBuilder response = Response.ok(Templates.job(page, REFRESH_SECONDS));
        if (page.live()) {
            response.header("Refresh", REFRESH_SECONDS);
        }
        return response.header("Cache-Control", "no-store").build();
    }
}
