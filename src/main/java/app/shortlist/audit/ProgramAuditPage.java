package app.shortlist.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.web.RequestLanguage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;

/** A program's audit trail, newest first, 50 a page, with its export links (admins). */
@Path("/admin/programs/{programId}/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ProgramAuditPage {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog log;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance show(@PathParam("programId") long programId, @QueryParam("page") @DefaultValue("1") int page) {
        Lang lang = language.get();
        AuditLog.Page p = log.ofProgram(programId, page - 1, PAGE_SIZE);
        String name = QuarkusTransaction.requiringNew().call(() -> Program.<Program> findById(programId).name.in(lang));
        return AuditTemplates.program(programId, name, AuditViews.rows(p.entries()), p);
    }
}
