package app.shortlist.application;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of an application list: no answers, no attachments; filled by a single projection query. */
@Schema(name = "ApplicationSummary")
public record ApplicationSummary(long id, long programId, String reference, ApplicationStatus status,
        String projectName, String organisation, String countryRegion, Long trackId, Long directionId, Long unitId,
        BigDecimal requestedAmount, Instant submittedAt, Instant updatedAt) {

    /** The projection, for queries over {@code Application a}: one row, no answers, no joins. */
    static final String SELECT = "select new app.shortlist.application.ApplicationSummary(a.id, a.program.id, "
            + "a.reference, a.status, a.projectName, a.organisation, a.countryRegion, a.track.id, a.direction.id, "
            + "a.unit.id, a.requestedAmount, a.submittedAt, a.updatedAt)";
}
