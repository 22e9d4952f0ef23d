package app.shortlist.funding;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * A unit's recommendations by bearer token: the same service and rules as the recommender's pages.
 * A recommender reaches only the unit the admin bound them to; any other unit is "not found".
 */
@Path("/api/v1/units/{unitId}/recommendations")
@Tag(name = "Recommendation")
@Produces(MediaType.APPLICATION_JSON)
public class UnitRecommendationResource {

    @Schema(name = "RecommendationList")
    public record ListBody(
            @Schema(required = true, description = "The application ids to recommend, first = highest priority; the rest are not recommended") List<Long> order,
            @Schema(description = "Opinions to write, by application id (blank clears)") Map<Long, String> opinions) {
    }

    @Schema(name = "RecommendationReturn")
    public record ReturnBody(@Schema(required = true) String reason) {
    }

    @Schema(name = "RecommendationCorrection")
    public record CorrectionBody(@Schema(required = true, description = "What needs correcting") String message,
            @Schema(required = true, description = "The correction deadline") Instant until) {
    }

    @Inject
    RecommendationService service;

    @Inject
    RecommendationAccess access;

    @GET
    @Transactional
    @RolesAllowed({ Role.ADMIN, Role.RECOMMENDER })
    @Operation(summary = "The unit's applications in the recommendation round, its ordered list, quota and list state")
    public UnitView get(@PathParam("unitId") long unitId) {
        return UnitView.of(access.visibleUnit(unitId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.RECOMMENDER)
    @Operation(summary = "Replace the unit's ordered list (and write opinions) as one operation",
            description = "Only while the round is open and the list is not submitted; never more than the quota (409 quota_exceeded).")
    public UnitView put(@PathParam("unitId") long unitId, ListBody body) {
        if (body == null || body.order() == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "order");
        }
        service.replace(unitId, body.order(), body.opinions());
        return read(unitId);
    }

    @POST
    @Path("submit")
    @RolesAllowed(Role.RECOMMENDER)
    @Operation(summary = "Submit the unit's list to the province; it is locked until the province returns it")
    public UnitView submit(@PathParam("unitId") long unitId) {
        service.submit(unitId);
        return read(unitId);
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Return a submitted list to the unit with a reason (the province); its recommenders are mailed")
    public UnitView returnList(@PathParam("unitId") long unitId, ReturnBody body) {
        service.returnList(unitId, body == null ? null : body.reason());
        return read(unitId);
    }

    @POST
    @Path("{applicationId}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.RECOMMENDER)
    @Operation(summary = "Return one of the unit's applications to its applicant for correction (退回补正)")
    public UnitView correction(@PathParam("unitId") long unitId, @PathParam("applicationId") long applicationId,
            CorrectionBody body) {
        service.returnForCorrection(entryOf(unitId, applicationId), body == null ? null : body.message(),
                body == null ? null : body.until());
        return read(unitId);
    }

    /** The application's entry in the unit's recommendation round, if the caller acts for the unit. */
    @Transactional
    long entryOf(long unitId, long applicationId) {
        RecommendingUnit unit = access.actingUnit(unitId);
        RoundEntry e = RoundEntry.<RoundEntry>find("round.kind = ?1 and application.id = ?2 and application.unit.id = ?3"
                + " order by round.position", app.shortlist.program.RoundKind.RECOMMENDATION, applicationId, unit.id)
                .firstResult();
        if (e == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return e.id;
    }

    @Transactional
    UnitView read(long unitId) {
        return UnitView.of(access.visibleUnit(unitId));
    }
}
