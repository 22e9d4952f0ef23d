package app.shortlist.demo;

import java.net.URI;
import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.program.Program;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/** Demo data and job progress for scripts (deploy/local/demo-data.sh) and benchmarks. Admins only. */
@Path("/api/v1")
@Tag(name = "Demo data", description = "Generating the reference programs and synthetic sets; following long-running jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class DemoDataResource {

    @Inject
    DemoData demoData;

    @Inject
    RequestLanguage language;

    @Inject
    Clock clock;

    @POST
    @Path("demo-data/{kind}")
    @Operation(summary = "Start generating a demo data set", description = "hangzhou: the 2024 Hangzhou contest with 1,949 submitted applications; jiangxi: the 2024 Jiangxi fund (third batch) with its enterprises' applications; synthetic: a contest of its own with `count` applications (default 100,000) and no attachments. Each set is made once (a second request is refused with 409). Returns at once with the job; poll its Location until the status is DONE or FAILED.")
    @APIResponse(responseCode = "202", description = "Started; Location is the job", content = @Content(schema = @Schema(implementation = DemoViews.JobView.class)))
    @APIResponse(responseCode = "404", description = "No such data set")
    @APIResponse(responseCode = "409", description = "Already generated, or being generated")
    @APIResponse(responseCode = "422", description = "count is not from 1 to 200,000")
    public Response start(
            @Parameter(description = "The data set", schema = @Schema(type = SchemaType.STRING, enumeration = { "hangzhou", "jiangxi", "synthetic" })) @PathParam("kind") String kind,
            @Parameter(description = "For synthetic only: how many applications, 1 to 200,000", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200000", defaultValue = "100000")) @QueryParam("count") Integer count) {
        Job job = demoData.start(kind, count);
        return Response.accepted(view(job)).location(URI.create("/api/v1/jobs/" + job.id)).build();
    }

    @GET
    @Path("jobs/{jobId}")
    @Operation(summary = "A job's progress and, when done, its result")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DemoViews.JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job")
    public DemoViews.JobView job(@PathParam("jobId") long jobId) {
        Job job = Job.findById(jobId);
        if (job == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return view(job);
    }

    private DemoViews.JobView view(Job job) {
        Program p = job.programId == null ? null : Program.findById(job.programId);
        return DemoViews.JobView.of(job, p == null ? null : p.code, language.get(), clock.instant());
    }
}
