package app.shortlist.results;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** The admin's result lists of one program, and the form that drafts a new one from a confirmed round. */
@Path("/admin/programs/{programId}/results")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ResultsAdminPage {

    @CheckedTemplate(basePath = "results")
    static class Templates {
        static native TemplateInstance admin_lists(long programId, String program, List<ResultViews.ListLine> lists,
                List<RoundOption> rounds, String failure);
    }

    @TemplateData
    public record RoundOption(long id, String name) {
    }

    @Inject
    ResultListService service;

    @Inject
    ResultViews views;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance show(@PathParam("programId") long programId) {
        return page(programId, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("programId") long programId, @RestForm Long roundId, @RestForm String titleZh,
            @RestForm String titleEn, @RestForm String grouping) {
        Lang lang = language.get();
        try {
            Grouping g = "DIRECTION".equals(grouping) ? Grouping.DIRECTION : Grouping.TRACK;
            ResultList list = service.create(programId, roundId, titleZh, titleEn, g);
            return Flash.redirect("/admin/results/" + list.id, ResultPages.msg(lang).flash_created());
        } catch (DomainException e) {
            if (e.failure() == app.shortlist.web.CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status()).entity(page(programId, e.message(lang))).build();
        }
    }

    @Transactional
    TemplateInstance page(long programId, String failure) {
        Lang lang = language.get();
        Program p = Program.require(programId);
        List<RoundOption> rounds = Round.<Round> list("program.id = ?1 and state = ?2 order by position", programId,
                RoundState.CONFIRMED).stream().map(r -> new RoundOption(r.id, r.name.in(lang))).toList();
        return Templates.admin_lists(programId, p.name.in(lang), views.ofProgram(programId, lang), rounds, failure);
    }
}
