package app.shortlist.funding;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * 推荐申报 pages: the recommender's workspace (their unit's applications, quota, ordered list, submit)
 * and the province's view of every unit (open, return a list, confirm the round).
 */
@Path("/recommendation")
@Produces(MediaType.TEXT_HTML)
public class RecommendationPage {

    @CheckedTemplate(basePath = "funding")
    static class Templates {
        static native TemplateInstance index(List<UnitLink> units, List<RoundLink> rounds, boolean admin);

        static native TemplateInstance unit(Workspace page);

        static native TemplateInstance province(Province page);
    }

    @TemplateData
    public record UnitLink(long unitId, String program, String unit, String quotaLine, String listState) {
    }

    @TemplateData
    public record RoundLink(long roundId, String program, String round, String state, String stateLabel) {
    }

    @TemplateData
    public record Workspace(long unitId, String unit, String city, String program, String round, String roundState,
            String roundStateLabel, String listState, String listStateLabel, String listNote, String quotaLine,
            boolean editable, boolean canSubmit, boolean canReturn, String closedNote, List<FundingViews.Row> recommended,
            List<FundingViews.Row> others, List<FundingViews.CountView> counts, String error, String typedReason) {
    }

    @TemplateData
    public record Province(long roundId, long programId, String program, String round, String state, String stateLabel,
            boolean canOpen, boolean canClose, String closedNote, List<ProvinceUnit> units, String error,
            String typedReason) {
    }

    @TemplateData
    public record ProvinceUnit(long unitId, String unit, String city, String quota, long applications, long waiting,
            int recommended, String listState, String listStateLabel, String submitted, List<FundingViews.Row> order) {
    }

    @Inject
    RecommendationService service;

    @Inject
    RecommendationAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    @RolesAllowed({ Role.ADMIN, Role.RECOMMENDER })
    public TemplateInstance index() {
        Lang lang = language.get();
        FundingMsg m = FundingViews.msg(lang);
        List<UnitMember> mine = currentUser.hasRole(Role.RECOMMENDER)
                ? UnitMember.list("username = ?1 order by program.id desc", currentUser.getUsername())
                : List.of();
        boolean admin = currentUser.hasRole(Role.ADMIN);
        if (mine.size() == 1 && !admin) {
            return workspace(mine.get(0).unit.id, null, null);
        }
        List<UnitLink> units = mine.stream().map(b -> {
            UnitView v = UnitView.of(b.unit);
            return new UnitLink(b.unit.id, b.program.name.in(lang), b.unit.name.in(lang), FundingViews.quotaLine(v, m),
                    v.listState().label().in(lang));
        }).toList();
        List<RoundLink> rounds = !admin ? List.of()
                : Round.<Round>list("select r from Round r join fetch r.program p where r.kind = ?1"
                        + " order by p.id desc, r.position", RoundKind.RECOMMENDATION).stream()
                        .map(r -> new RoundLink(r.id, r.program.name.in(lang), r.name.in(lang), r.state.name(),
                                r.state.label().in(lang)))
                        .toList();
        return Templates.index(units, rounds, admin);
    }

    @GET
    @Path("units/{unitId}")
    @Transactional
    @RolesAllowed({ Role.ADMIN, Role.RECOMMENDER })
    public TemplateInstance unit(@PathParam("unitId") long unitId) {
        return workspace(unitId, null, null);
    }

