package app.shortlist.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.i18n.Lang;
import app.shortlist.results.PublishedLists;
import app.shortlist.web.Dates;

/**
 * A published result list version as an export. Everything comes from the frozen copy and the
 * version's publication time (never the clock), so the same version always gives the same file.
 * A version holds the selected projects only, so its rows are read at once.
 */
@ApplicationScoped
public class ResultListExport {

    @Inject
    PublishedLists published;

    /** 404 unless version {@code number} of the list is published. */
    @Transactional
    public Table table(long listId, int number, Lang lang) {
        PublishedLists.Published p = published.version(listId, number);
        PublishedLists.Header h = p.header();
        List<PublishedLists.Row> rows = p.rows();
        ExportMsg msg = Exports.messages(lang);

        // A column only when some row has a value: a contest's list has no amounts, a funding call's no awards.
        boolean groups = any(rows, r -> r.group());
        boolean units = any(rows, r -> r.unit());
        boolean ranks = any(rows, r -> r.rank());
        boolean requested = any(rows, r -> r.requestedAmount());
        boolean proposed = any(rows, r -> r.proposedAmount());
        boolean awards = any(rows, r -> r.award());
        List<Column> columns = new ArrayList<>();
        columns.add(Column.integer(msg.col_position()));
        if (groups) {
            columns.add(Column.text(h.grouping() == app.shortlist.results.Grouping.DIRECTION ? msg.col_direction()
                    : msg.col_track(), 16));
        }
        columns.addAll(List.of(Column.text(msg.col_reference(), 16), Column.text(msg.col_project(), 34),
                Column.text(msg.col_organisation(), 28)));
        if (units) {
            columns.add(Column.text(msg.col_unit(), 16));
        }
        if (ranks) {
            columns.add(Column.integer(msg.col_rank()));
        }
        if (requested) {
            columns.add(Column.money(msg.col_requested()));
        }
        if (proposed) {
            columns.add(Column.money(msg.col_proposed_amount()));
        }
        if (awards) {
            columns.add(Column.text(msg.col_award(), 14));
        }
        Table.Rows data = sink -> {
            int n = 0;
            for (PublishedLists.Row r : rows) {
                List<Object> cells = new ArrayList<>(columns.size());
                cells.add((long) ++n);
                if (groups) {
                    cells.add(r.group() == null ? null : r.group().in(lang));
                }
                cells.addAll(java.util.Arrays.asList(r.reference(), r.projectName(), r.organisation()));
                if (units) {
                    cells.add(r.unit() == null ? null : r.unit().in(lang));
                }
                if (ranks) {
                    cells.add(r.rank());
                }
                if (requested) {
                    cells.add(r.requestedAmount());
                }
                if (proposed) {
                    cells.add(r.proposedAmount());
                }
                if (awards) {
                    cells.add(r.award());
                }
                sink.row(cells.toArray());
            }
        };

        List<Table.Fact> facts = new ArrayList<>();
        facts.add(new Table.Fact(msg.fact_program(), h.program().in(lang)));
        facts.add(new Table.Fact(msg.fact_version(), h.finalVersion() ? msg.version_final(h.number()) : msg.version(h.number())));
        facts.add(new Table.Fact(msg.fact_published(), Dates.format(h.publishedAt())));
        if (h.noticeStartsAt() != null && h.noticeEndsAt() != null) {
            facts.add(new Table.Fact(msg.fact_notice(),
                    msg.notice_period(Dates.format(h.noticeStartsAt()), Dates.format(h.noticeEndsAt()))));
        }
        if (h.changeNote() != null && !h.changeNote().isBlank()) {
            facts.add(new Table.Fact(msg.fact_change(), h.changeNote()));
        }
        h.dropped().forEach(d -> facts.add(new Table.Fact(msg.fact_dropped(), msg.dropped(d.projectName(), d.reason()))));
        return new Table(h.title().in(lang), facts, columns, h.publishedAt(), data);
    }

    /** File name without date and extension: the list's title and version. */
    static String[] names(Table table, long listId, int number) {
        return new String[] { table.title().replaceAll("[\\\\/:*?\"<>|]", "_") + "-v" + number,
                "result-list-" + listId + "-v" + number };
    }

    private static boolean any(List<PublishedLists.Row> rows, Function<PublishedLists.Row, Object> value) {
        return rows.stream().anyMatch(r -> value.apply(r) != null);
    }
}
