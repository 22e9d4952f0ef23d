package app.shortlist.results;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.application.ApplicationAccess;

/** An application's outcome in its program's published lists, as its status page shows it, for its owner and staff. */
@Path("/api/v1/applications/{applicationId}/outcomes")
@Tag(name = "Result lists and public notice")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationOutcomesResource {

    @Inject
    ApplicationAccess access;

    @Inject
    Outcomes outcomes;

    @GET
    @RolesAllowed({ Role.APPLICANT, Role.ADMIN, Role.SCREENER })
    @Transactional
    @Operation(summary = "For each published list that concerns the application: on it or not, with the proposed "
            + "amount (万元) and award; 404 for anyone who may not read the application")
    public List<Outcomes.Outcome> get(@PathParam("applicationId") long applicationId) {
        access.readable(applicationId);
        return outcomes.of(applicationId);
    }
}
