package app.shortlist.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import app.shortlist.account.Role;
import app.shortlist.application.Application;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;

/** Everything recorded about one application, oldest first (admins; linked from the staff view). */
@Path("/admin/applications/{applicationId}/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ApplicationAuditPage {

    @Inject
    AuditLog log;

    @GET
    public TemplateInstance show(@PathParam("applicationId") long applicationId) {
        List<AuditEntry> entries = log.ofApplication(applicationId);
        String reference = QuarkusTransaction.requiringNew().call(() -> {
            Application a = Application.findById(applicationId);
            return a.reference == null ? "#" + a.id : a.reference;
        });
        return AuditTemplates.application(applicationId, reference, AuditViews.rows(entries));
    }
}
