package app.shortlist.screening;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.pipeline.EntryState;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * A screening round by bearer token: its queue with counts and flags, bulk decisions, open and
 * close. All under {@code /screening} so that the round's own resource keeps {@code /rounds/{id}}.
 */
@Path("/api/v1/rounds/{roundId}/screening")
@Tag(name = "Screening")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.SCREENER })
public class RoundScreeningResource {

    @Schema(name = "ScreeningQueue")
    public record QueueView(long roundId, RoundState roundState, List<ScreeningQueue.Row> rows, long total, int page,
            int size, ScreeningQueue.Counts counts,
            @Schema(description = "Automatic checks by application id (only rows that have some); they never decide. A duplicate names the first 3 others by reference in `others` and counts the rest in `more`") Map<Long, List<ScreeningFlags.Flag>> flags,
            @Schema(description = "The program's checklist: send the ids ticked with a PASS") List<Item> checklist,
            @Schema(description = "The program's reject reasons") List<Item> reasons) {
    }

    @Schema(name = "ScreeningListItem")
    public record Item(long id, String nameZh, String nameEn) {
    }

    @Schema(name = "ScreeningBulk")
    public record BulkBody(@Schema(required = true, description = "PASS or REJECT") Decision decision,
            @Schema(required = true) List<Long> entryIds, Long reasonId, String text) {
    }

    public record BulkResult(int decided, EntryState state, ScreeningQueue.Counts counts) {
    }

    public record CloseBody(@Schema(description = "Needed (and admins only) while entries wait or are returned") String reason) {
    }

    public record RoundView(long id, RoundState state, java.time.Instant closedAt, String closedReason,
            ScreeningQueue.Counts counts) {
    }

    @Inject
    ScreeningQueue queue;

    @Inject
    ScreeningChecks checks;

    @Inject
    ScreeningService service;

    @GET
    @Path("entries")
    @Transactional
    @Operation(summary = "The round's entries, filtered, oldest submission first, paged; counts per state of the whole round")
    public QueueView entries(@PathParam("roundId") long roundId, @QueryParam("state") EntryState state,
            @QueryParam("trackId") Long trackId, @QueryParam("unitId") Long unitId,
            @QueryParam("country") String country, @QueryParam("q") String keyword,
            @QueryParam("newestFirst") boolean newestFirst, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Round round = screeningRound(roundId);
        ScreeningQueue.Page result = queue.search(roundId,
                new ScreeningQueue.Filter(state, trackId, unitId, country, keyword), newestFirst, page, size);
        Map<Long, List<ScreeningFlags.Flag>> flags = new java.util.LinkedHashMap<>();
        checks.flags(round.program, result.rows().stream().map(ScreeningQueue.Row::applicationId).toList(),
                ScreeningChecks.NAMED_IN_LIST)
                .forEach((id, list) -> {
                    if (!list.isEmpty()) {
                        flags.put(id, list);
                    }
                });
        long programId = round.program.id;
        return new QueueView(roundId, round.state, result.rows(), result.total(), result.page(), result.size(),
                result.counts(), flags,
                ChecklistItem.<ChecklistItem>list("program.id = ?1 order by position, id", programId).stream()
                        .map(i -> new Item(i.id, i.name.zh, i.name.en)).toList(),
                RejectReason.<RejectReason>list("program.id = ?1 order by position, id", programId).stream()
                        .map(i -> new Item(i.id, i.name.zh, i.name.en)).toList());
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pass or reject a set of waiting entries as one operation: all of them, or none when one is not waiting")
    public BulkResult bulk(@PathParam("roundId") long roundId, BulkBody body) {
        if (body == null) {
            throw new DomainException(ScreeningFailure.DECISION_UNKNOWN);
        }
        int n = service.bulk(roundId, body.entryIds(), body.decision(), body.reasonId(), body.text());
        return new BulkResult(n, body.decision() == Decision.PASS ? EntryState.PASSED : EntryState.REJECTED,
                counts(roundId));
    }

    @POST
    @Path("open")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Open the round (admins): screeners may decide")
    public RoundView open(@PathParam("roundId") long roundId) {
        service.open(roundId);
        return read(roundId);
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close and confirm the round; the passed entries move into the next round",
            description = "Refused while entries wait or are returned, unless an admin gives a reason.")
    public RoundView close(@PathParam("roundId") long roundId, CloseBody body) {
        service.close(roundId, body == null ? null : body.reason());
        return read(roundId);
    }

    @Transactional
    RoundView read(long roundId) {
        Round r = screeningRound(roundId);
        return new RoundView(r.id, r.state, r.closedAt, r.closedReason, ScreeningQueue.counts(roundId));
    }

    @Transactional
    ScreeningQueue.Counts counts(long roundId) {
        return ScreeningQueue.counts(roundId);
    }

    private static Round screeningRound(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null || !round.isScreening()) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return round;
    }
}
