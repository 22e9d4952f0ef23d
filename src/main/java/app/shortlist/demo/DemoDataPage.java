package app.shortlist.demo;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The admin's demo-data page: what each data set is, a button for each, and the recent jobs. */
@Path("/admin/demo-data")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class DemoDataPage {

    static final int RECENT = 20;

    @CheckedTemplate(basePath = "demo")
    static class Templates {
        static native TemplateInstance index(DemoViews.Sets sets, List<DemoViews.JobRow> jobs, String count,
                String countError, String failure);
    }

    @Inject
    DemoData demoData;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance index() {
        return page(Integer.toString(DemoKind.DEFAULT_COUNT), null, null);
    }

    @POST
    @Path("hangzhou")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hangzhou() {
        return started(() -> demoData.startHangzhou(), null);
    }

    @POST
    @Path("jiangxi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response jiangxi() {
        return started(() -> demoData.startJiangxi(), null);
    }

    @POST
    @Path("synthetic")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response synthetic(@RestForm String count) {
        Integer n = parse(count);
        if (n == null) {
            String message = DemoFailure.COUNT_INVALID.message(language.get());
            return Response.status(DemoFailure.COUNT_INVALID.status()).entity(page(count, message, null)).build();
        }
        return started(() -> demoData.startSynthetic(n), count);
    }

    /** 303 to the job's progress page, or this page again with the refusal (and the count as typed). */
    private Response started(java.util.function.Supplier<Job> start, String count) {
        Lang lang = language.get();
        try {
            Job job = start.get();
            return Flash.redirect("/admin/jobs/" + job.id, DemoViews.kind(job, lang) + " · "
                    + DemoViews.messages(lang).status_QUEUED());
        } catch (DomainException e) {
            Map<String, String> fields = e.fieldErrors();
            return Response.status(e.failure().status())
                    .entity(page(count != null ? count : Integer.toString(DemoKind.DEFAULT_COUNT), fields.get("count"),
                            fields.containsKey("count") ? null : e.message(lang)))
                    .build();
        }
    }

    private TemplateInstance page(String count, String countError, String failure) {
        return Templates.index(DemoViews.Sets.current(), DemoViews.rows(Job.recent(RECENT), language.get()), count,
                countError, failure);
    }

    /** A whole number as people type it: "100000", "100,000", "100 000"; null if it is not one. */
    static Integer parse(String count) {
        if (count == null) {
            return null;
        }
        String digits = count.replaceAll("[\\s,_\u00A0\u3000]", "");
        if (!digits.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(digits);
    }
}
