package app.shortlist.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application as the API shows it. */
@Schema(name = "Application")
public record ApplicationView(
        long id,
        long programId,
        @Schema(description = "Reference number, assigned at first submission, e.g. HZ2024-00123") String reference,
        ApplicationStatus status,
        @Schema(description = "Send back with a draft save (optimistic locking)") long version,
        @Schema(description = "Built-in fields (projectName, organisation, contactName, phone, email, trackId, directionId, unitId, uscc, countryRegion, requestedAmount) and the program's own fields, by key") Map<String, String> values,
        List<AttachmentView> attachments,
        Instant createdAt,
        Instant submittedAt,
        @Schema(description = "After this instant the application can no longer be edited or submitted") Instant editableUntil,
        @Schema(description = "Set when an admin granted an individual extension") Instant extendedUntil,
        @Schema(description = "The screener's message when returned for correction") String correctionMessage) {

    @Schema(name = "Attachment")
    public record AttachmentView(long id, String fieldKey, String fileName, String contentType, long sizeBytes,
            String sha256, Instant uploadedAt) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id, a.fieldKey, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedAt);
        }
    }

    static ApplicationView of(Application a, Map<String, String> values, List<Attachment> attachments) {
        return new ApplicationView(a.id, a.program.id, a.reference, a.status, a.version, values,
                attachments.stream().map(AttachmentView::of).toList(), a.createdAt, a.submittedAt, a.editableUntil(),
                a.extendedUntil, a.correctionMessage);
    }
}
