package app.shortlist.judging;

import java.util.ArrayList;
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

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.judging.JudgingForms.Errors;
import app.shortlist.judging.JudgingForms.Option;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** 回避声明: a judge lists, declares and withdraws their own conflicts of interest. */
@Path("/judging/conflicts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.JUDGE)
public class ConflictPage {

    @CheckedTemplate(basePath = "judging")
    static class Templates {
        static native TemplateInstance conflicts(boolean registered, String username, List<Row> conflicts,
                List<Option> kinds, String value, String note, Errors errors, String failure);
    }

    public record Row(long id, String kind, String value, String note, String declaredAt) {
    }

    @Inject
    JudgeService judges;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance show() {
        return view(null, "", "", Errors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@RestForm String kind, @RestForm String value, @RestForm String note) {
        try {
            judges.declare(JudgingForms.choice(ConflictKind.class, kind), value, note);
            return Flash.redirect("/judging/conflicts", JudgingForms.messages(language.get()).done_conflict_declared());
        } catch (DomainException e) {
            return Response.status(e.failure().status()).entity(viewTx(kind, value, note, e)).build();
        }
    }

    @POST
    @Path("{conflictId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("conflictId") long conflictId) {
        try {
            judges.removeConflict(conflictId);
            return Flash.redirect("/judging/conflicts", JudgingForms.messages(language.get()).done_conflict_removed());
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status()).entity(viewTx(null, "", "", e)).build();
        }
    }

    @Transactional
    TemplateInstance viewTx(String kind, String value, String note, DomainException e) {
        return view(kind, value, note, new Errors(e.fieldErrors()), e.message(language.get()));
    }

    private TemplateInstance view(String kind, String value, String note, Errors errors, String failure) {
        Lang lang = language.get();
        Judge me = judges.me();
        List<Row> rows = me == null ? List.of() : JudgeService.conflictsOf(me).stream()
                .map(c -> new Row(c.id, c.kind.label().in(lang), c.value, c.note, Dates.format(c.declaredAt)))
                .toList();
        List<Option> kinds = new ArrayList<>();
        for (ConflictKind k : ConflictKind.values()) {
            kinds.add(new Option(k.name(), k.label().in(lang), k.name().equals(kind)));
        }
        return Templates.conflicts(me != null, currentUser.getUsername(), rows, kinds, value == null ? "" : value,
                note == null ? "" : note, errors, failure);
    }
}
