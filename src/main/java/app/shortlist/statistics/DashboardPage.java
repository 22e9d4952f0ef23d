package app.shortlist.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The admin's dashboard of one program: funnel, breakdowns, district league table, round progress. */
@Path("/admin/programs/{programId}/dashboard")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class DashboardPage {

    @CheckedTemplate(basePath = "statistics")
    static class Templates {
        static native TemplateInstance dashboard(DashboardViews.Dashboard page);
    }

    @Inject
    StatisticsService statistics;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance show(@PathParam("programId") long programId) {
        Lang lang = language.get();
        return Templates.dashboard(DashboardViews.of(statistics.of(programId, lang), lang));
    }
}
