package app.shortlist.screening;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.RoundKind;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** A screening decision on one application, by bearer token: the same rules as the entry page. */
@Path("/api/v1/applications/{applicationId}/screening")
@Tag(name = "Screening")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.SCREENER })
public class ScreeningResource {

    @Schema(name = "ScreeningDecision")
    public record DecisionBody(
            @Schema(required = true) Decision decision,
            @Schema(description = "PASS: the ids of the checklist items ticked (all are needed)") List<Long> checklist,
            @Schema(description = "REJECT: a reason from the program's list (and/or text)") Long reasonId,
            @Schema(description = "REJECT: the explanation; RETURN: what needs correcting; PASS by an admin changing a decision: why") String text,
            @Schema(description = "RETURN: the correction deadline") Instant until,
            @Schema(required = true, description = "The entry's version, as last read") Long version) {
    }

    @Inject
    ScreeningService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pass, reject or return for correction the application's entry in its screening round",
            description = "Only in an open screening round, on a waiting entry; an admin may change a pass or a rejection (PASS then needs text). 409 when the version is stale.")
    public EntryView decide(@PathParam("applicationId") long applicationId, DecisionBody body) {
        if (body == null || body.decision() == null) {
            throw new DomainException(ScreeningFailure.DECISION_UNKNOWN);
        }
        if (body.version() == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "version");
        }
        long entryId = entryOf(applicationId);
        RoundEntry e = switch (body.decision()) {
            case PASS -> service.pass(entryId, body.checklist(), body.text(), body.version());
            case REJECT -> service.reject(entryId, body.checklist(), body.reasonId(), body.text(), body.version());
            case RETURN -> service.returnForCorrection(entryId, body.text(), body.until(), body.version());
        };
        return read(e.id);
    }

    /** The application's entry in its latest screening round. */
    @Transactional
    long entryOf(long applicationId) {
        RoundEntry e = RoundEntry.<RoundEntry>find("application.id = ?1 and round.kind = ?2 order by round.position desc",
                applicationId, RoundKind.SCREENING).firstResult();
        if (e == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return e.id;
    }

    @Transactional
    EntryView read(long entryId) {
        return EntryView.of(RoundEntry.findById(entryId));
    }
}
