package app.shortlist.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;

import app.shortlist.web.ListTotals;

/**
 * The filtered, sorted, paged list of a program's applications: one projection
 * query for the page and one count, both on indexed columns, whatever the page
 * size (no per-row queries). Staff lists keep their count in {@link ListTotals}
 * (at 100,000 applications it reads every matching index entry; the page reads 50).
 */
@ApplicationScoped
public class ApplicationSearch {

    public static final int MAX_PAGE_SIZE = 100;

    /** What a staff list's total is kept under: the program and the whole filter. */
    record TotalKey(long programId, Filter filter) {
    }

    @Inject
    ListTotals totals;

    public enum SortBy {
        SUBMITTED("a.submittedAt desc nulls last, a.id desc"),
        SUBMITTED_ASC("a.submittedAt asc nulls last, a.id asc"),
        REFERENCE("a.reference asc nulls last, a.id asc"),
        UPDATED("a.updatedAt desc, a.id desc");

        final String orderBy;

        SortBy(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    public record Filter(ApplicationStatus status, Long trackId, Long directionId, Long unitId, String country,
            String keyword, String applicantId) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }

        public Filter ownedBy(String subject) {
            return new Filter(status, trackId, directionId, unitId, country, keyword, subject);
        }
    }

    public record Page(List<ApplicationSummary> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public Page search(long programId, Filter filter, SortBy sort, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNo = Math.max(0, page);
        Map<String, Object> params = new HashMap<>();
        String where = where(programId, filter, params);
        var em = Application.getEntityManager();
        TypedQuery<ApplicationSummary> rows = em.createQuery(ApplicationSummary.SELECT + where
                + " order by " + orderBy(filter, sort), ApplicationSummary.class);
        TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ApplicationSummary> list = new ArrayList<>(rows.setFirstResult(pageNo * pageSize).setMaxResults(pageSize).getResultList());
        // An applicant's own list is small and includes drafts: counted each time, never kept.
        long total = filter.applicantId() != null ? count.getSingleResult()
                : totals.<Long> get(new TotalKey(programId, filter), Set.of("application"), count::getSingleResult);
        return new Page(list, total, pageNo, pageSize);
    }

    /**
     * Every matching row in the list's order, read through a database cursor in batches of
     * {@value #FETCH_SIZE} (exports: the whole list is never in memory). Needs a transaction; close the stream.
     */
    public Stream<ApplicationSummary> stream(long programId, Filter filter, SortBy sort) {
        Map<String, Object> params = new HashMap<>();
        String where = where(programId, filter, params);
        TypedQuery<ApplicationSummary> rows = Application.getEntityManager().createQuery(ApplicationSummary.SELECT + where
                + " order by " + orderBy(filter, sort), ApplicationSummary.class);
        params.forEach(rows::setParameter);
        return rows.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    private static final int FETCH_SIZE = 1000;

    /**
     * The sort, led under the default (newest first) by the columns the filter fixes, in the order
     * of the V13 index that serves it: same rows in the same order, but H2 then reads the page off the
     * index and stops (it uses an index for ORDER BY only when the columns match it from the first;
     * PostgreSQL needs no lead).
     */
    static String orderBy(Filter f, SortBy sort) {
        SortBy by = sort == null ? SortBy.SUBMITTED : sort;
        if (by != SortBy.SUBMITTED || f.applicantId() != null) {
            return by.orderBy;
        }
        String part = f.trackId() != null ? "a.track.id, " : f.directionId() != null ? "a.direction.id, "
                : f.unitId() != null ? "a.unit.id, " : f.country() != null && !f.country().isBlank() ? "a.countryRegion, " : "";
        if (f.status() != null) {
            return "a.program.id, " + part + "a.status, " + by.orderBy;
        }
        return part.isEmpty() ? "a.program.id, " + by.orderBy : by.orderBy;
    }

    /** The {@code from … where …} of a filtered list, filling in its parameters. */
    private static String where(long programId, Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" from Application a where a.program.id = :program");
        params.put("program", programId);
        if (filter.applicantId() != null) {
            where.append(" and a.applicantId = :applicant");
            params.put("applicant", filter.applicantId());
        } else {
            where.append(" and a.status <> :draft"); // staff never see drafts
            params.put("draft", ApplicationStatus.DRAFT);
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", filter.status());
        }
        new ApplicationFilter(filter.trackId(), filter.directionId(), filter.unitId(), filter.country(), filter.keyword())
                .appendTo(where, params);
        return where.toString();
    }
}
