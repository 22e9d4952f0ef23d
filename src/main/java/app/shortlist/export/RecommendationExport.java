package app.shortlist.export;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.funding.ProvinceView;
import app.shortlist.funding.RecommendationAccess;
import app.shortlist.funding.UnitView;
import app.shortlist.i18n.Lang;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.Dates;

/**
 * Recommendation lists as exports: one unit's recommended applications in its priority order (for
 * its recommender and admins), and the province's view of every unit of a round (admins). Read
 * through {@link RecommendationAccess}, so another unit's list is 404 as on the pages. A list is a
 * unit's quota long at most, so the rows come from the view.
 */
@ApplicationScoped
public class RecommendationExport {

    @Inject
    RecommendationAccess access;

    @Inject
    Clock clock;

    @Transactional
    public Table unit(long unitId, Lang lang) {
        RecommendingUnit unit = access.visibleUnit(unitId);
        UnitView view = UnitView.of(unit);
        ExportMsg msg = Exports.messages(lang);
        Round round = view.roundId() == null ? null : Round.findById(view.roundId());
        // A submitted list is dated by its submission, so its exports do not change from day to day.
        Instant stamp = view.submittedAt() != null && !view.listState().isEditable() ? view.submittedAt()
                : clock.instant();
        List<Column> columns = List.of(Column.integer(msg.col_priority()), Column.text(msg.col_reference(), 18),
                Column.text(msg.col_project(), 34), Column.text(msg.col_organisation(), 26),
                Column.text(msg.col_direction(), 20), Column.money(msg.col_requested()),
                Column.text(msg.col_opinion(), 36));
        List<UnitView.Line> lines = view.recommended();
        Table.Rows rows = sink -> {
            for (UnitView.Line l : lines) {
                sink.row(new Object[] { l.priority(), l.reference(), l.projectName(), l.organisation(),
                        lang == Lang.EN ? l.directionEn() : l.directionZh(), l.requestedAmount(), l.opinion() });
            }
        };
        String program = unit.program.name.in(lang);
        String name = lang == Lang.EN ? view.nameEn() : view.nameZh();
        List<Table.Fact> facts = new ArrayList<>(List.of(new Table.Fact(msg.fact_program(), program),
                new Table.Fact(msg.fact_unit(), name)));
        if (round != null) {
            facts.add(new Table.Fact(msg.fact_round(), round.name.in(lang) + " · " + round.state.label().in(lang)));
        }
        facts.add(new Table.Fact(msg.fact_list_state(), view.listState().label().in(lang)));
        facts.add(new Table.Fact(msg.fact_quota(), msg.quota_used(view.recommendedCount(),
                view.quota() == null ? msg.quota_none() : view.quota().toString())));
        facts.add(new Table.Fact(msg.fact_date(), Dates.format(stamp)));
        return new Table(msg.title_unit_recommendations(program, name), facts, columns, stamp, rows);
    }

    @Transactional
    public Table province(long roundId, Lang lang) {
        Round round = access.provinceRound(roundId);
        ProvinceView view = ProvinceView.of(round);
        ExportMsg msg = Exports.messages(lang);
        Instant stamp = round.state == RoundState.CONFIRMED && round.closedAt != null ? round.closedAt : clock.instant();
        List<Column> columns = List.of(Column.text(msg.col_city(), 10), Column.text(msg.col_unit(), 18),
                Column.text(msg.col_list_state(), 10), Column.integer(msg.col_priority()),
                Column.text(msg.col_reference(), 18), Column.text(msg.col_project(), 34),
                Column.text(msg.col_organisation(), 26), Column.text(msg.col_direction(), 20),
                Column.money(msg.col_requested()), Column.text(msg.col_opinion(), 36));
        boolean en = lang == Lang.EN;
        Table.Rows rows = sink -> {
            for (ProvinceView.UnitLine u : view.units()) {
                String city = en ? u.cityEn() : u.cityZh();
                String unit = en ? u.nameEn() : u.nameZh();
                String state = u.listState().label().in(lang);
                for (UnitView.Line l : u.recommended()) {
                    sink.row(new Object[] { city, unit, state, l.priority(), l.reference(), l.projectName(), l.organisation(),
                            en ? l.directionEn() : l.directionZh(), l.requestedAmount(), l.opinion() });
                }
            }
        };
        String program = round.program.name.in(lang);
        List<Table.Fact> facts = List.of(new Table.Fact(msg.fact_program(), program),
                new Table.Fact(msg.fact_round(), round.name.in(lang)),
                new Table.Fact(msg.fact_status(), round.state.label().in(lang)),
                new Table.Fact(msg.fact_date(), Dates.format(stamp)));
        return new Table(msg.title_province_recommendations(program, round.name.in(lang)), facts, columns, stamp, rows);
    }
}
