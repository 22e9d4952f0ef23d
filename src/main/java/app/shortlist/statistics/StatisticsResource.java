package app.shortlist.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.web.RequestLanguage;

/** The dashboard's numbers in the API (names in the caller's language). */
@Path("/api/v1/programs/{programId}/statistics")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "A program's funnel, breakdowns, district league table and round progress",
            description = "Funnel: submitted, then each round's entries by state in round order. Breakdowns by track, "
                    + "support direction, country/region and recommending unit (count, share, rank, funds requested). "
                    + "League: recommending units by city with projects selected, share of the city's total, rank in the "
                    + "city and funds; 'basis' says what 'selected' counts. Progress: scorecards submitted / due per judge "
                    + "in every scoring round. Computed from grouped queries on every call.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Statistics.class)))
    @APIResponse(responseCode = "404", description = "No such program")
    public Statistics get(@PathParam("programId") long programId) {
        return statistics.of(programId, language.get());
    }
}
