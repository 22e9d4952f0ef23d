package app.shortlist.audit;

import java.util.List;

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
import app.shortlist.application.Application;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.web.RequestLanguage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The admin's audit pages: the chain's integrity check, a program's trail (paged) and an
 * application's. Admins only — the trail names judges and blind rounds' scorecards, which a
 * screener does not see elsewhere either; a screener's own decisions show on the screening pages.
 * Checking is a read, so it is a GET (nothing changes).
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "audit")
    static class Templates {
        static native TemplateInstance chain(long headSeq, String headHash, AuditViews.Checked checked);

        static native TemplateInstance program(long programId, String program, List<AuditViews.Row> rows,
                AuditLog.Page page);

        static native TemplateInstance application(long applicationId, String reference, List<AuditViews.Row> rows);
    }

    @Inject
    AuditChain chain;

    @Inject
    AuditLog log;

    @Inject
    RequestLanguage language;

    @GET
    @Path("audit")
    public TemplateInstance chain() {
        AuditChain.Head head = chain.head();
        return Templates.chain(head.seq(), head.hash(), null);
    }

    @GET
    @Path("audit/verify")
    public TemplateInstance verify() {
        AuditChain.Verification v = chain.verify();
        return Templates.chain(v.headSeq(), v.headHash(), AuditViews.checked(v, language.get()));
    }

    @GET
    @Path("programs/{programId}/audit")
    public TemplateInstance program(@PathParam("programId") long programId,
            @QueryParam("page") @DefaultValue("1") int page) {
        Lang lang = language.get();
        AuditLog.Page p = log.ofProgram(programId, page - 1, PAGE_SIZE);
        String name = QuarkusTransaction.requiringNew().call(() -> Program.<Program> findById(programId).name.in(lang));
        return Templates.program(programId, name, AuditViews.rows(p.entries()), p);
    }

    @GET
    @Path("applications/{applicationId}/audit")
    public TemplateInstance application(@PathParam("applicationId") long applicationId) {
        List<AuditEntry> entries = log.ofApplication(applicationId);
        String reference = QuarkusTransaction.requiringNew().call(() -> {
            Application a = Application.findById(applicationId);
            return a.reference == null ? "#" + a.id : a.reference;
        });
        return Templates.application(applicationId, reference, AuditViews.rows(entries));
    }
}
