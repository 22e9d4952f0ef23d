package app.shortlist.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * Who may see and act on which unit's recommendations, for pages and API alike: an admin sees every
 * unit; a recommender sees and acts only for the unit the admin bound them to. Anything else is
 * answered "not found", never a hint that it exists.
 */
@ApplicationScoped
public class RecommendationAccess {

    @Inject
    CurrentUser currentUser;

    /** A unit the caller may see. */
    public RecommendingUnit visibleUnit(long unitId) {
        RecommendingUnit unit = RecommendingUnit.findById(unitId);
        if (unit == null || !currentUser.hasRole(Role.ADMIN) && !bound(unit)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return unit;
    }

    /** A unit the caller acts for (its bound recommender only). */
    public RecommendingUnit actingUnit(long unitId) {
        RecommendingUnit unit = RecommendingUnit.findById(unitId);
        if (unit == null || !bound(unit)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return unit;
    }

    /** An entry of a recommendation round the caller may see. */
    public RoundEntry visibleEntry(long entryId) {
        RoundEntry e = entry(entryId);
        if (!currentUser.hasRole(Role.ADMIN) && !bound(e.application.unit)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return e;
    }

    /** An entry of a recommendation round the caller acts on (its unit's bound recommender only). */
    public RoundEntry actingEntry(long entryId) {
        RoundEntry e = entry(entryId);
        if (!bound(e.application.unit)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return e;
    }

    /** A recommendation round across its units: the province's (admins') view only. */
    public Round provinceRound(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null || round.kind != RoundKind.RECOMMENDATION || !currentUser.hasRole(Role.ADMIN)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return round;
    }

    private static RoundEntry entry(long entryId) {
        RoundEntry e = RoundEntry.findById(entryId);
        if (e == null || e.round.kind != RoundKind.RECOMMENDATION || e.application.unit == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return e;
    }

    private boolean bound(RecommendingUnit unit) {
        return unit != null && currentUser.hasRole(Role.RECOMMENDER)
                && UnitMember.binds(unit.id, currentUser.getUsername());
    }
}
