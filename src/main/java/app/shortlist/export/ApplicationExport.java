package app.shortlist.export;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.application.ApplicationSearch;
import app.shortlist.application.ApplicationSummary;
import app.shortlist.i18n.Countries;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramPart;
import app.shortlist.program.ProgramParts;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;

/**
 * The staff list of a program's applications as an export: the same filters and order as the list
 * page, every page of it, read through a cursor while the file is written.
 */
@ApplicationScoped
public class ApplicationExport {

    @Inject
    ApplicationSearch search;

    @Inject
    Clock clock;

    /** The table; program and names are read now, the rows when the table is written. */
    @Transactional
    public Table table(long programId, ApplicationSearch.Filter filter, ApplicationSearch.SortBy sort, Lang lang) {
        Program program = Program.findById(programId);
        if (program == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        ExportMsg msg = Exports.messages(lang);
        boolean contest = program.isCompetition();
        ProgramParts parts = ProgramParts.load(programId);
        Map<Long, String> tracks = names(parts.tracks(), lang);
        Map<Long, String> directions = names(parts.directions(), lang);
        Map<Long, String> units = names(parts.units(), lang);
        boolean funding = !contest;

        List<Column> columns = new ArrayList<>(List.of(Column.text(msg.col_reference(), 18),
                Column.text(msg.col_project(), 36), Column.text(msg.col_organisation(), 30),
                contest ? Column.text(msg.col_track(), 18) : Column.text(msg.col_direction(), 18)));
        if (funding) {
            columns.add(Column.text(msg.col_unit(), 18));
        }
        columns.add(Column.text(msg.col_country(), 12));
        columns.add(Column.text(msg.col_status(), 10));
        if (funding) {
            columns.add(Column.money(msg.col_requested()));
        }
        columns.add(Column.dateTime(msg.col_submitted()));

        Map<String, String> countries = new HashMap<>();
        Table.Rows rows = sink -> {
            try (Stream<ApplicationSummary> stream = search.stream(programId, filter, sort)) {
                Iterator<ApplicationSummary> it = stream.iterator();
                while (it.hasNext()) {
                    ApplicationSummary a = it.next();
                    List<Object> cells = new ArrayList<>(columns.size());
                    cells.add(a.reference());
                    cells.add(a.projectName());
                    cells.add(a.organisation());
                    cells.add(contest ? tracks.get(a.trackId()) : directions.get(a.directionId()));
                    if (funding) {
                        cells.add(units.get(a.unitId()));
                    }
                    cells.add(a.countryRegion() == null ? null
                            : countries.computeIfAbsent(a.countryRegion(), c -> Countries.of(c).name(lang)));
                    cells.add(a.status().label().in(lang));
                    if (funding) {
                        cells.add(a.requestedAmount());
                    }
                    cells.add(a.submittedAt());
                    sink.row(cells.toArray());
                }
            }
        };
        String programName = program.name.in(lang);
        Instant now = clock.instant();
        List<Table.Fact> facts = List.of(new Table.Fact(msg.fact_program(), programName),
                new Table.Fact(msg.fact_date(), Dates.format(now)),
                new Table.Fact(msg.fact_filters(), describe(filter, tracks, directions, units, msg, lang)));
        return new Table(msg.title_applications(programName), facts, columns, now, rows);
    }

    private static String describe(ApplicationSearch.Filter f, Map<Long, String> tracks, Map<Long, String> directions,
            Map<Long, String> units, ExportMsg msg, Lang lang) {
        StringJoiner out = new StringJoiner("；");
        if (f.status() != null) {
            out.add(f.status().label().in(lang));
        }
        if (f.trackId() != null) {
            out.add(tracks.getOrDefault(f.trackId(), "#" + f.trackId()));
        }
        if (f.directionId() != null) {
            out.add(directions.getOrDefault(f.directionId(), "#" + f.directionId()));
        }
        if (f.unitId() != null) {
            out.add(units.getOrDefault(f.unitId(), "#" + f.unitId()));
        }
        if (f.country() != null && !f.country().isBlank()) {
            out.add(Countries.isKnown(f.country().strip().toUpperCase(java.util.Locale.ROOT)) ? Countries.of(f.country().strip().toUpperCase(java.util.Locale.ROOT)).name(lang)
                    : f.country().strip());
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            out.add(msg.filter_keyword(f.keyword().strip()));
        }
        return out.length() == 0 ? msg.fact_no_filter() : out.toString();
    }

    private static Map<Long, String> names(List<? extends ProgramPart> parts, Lang lang) {
        Map<Long, String> out = new HashMap<>();
        parts.forEach(p -> out.put(p.id, p.name.in(lang)));
        return out;
    }
}
