package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.judging.RoundRules.CriterionRow;
import app.shortlist.judging.RoundRules.Settings;
import app.shortlist.judging.rules.Aggregation;
import app.shortlist.program.RuleKind;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * A scoring round: settings, rubric, state and progress (admins). Screening, ranking and advancement have their
 * own resources under the same prefix.
 */
@Path("/api/v1/rounds/{roundId}")
@Tag(name = "Rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class RoundResource {

    @Inject
    RoundService rounds;

    @Inject
    ProgressService progress;

    /** The whole round as it should be; {@code criteria} null leaves the rubric as it is. */
    public record RoundBody(Long version, int judgesPerEntry, boolean blind, boolean live, Aggregation aggregation,
            String tieBreaks, RuleKind ruleKind, Integer ruleN, BigDecimal ruleThreshold, boolean rulePerTrack,
            Instant startsAt, Instant endsAt, List<CriterionBody> criteria) {
    }

    public record CriterionBody(String key, String nameZh, String nameEn, String guidanceZh, String guidanceEn,
            BigDecimal min, BigDecimal max, BigDecimal step, BigDecimal weight) {
        CriterionRow row() {
            return new CriterionRow(key, nameZh, nameEn, guidanceZh, guidanceEn, text(min), text(max), text(step),
                    text(weight));
        }

        private static String text(BigDecimal d) {
            return d == null ? null : d.toPlainString();
        }
    }

    public record ReasonBody(String reason) {
    }

    public record ProgressView(long submitted, long due, List<ProgressService.JudgeProgress> judges,
            long applications, int page, int size, List<ProgressService.ApplicationProgress> byApplication) {
    }

    @GET
    @Transactional
    @Operation(summary = "A scoring round: settings, rubric (weights also as percentages), state and counts")
    public RoundViews.RoundView get(@PathParam("roundId") long roundId) {
        return RoundViews.of(RoundService.scoring(roundId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the settings and, when criteria are given, the rubric (refused once scorecards exist). 409 when the version is stale")
    public RoundViews.RoundView update(@PathParam("roundId") long roundId, RoundBody body) {
        exists(roundId);
        if (body == null || body.version() == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "version");
        }
        Settings s = new Settings(body.judgesPerEntry(), body.blind(), body.live(), body.aggregation(),
                body.tieBreaks(), body.ruleKind(), body.ruleN(), body.ruleThreshold(), body.rulePerTrack(),
                body.startsAt(), body.endsAt());
        List<CriterionRow> rows = body.criteria() == null ? null
                : body.criteria().stream().map(CriterionBody::row).toList();
        rounds.update(roundId, body.version(), s, rows);
        return get(roundId);
    }

    @POST
    @Path("open")
    @Operation(summary = "Open the round for scoring (needs a rubric, judges and entries)")
    public RoundViews.RoundView open(@PathParam("roundId") long roundId) {
        rounds.open(roundId);
        return get(roundId);
    }

    @POST
    @Path("close")
    @Operation(summary = "Close the round: no more scoring")
    public RoundViews.RoundView close(@PathParam("roundId") long roundId) {
        rounds.close(roundId);
        return get(roundId);
    }

    @POST
    @Path("reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a closed round, with the reason")
    public RoundViews.RoundView reopen(@PathParam("roundId") long roundId, ReasonBody body) {
        exists(roundId);
        rounds.reopen(roundId, body == null ? null : body.reason());
        return get(roundId);
    }

    @GET
    @Path("progress")
    @Transactional
    @Operation(summary = "Scorecards submitted / due, per judge and (paged, least complete first) per application")
    public ProgressView progress(@PathParam("roundId") long roundId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        ProgressService.Progress p = progress.byJudge(roundId);
        int s = Math.max(1, Math.min(size, 500));
        int pg = Math.max(0, page);
        return new ProgressView(p.submitted(), p.due(), p.judges(), progress.applicationsWithAssignments(roundId), pg,
                s, progress.byApplication(roundId, pg, s));
    }

    @Transactional
    void exists(long roundId) {
        RoundService.scoring(roundId);
    }
}
