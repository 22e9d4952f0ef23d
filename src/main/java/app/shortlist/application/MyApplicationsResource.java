package app.shortlist.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;

@Path("/api/v1/me/applications")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.APPLICANT)
public class MyApplicationsResource {

    @Inject
    CurrentUser currentUser;

    @GET
    @Transactional
    @Operation(summary = "The caller's own applications, in all programs")
    public List<ApplicationSummary> mine() {
        return MyApplications.of(currentUser.getSubject());
    }
}
