package app.shortlist.web;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every /api error body: a stable code for programs and a message in the caller's language. */
@Schema(name = "Error")
public record ApiError(
        @Schema(description = "Stable machine-readable code, e.g. not_found, forbidden, validation_failed") String code,
        @Schema(description = "Human-readable message in the caller's language (Accept-Language)") String message,
        @Schema(description = "For refused forms: field key → message, in the caller's language") Map<String, String> fields) {
}
