package app.shortlist.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import app.shortlist.account.Role;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.TemplateInstance;

/**
 * The admin's integrity check of the whole trail. Admins only, like every audit page: the trail
 * names judges and blind rounds' scorecards, which a screener does not see elsewhere either (a
 * screener's own decisions show on the screening pages). Checking is a read, so it is a GET.
 */
@Path("/admin/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AuditPage {

    @Inject
    AuditChain chain;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance chain() {
        AuditChain.Head head = chain.head();
        return AuditTemplates.chain(head.seq(), head.hash(), null);
    }

    @GET
    @Path("verify")
    public TemplateInstance verify() {
        AuditChain.Verification v = chain.verify();
        return AuditTemplates.chain(v.headSeq(), v.headHash(), AuditViews.checked(v, language.get()));
    }
}
