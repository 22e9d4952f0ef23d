package app.shortlist.judging;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
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
import app.shortlist.judging.JudgingForms.Errors;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** 评审专家库: the experts who may be put in a round's pool, keyed by their sign-in username. */
@Path("/admin/judges")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class JudgeRegistryPage {

    @CheckedTemplate(basePath = "judging")
    static class Templates {
        static native TemplateInstance judges(List<Row> judges, JudgeForm form, Errors errors, String failure);

        static native TemplateInstance judge_edit(long id, JudgeForm form, Errors errors, String failure);
    }

    public record Row(long id, String username, String name, String email, String organisation, String unitName,
            long conflicts, long rounds) {
    }

    public record JudgeForm(@RestForm String version, @RestForm String username, @RestForm String name,
            @RestForm String email, @RestForm String organisation, @RestForm String unitName) {
        static JudgeForm empty() {
            return new JudgeForm("0", "", "", "", "", "");
        }

        JudgeService.JudgeInput input() {
            return new JudgeService.JudgeInput(username, name, email, organisation, unitName);
        }
    }

    @Inject
    JudgeService judges;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.judges(rows(), JudgeForm.empty(), Errors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam JudgeForm form) {
        try {
            Judge j = judges.create(form.input());
            return Flash.redirect("/admin/judges", JudgingForms.messages(language.get()).done_judge_added(j.name));
        } catch (DomainException e) {
            return Response.status(e.failure().status()).entity(listWith(form, e)).build();
        }
    }

    @GET
    @Path("{judgeId}")
    @Transactional
    public TemplateInstance edit(@PathParam("judgeId") long judgeId) {
        Judge j = require(judgeId);
        return Templates.judge_edit(j.id, new JudgeForm(String.valueOf(j.version), j.username, j.name, nz(j.email),
                nz(j.organisation), nz(j.unitName)), Errors.none(), null);
    }

    @POST
    @Path("{judgeId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("judgeId") long judgeId, @BeanParam JudgeForm form) {
        require(judgeId);
        try {
            judges.update(judgeId, RoundAdminPage.version(form.version()), form.input());
            return Flash.redirect("/admin/judges", JudgingForms.messages(language.get()).done_judge_saved());
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status()).entity(Templates.judge_edit(judgeId, form,
                    new Errors(e.fieldErrors()), e.message(language.get()))).build();
        }
    }

    @Transactional
    TemplateInstance listWith(JudgeForm form, DomainException e) {
        return Templates.judges(rows(), form, new Errors(e.fieldErrors()), e.message(language.get()));
    }

    private static Judge require(long judgeId) {
        Judge j = Judge.findById(judgeId);
        if (j == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return j;
    }

    private static List<Row> rows() {
        var em = Judge.getEntityManager();
        return em.createQuery("select j.id, j.username, j.name, j.email, j.organisation, j.unitName,"
                + " (select count(c) from JudgeConflict c where c.judge = j),"
                + " (select count(m) from PoolMember m where m.judge = j) from Judge j order by j.name, j.id",
                Object[].class).getResultList().stream()
                .map(r -> new Row((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (Long) r[6], (Long) r[7]))
                .toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
