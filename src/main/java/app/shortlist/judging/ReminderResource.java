package app.shortlist.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;

/** Scoring reminders by API, as the button on {@link ProgressAdminPage} (admins). */
@Path("/api/v1/rounds/{roundId}/progress/reminders")
@Tag(name = "Rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ReminderResource {

    @Inject
    ProgressService progress;

    public record Reminded(int queued) {
    }

    @POST
    @Operation(summary = "E-mail every active judge who still owes scorecards in this open round (one bilingual reminder each); 409 unless the round is open")
    public Reminded remind(@PathParam("roundId") long roundId) {
        return new Reminded(progress.remind(roundId));
    }
}
