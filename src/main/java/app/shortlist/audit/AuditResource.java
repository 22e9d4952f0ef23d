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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;

/** The audit trail in the API: the integrity check, and the entries of a program or an application (admins). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed(Role.ADMIN)
public class AuditResource {

    @Inject
    AuditChain chain;

    @Inject
    AuditLog log;

    public record EntryPage(List<AuditViews.EntryJson> entries, int page, int size, long total) {
    }

    @GET
    @Path("audit/verify")
    @Operation(summary = "Recompute the whole hash chain of the audit trail: ok, the number of entries, the head, "
            + "and each problem (kind, entry id, seq) in chain order")
    public AuditChain.Verification verify() {
        return chain.verify();
    }

    @GET
    @Path("programs/{programId}/audit")
    @Operation(summary = "The program's audit entries, newest first; page is 1-based, size at most 500")
    public EntryPage program(@PathParam("programId") long programId, @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        AuditLog.Page p = log.ofProgram(programId, page - 1, size);
        return new EntryPage(p.entries().stream().map(AuditViews.EntryJson::of).toList(), p.page() + 1, p.size(),
                p.total());
    }

    @GET
    @Path("applications/{applicationId}/audit")
    @Operation(summary = "The audit entries about one application, its round entries, assignments, scorecards and "
            + "recommendations, oldest first")
    public List<AuditViews.EntryJson> application(@PathParam("applicationId") long applicationId) {
        return log.ofApplication(applicationId).stream().map(AuditViews.EntryJson::of).toList();
    }
}
