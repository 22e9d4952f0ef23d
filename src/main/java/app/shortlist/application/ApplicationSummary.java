package app.shortlist.application;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of an application list: no answers, no attachments; filled by a single projection query. */
@Schema(name = "ApplicationSummary")
public record ApplicationSummary(long id, long programId, String reference, ApplicationStatus status,
        String projectName, String organisation, String countryRegion, Long trackId, Long directionId, Long unitId,
        BigDecimal requestedAmount, Instant submittedAt, Instant updatedAt) {
}
