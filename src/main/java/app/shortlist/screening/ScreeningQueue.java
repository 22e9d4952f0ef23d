package app.shortlist.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.shortlist.application.ApplicationFilter;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.web.ListTotals;

/**
 * A screening round's entries, filtered, sorted by submission time and paged: one projection
 * query for the page, one count per state and, when an application filter is set, one count,
 * whatever the page size. The counts are kept in {@link ListTotals} (they read every entry of
 * the round; the page reads 50).
 */
@ApplicationScoped
public class ScreeningQueue {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;

    private static final Set<String> ENTRIES = Set.of("round_entry");
    private static final Set<String> ENTRIES_AND_APPLICATIONS = Set.of("round_entry", "application");

    /** What the queue's totals are kept under. */
    record CountsKey(long roundId) {
    }

    record TotalKey(long roundId, Filter filter) {
    }

    @Inject
    ListTotals totals;

    public record Filter(EntryState state, Long trackId, Long unitId, String country, String keyword) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One row of the queue; filled by a single projection query. */
    @Schema(name = "ScreeningEntry")
    public record Row(long entryId, EntryState state, long version, long applicationId, String reference,
            String projectName, String organisation, String countryRegion, Long trackId, Long unitId,
            Instant submittedAt, String decidedBy, Instant decidedAt) {

        static final String SELECT = "select new app.shortlist.screening.ScreeningQueue$Row(e.id, e.state, e.version,"
                + " a.id, a.reference, a.projectName, a.organisation, a.countryRegion, a.track.id, a.unit.id,"
                + " a.submittedAt, e.decidedBy, e.decidedAt)";
    }

    /** How many entries of the round are in each state (the whole round, whatever the filter). */
    @Schema(name = "ScreeningCounts")
    public record Counts(long waiting, long returned, long passed, long rejected, long withdrawn) {
        public long total() {
            return waiting + returned + passed + rejected + withdrawn;
        }

        public long of(EntryState state) {
            return switch (state) {
                case WAITING -> waiting;
                case RETURNED -> returned;
                case PASSED -> passed;
                case REJECTED -> rejected;
                case WITHDRAWN -> withdrawn;
            };
        }
    }

    public record Page(List<Row> rows, long total, int page, int size, Counts counts) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public Page search(long roundId, Filter filter, boolean newestFirst, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNo = Math.max(0, page);
        StringBuilder where = new StringBuilder(" from RoundEntry e join e.application a where e.round.id = :round");
        Map<String, Object> params = new HashMap<>();
        params.put("round", roundId);
        if (filter.state() != null) {
            where.append(" and e.state = :state");
            params.put("state", filter.state());
        }
        int bare = where.length();
        new ApplicationFilter(filter.trackId(), null, filter.unitId(), filter.country(), filter.keyword())
                .appendTo(where, params);
        boolean byApplication = where.length() > bare;
        var em = RoundEntry.getEntityManager();
        // The entry's copy of the submission time, led by the equality-filtered columns: exactly the
        // order of a V13 index of round_entry, so both databases read the page off it and stop. For H2:
        // it sorts by an index only when the ORDER BY matches it from the first column, and trades the
        // index it chose for the filter (round_id ASC …) for that one only when a column's direction
        // differs — hence round_id DESC, an equality, so the direction changes nothing.
        String lead = " order by e.round.id desc, " + (filter.state() != null ? "e.state, " : "");
        String order = lead + (newestFirst ? "e.submittedAt desc nulls last, e.id desc" : "e.submittedAt asc nulls last, e.id asc");
        TypedQuery<Row> rows = em.createQuery(Row.SELECT + where + order, Row.class);
        params.forEach(rows::setParameter);
        List<Row> list = new ArrayList<>(rows.setFirstResult(pageNo * pageSize).setMaxResults(pageSize).getResultList());
        // After the page query, which flushed this transaction's pending writes (see ListTotals.get).
        Counts counts = totals.get(new CountsKey(roundId), ENTRIES, () -> counts(roundId));
        long total = byApplication
                ? totals.<Long> get(new TotalKey(roundId, filter), ENTRIES_AND_APPLICATIONS, () -> count(where.toString(), params))
                : filter.state() == null ? counts.total() : counts.of(filter.state());
        return new Page(list, total, pageNo, pageSize, counts);
    }

    /** The total of a filter on the applications; without one, it is read from the per-state counts. */
    private static long count(String where, Map<String, Object> params) {
        TypedQuery<Long> count = RoundEntry.getEntityManager().createQuery("select count(e)" + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Counted now, never kept: for rules (closing a round) and answers right after a change. */
    public static Counts counts(long roundId) {
        Map<EntryState, Long> n = new EnumMap<>(EntryState.class);
        RoundEntry.getEntityManager()
                .createQuery("select e.state, count(e) from RoundEntry e where e.round.id = :round group by e.state",
                        Object[].class)
                .setParameter("round", roundId).getResultList()
                .forEach(r -> n.put((EntryState) r[0], (Long) r[1]));
        return new Counts(n.getOrDefault(EntryState.WAITING, 0L), n.getOrDefault(EntryState.RETURNED, 0L),
                n.getOrDefault(EntryState.PASSED, 0L), n.getOrDefault(EntryState.REJECTED, 0L),
                n.getOrDefault(EntryState.WITHDRAWN, 0L));
    }
}
