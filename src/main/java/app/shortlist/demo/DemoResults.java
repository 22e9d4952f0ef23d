package app.shortlist.demo;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import app.shortlist.i18n.Lang;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.program.Program;

/** What a finished run reports, counted from the rows as stored, in both languages. */
final class DemoResults {

    private DemoResults() {
    }

    static LocalizedText of(DemoKind kind, Program p) {
        EntityManager em = Program.getEntityManager();
        return switch (kind) {
            case HANGZHOU -> hangzhou(em, p);
            case JIANGXI -> jiangxi(em, p);
            case SYNTHETIC -> synthetic(em, p);
        };
    }

    private static LocalizedText hangzhou(EntityManager em, Program p) {
        Object[] totals = (Object[]) em.createNativeQuery("SELECT COUNT(*), COUNT(DISTINCT country_region), "
                + "COUNT(DISTINCT track_id) FROM application WHERE program_id = ?1 AND status = 'SUBMITTED'")
                .setParameter(1, p.id).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> largest = em.createNativeQuery("SELECT t.name_zh, t.name_en, COUNT(*) AS n FROM application a "
                + "JOIN track t ON t.id = a.track_id WHERE a.program_id = ?1 GROUP BY t.id, t.name_zh, t.name_en "
                + "ORDER BY n DESC, t.id").setParameter(1, p.id).setMaxResults(1).getResultList();
        LocalizedText track = largest.isEmpty() ? new LocalizedText("—", "—")
                : new LocalizedText((String) largest.get(0)[0], (String) largest.get(0)[1]);
        return both((m, lang) -> m.done_hangzhou(number(totals[0]), p.code, integer(totals[2]), track.in(lang),
                integer(totals[1])));
    }

    private static LocalizedText jiangxi(EntityManager em, Program p) {
        Object[] totals = (Object[]) em.createNativeQuery("SELECT COUNT(*), COUNT(DISTINCT direction_id), "
                + "COUNT(DISTINCT unit_id) FROM application WHERE program_id = ?1").setParameter(1, p.id)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> nanchang = em.createNativeQuery("SELECT u.name_zh, COUNT(*) AS n FROM result_list_entry e "
                + "JOIN result_list_version v ON v.id = e.version_id JOIN result_list l ON l.id = v.list_id "
                + "JOIN application a ON a.id = e.application_id JOIN recommending_unit u ON u.id = a.unit_id "
                + "WHERE l.program_id = ?1 AND u.city_zh = ?2 AND v.number = (SELECT MAX(w.number) "
                + "FROM result_list_version w WHERE w.list_id = l.id) GROUP BY u.id, u.name_zh ORDER BY n DESC")
                .setParameter(1, p.id).setParameter(2, JiangxiPlan.NANCHANG).getResultList();
        Object ends = em.createNativeQuery("SELECT MAX(v.notice_ends_at) FROM result_list_version v "
                + "JOIN result_list l ON l.id = v.list_id WHERE l.program_id = ?1").setParameter(1, p.id)
                .getSingleResult();
        String until = ends == null ? "—" : app.shortlist.web.Dates.format(instant(ends));
        int city = nanchang.stream().mapToInt(r -> integer(r[1])).sum();
        int zone = nanchang.stream().filter(r -> JiangxiPlan.ZONE.equals(r[0])).mapToInt(r -> integer(r[1])).sum();
        int rank = 1 + (int) nanchang.stream().filter(r -> integer(r[1]) > zone).count();
        String share = city == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * zone / city);
        return both((m, lang) -> m.done_jiangxi(number(totals[0]), p.code, integer(totals[1]), integer(totals[2]), zone,
                share, city, rank, until));
    }

    private static LocalizedText synthetic(EntityManager em, Program p) {
        Object[] totals = (Object[]) em.createNativeQuery("SELECT COUNT(*), "
                + "SUM(CASE WHEN status = 'SUBMITTED' THEN 1 ELSE 0 END) FROM application WHERE program_id = ?1")
                .setParameter(1, p.id).getSingleResult();
        return both((m, lang) -> m.done_synthetic(number(totals[0]), p.code, number(totals[1])));
    }

    static LocalizedText both(java.util.function.BiFunction<DemoMsg, Lang, String> message) {
        return new LocalizedText(message.apply(DemoViews.messages(Lang.ZH), Lang.ZH),
                message.apply(DemoViews.messages(Lang.EN), Lang.EN));
    }

    private static java.time.Instant instant(Object t) {
        if (t instanceof java.time.Instant i) {
            return i;
        }
        if (t instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("not a time: " + t.getClass());
    }

    private static String number(Object n) {
        return String.format(Locale.ROOT, "%,d", n == null ? 0L : ((Number) n).longValue());
    }

    private static int integer(Object n) {
        return n == null ? 0 : ((Number) n).intValue();
    }
}
