package app.shortlist.screening;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;

/** A screening entry as the API shows it. */
@Schema(name = "RoundEntry")
public record EntryView(
        long id,
        long roundId,
        long applicationId,
        EntryState state,
        @Schema(description = "Send back with the next decision (optimistic locking)") long version,
        @Schema(description = "Ids of the checklist items ticked") List<Long> checklist,
        @Schema(description = "The reject reason chosen from the program's list") Long reasonId,
        @Schema(description = "The screener's words: a rejection's explanation, a correction message, or why an admin changed a decision") String reasonText,
        String decidedBy,
        Instant decidedAt,
        Instant enteredAt) {

    static EntryView of(RoundEntry e) {
        return new EntryView(e.id, e.round.id, e.application.id, e.state, e.version,
                List.copyOf(ScreeningService.checklistOf(e)), e.reasonId, e.reasonText, e.decidedBy, e.decidedAt,
                e.enteredAt);
    }
}
