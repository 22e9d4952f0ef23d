package app.shortlist.export;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.i18n.Lang;
import app.shortlist.judging.RankingSnapshot;
import app.shortlist.judging.RankingView;
import app.shortlist.judging.RankingViews;
import app.shortlist.web.Dates;

/**
 * A round's ranking as an export: the admin's ranking (live, or the frozen snapshot once confirmed)
 * group by group, with the rule's proposal and the outcome. A ranking is computed whole in memory
 * anyway (it is bounded by the round's entries), so the rows come from the view.
 */
@ApplicationScoped
public class RankingExport {

    @Inject
    RankingViews views;

    @Inject
    Clock clock;

    @Transactional
    public Table table(long roundId, Lang lang) {
        RankingView view = views.view(roundId, lang);
        ExportMsg msg = Exports.messages(lang);
        // A frozen ranking is dated by its confirmation, so its exports do not change from day to day.
        RankingSnapshot snapshot = view.frozen() ? RankingSnapshot.find("roundId", roundId).firstResult() : null;
        Instant stamp = snapshot != null && snapshot.confirmedAt != null ? snapshot.confirmedAt : clock.instant();
        boolean grouped = view.groups().size() > 1;

        List<Column> columns = new ArrayList<>();
        if (grouped) {
            columns.add(Column.text(msg.col_group(), 16));
        }
        columns.addAll(List.of(Column.integer(msg.col_rank()), Column.text(msg.col_reference(), 18),
                Column.text(msg.col_project(), 34), Column.text(msg.col_organisation(), 26),
                Column.text(msg.col_track(), 16), Column.decimal(msg.col_score()), Column.integer(msg.col_counted()),
                Column.text(msg.col_proposed(), 10), Column.text(msg.col_outcome(), 12),
                Column.text(msg.col_override_reason(), 28)));
        Table.Rows rows = sink -> {
            for (RankingView.Group g : view.groups()) {
                for (RankingView.Row r : g.rows()) {
                    List<Object> cells = new ArrayList<>(columns.size());
                    if (grouped) {
                        cells.add(g.name());
                    }
                    cells.add(r.rank());
                    cells.add(r.reference());
                    cells.add(r.project());
                    cells.add(r.organisation());
                    cells.add(r.track());
                    cells.add(r.score());
                    cells.add(r.counted());
                    cells.add(r.proposed() ? msg.yes() : msg.no());
                    cells.add(r.outcome());
                    cells.add(r.overrideReason());
                    sink.row(cells.toArray());
                }
            }
        };
        List<Table.Fact> facts = List.of(new Table.Fact(msg.fact_program(), view.program()),
                new Table.Fact(msg.fact_round(), view.round()), new Table.Fact(msg.fact_date(), Dates.format(stamp)),
                new Table.Fact(msg.fact_status(), view.statusText()), new Table.Fact(msg.fact_rule(), view.ruleText()));
        return new Table(msg.title_ranking(view.program(), view.round()), facts, columns, stamp, rows);
    }
}