    @POST
    @Path("units/{unitId}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.RECOMMENDER)
    public Response submit(@PathParam("unitId") long unitId) {
        try {
            service.submit(unitId);
            return Flash.redirect("/recommendation/units/" + unitId,
                    FundingViews.msg(language.get()).flash_submitted(String.valueOf(count(unitId))));
        } catch (DomainException e) {
            return refusedUnit(unitId, e, null);
        }
    }

    @POST
    @Path("units/{unitId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN)
    public Response returnList(@PathParam("unitId") long unitId, @FormParam("reason") String reason) {
        try {
            service.returnList(unitId, reason);
            return Flash.redirect("/recommendation/units/" + unitId,
                    FundingViews.msg(language.get()).flash_list_returned(unitName(unitId)));
        } catch (DomainException e) {
            return refusedUnit(unitId, e, reason);
        }
    }

    @GET
    @Path("rounds/{roundId}")
    @Transactional
    @RolesAllowed(Role.ADMIN)
    public TemplateInstance province(@PathParam("roundId") long roundId) {
        return provincePage(roundId, null, null);
    }

    @POST
    @Path("rounds/{roundId}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN)
    public Response open(@PathParam("roundId") long roundId) {
        requireRound(roundId);
        try {
            service.open(roundId);
            return Flash.redirect("/recommendation/rounds/" + roundId, FundingViews.msg(language.get()).flash_opened());
        } catch (DomainException e) {
            return refusedRound(roundId, e, null);
        }
    }

    @POST
    @Path("rounds/{roundId}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN)
    public Response close(@PathParam("roundId") long roundId, @FormParam("reason") String reason) {
        requireRound(roundId);
        try {
            service.close(roundId, reason);
            return Flash.redirect("/recommendation/rounds/" + roundId, FundingViews.msg(language.get()).flash_closed());
        } catch (DomainException e) {
            return refusedRound(roundId, e, reason);
        }
    }

    // --- rendering ------------------------------------------------------------------------------

    @Transactional
    TemplateInstance workspace(long unitId, String error, String typedReason) {
        RecommendingUnit unit = access.visibleUnit(unitId);
        Lang lang = language.get();
        FundingMsg m = FundingViews.msg(lang);
        UnitView v = UnitView.of(unit);
        Round round = v.roundId() == null ? null : Round.findById(v.roundId());
        boolean recommender = UnitMember.binds(unitId, currentUser.getUsername())
                && currentUser.hasRole(Role.RECOMMENDER);
        String note = switch (v.listState()) {
            case SUBMITTED -> m.list_submitted(Dates.format(v.submittedAt()), v.submittedBy());
            case RETURNED -> m.list_returned(Dates.format(v.returnedAt()), v.returnedReason());
            case DRAFT -> null;
        };
        String closed = round == null ? m.no_round() : round.state == RoundState.OPEN ? null
                : round.state == RoundState.CONFIRMED && round.closedAt != null ? m.closed_line(Dates.format(round.closedAt))
                : m.round_not_open();
        return Templates.unit(new Workspace(unit.id, unit.name.in(lang), unit.city == null ? null : unit.city.in(lang),
                unit.program.name.in(lang), round == null ? null : round.name.in(lang),
                round == null ? null : round.state.name(), round == null ? null : round.state.label().in(lang),
                v.listState().name(), v.listState().label().in(lang), note, FundingViews.quotaLine(v, m),
                recommender && v.editable(), recommender && v.editable() && !v.recommended().isEmpty(),
                currentUser.hasRole(Role.ADMIN) && v.listState() == ListState.SUBMITTED && v.roundState() == RoundState.OPEN,
                closed, FundingViews.rows(v.recommended(), lang),
                FundingViews.rows(v.entries().stream().filter(l -> l.priority() == null).toList(), lang),
                FundingViews.counts(v.counts(), lang), error, typedReason));
    }

    @Transactional
    TemplateInstance provincePage(long roundId, String error, String typedReason) {
        Round round = requireRound(roundId);
        Lang lang = language.get();
        FundingMsg m = FundingViews.msg(lang);
        ProvinceView p = ProvinceView.of(round);
        List<ProvinceUnit> units = p.units().stream().map(u -> new ProvinceUnit(u.unitId(),
                lang == Lang.EN ? u.nameEn() : u.nameZh(), lang == Lang.EN ? u.cityEn() : u.cityZh(),
                u.quota() == null ? m.unlimited() : u.quota().toString(), u.applications(), u.waiting(),
                u.recommendedCount(), u.listState().name(), u.listState().label().in(lang),
                u.submittedAt() == null ? null : Dates.format(u.submittedAt()),
                FundingViews.rows(u.recommended(), lang))).toList();
        return Templates.province(new Province(round.id, round.program.id, round.program.name.in(lang),
                round.name.in(lang), round.state.name(), round.state.label().in(lang), round.state == RoundState.PENDING,
                round.state == RoundState.OPEN,
                round.closedAt == null ? null : m.closed_line(Dates.format(round.closedAt))
                        + (round.closedReason == null ? "" : " " + round.closedReason),
                units, error, typedReason));
    }

    @Transactional
    Round requireRound(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null || round.kind != RoundKind.RECOMMENDATION) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return round;
    }

    @Transactional
    int count(long unitId) {
        return UnitView.of(access.visibleUnit(unitId)).recommendedCount();
    }

    @Transactional
    String unitName(long unitId) {
        return RecommendingUnit.<RecommendingUnit>findById(unitId).name.in(language.get());
    }

    private Response refusedUnit(long unitId, DomainException e, String typedReason) {
        if (e.failure() == CommonFailure.NOT_FOUND) {
            throw e;
        }
        return Response.status(e.failure().status()).entity(workspace(unitId, e.message(language.get()), typedReason))
                .build();
    }

    private Response refusedRound(long roundId, DomainException e, String typedReason) {
        if (e.failure() == CommonFailure.NOT_FOUND) {
            throw e;
        }
        return Response.status(e.failure().status())
                .entity(provincePage(roundId, e.message(language.get()), typedReason)).build();
    }
}
