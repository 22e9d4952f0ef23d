package app.shortlist.funding;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** The admin's page binding recommenders to a program's units (ProgramAdminPage owns the parent path). */
@Path("/admin/programs/{programId}/units")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class UnitMemberPage {

    @CheckedTemplate(basePath = "funding")
    static class Templates {
        static native TemplateInstance members(MembersPage page);
    }

    @TemplateData
    public record MembersPage(long programId, String program, List<Member> members, List<Option> units,
            String error, String typedUsername, String typedEmail) {
    }

    @TemplateData
    public record Member(long id, String unit, String username, String email) {
    }

    @TemplateData
    public record Option(long id, String label, boolean selected) {
    }

    @Inject
    UnitMemberService service;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance view(@PathParam("programId") long programId) {
        return render(programId, null, null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bind(@PathParam("programId") long programId, @FormParam("unitId") Long unitId,
            @FormParam("username") String username, @FormParam("email") String email) {
        try {
            UnitMember m = service.bind(programId, unitId, username, email);
            return Flash.redirect("/admin/programs/" + programId + "/units",
                    FundingViews.msg(language.get()).flash_bound(m.username, unitName(unitId)));
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status())
                    .entity(reshow(programId, e.message(language.get()), unitId, username, email)).build();
        }
    }

    @POST
    @Path("{memberId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unbind(@PathParam("programId") long programId, @PathParam("memberId") long memberId) {
        service.unbind(programId, memberId);
        return Flash.redirect("/admin/programs/" + programId + "/units", FundingViews.msg(language.get()).flash_unbound());
    }

    @Transactional
    String unitName(long unitId) {
        return RecommendingUnit.<RecommendingUnit>findById(unitId).name.in(language.get());
    }

    @Transactional
    TemplateInstance reshow(long programId, String error, Long unitId, String username, String email) {
        return render(programId, error, unitId, username, email);
    }

    private TemplateInstance render(long programId, String error, Long unitId, String username, String email) {
        Program p = Program.findById(programId);
        if (p == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Lang lang = language.get();
        List<Member> members = UnitMember.<UnitMember>list("program.id = ?1 order by unit.position, username", programId)
                .stream().map(m -> new Member(m.id, m.unit.name.in(lang), m.username, m.email)).toList();
        List<Option> units = RecommendingUnit.<RecommendingUnit>list("program.id = ?1 order by position, id", programId)
                .stream().map(u -> new Option(u.id, u.name.in(lang)
                        + (u.city == null || u.city.in(lang) == null ? "" : " · " + u.city.in(lang)), u.id.equals(unitId)))
                .toList();
        return Templates.members(new MembersPage(p.id, p.name.in(lang), members, units, error, username, email));
    }
}
