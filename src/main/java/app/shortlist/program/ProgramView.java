package app.shortlist.program;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program as the API shows it; both languages, since integrators choose. */
@Schema(name = "Program")
public record ProgramView(
        long id,
        @Schema(description = "Short code used in reference numbers, e.g. HZ2024") String code,
        ProgramKind kind,
        ProgramStatus status,
        @Schema(description = "Name in Simplified Chinese") String nameZh,
        @Schema(description = "Name in English") String nameEn,
        String organiserZh,
        String organiserEn,
        Instant opensAt,
        Instant submissionDeadline) {

    public static ProgramView of(Program p) {
        return new ProgramView(p.id, p.code, p.kind, p.status, p.name.zh, p.name.en,
                p.organiser == null ? null : p.organiser.zh, p.organiser == null ? null : p.organiser.en,
                p.opensAt, p.submissionDeadline);
    }
}
