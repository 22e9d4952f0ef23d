package app.shortlist.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.shortlist.application.ApplicationStatus;
import app.shortlist.i18n.Countries;
import app.shortlist.i18n.Lang;
import app.shortlist.judging.ProgressService;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.Pipeline;
import app.shortlist.program.Direction;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramPart;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.program.Track;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A program's dashboard numbers, read-only. Every count is a grouped query (applications are never loaded as
 * entities), so the number of statements depends on the program's rounds, never on its applications: about a dozen,
 * plus two per scoring round for the judges' progress.
 */
@ApplicationScoped
public class StatisticsService {

    /** The applications a program counts: submitted and not withdrawn (a returned one is still in). */
    static final List<ApplicationStatus> LIVE = List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED);

    @Inject
    ProgressService progress;

    @Inject
    ProposedList proposedList;

    @Transactional
    public Statistics of(long programId, Lang lang) {
        Program p = Program.require(programId);
        StatisticsMsg m = messages(lang);
        EntityManager em = Program.getEntityManager();
        List<Round> rounds = Pipeline.rounds(programId);
        List<Track> tracks = Track.list("program.id", Sort.by("position").and("id"), programId);
        List<Direction> directions = Direction.list("program.id", Sort.by("position").and("id"), programId);
        List<RecommendingUnit> units = RecommendingUnit.list("program.id", Sort.by("position").and("id"), programId);

        Statistics.Totals totals = totals(em, programId);
        List<Statistics.Breakdown> breakdowns = new ArrayList<>();
        if (!tracks.isEmpty()) {
            breakdowns.add(parts("TRACK", m.dim_track(), totals.submitted(), grouped(em, "a.track.id", programId),
                    tracks, lang, m));
        }
        if (!directions.isEmpty()) {
            breakdowns.add(parts("DIRECTION", m.dim_direction(), totals.submitted(),
                    grouped(em, "a.direction.id", programId), directions, lang, m));
        }
        Map<Object, Object[]> countries = grouped(em, "a.countryRegion", programId);
        if (countries.keySet().stream().anyMatch(Objects::nonNull)) {
            breakdowns.add(countries(totals.submitted(), countries, lang, m));
        }
        Map<Object, Object[]> byUnit = units.isEmpty() ? Map.of() : grouped(em, "a.unit.id", programId);
        if (!units.isEmpty()) {
            breakdowns.add(parts("UNIT", m.dim_unit(), totals.submitted(), byUnit, units, lang, m));
        }
        return new Statistics(p.id, p.code, p.name.in(lang), p.kind.name(), totals,
                funnel(em, programId, rounds, totals.submitted(), lang, m), breakdowns,
                league(programId, rounds, directions, units, byUnit, lang, m), progress(rounds, lang));
    }

    static StatisticsMsg messages(Lang lang) {
        return MessageBundles.get(StatisticsMsg.class, Localized.Literal.of(lang.tag()));
    }

    private static Statistics.Totals totals(EntityManager em, long programId) {
        long submitted = 0;
        long withdrawn = 0;
        long drafts = 0;
        BigDecimal funds = null;
        for (Object[] r : em.createQuery("select a.status, count(a), sum(a.requestedAmount) from Application a"
                + " where a.program.id = :p group by a.status", Object[].class).setParameter("p", programId)
                .getResultList()) {
            ApplicationStatus status = (ApplicationStatus) r[0];
            long n = (Long) r[1];
            if (LIVE.contains(status)) {
                submitted += n;
                funds = r[2] == null ? funds : funds == null ? (BigDecimal) r[2] : funds.add((BigDecimal) r[2]);
            } else if (status == ApplicationStatus.WITHDRAWN) {
                withdrawn += n;
            } else {
                drafts += n;
            }
        }
        return new Statistics.Totals(submitted, withdrawn, drafts, funds);
    }

    /** Submitted, then each round that holds entries (screening, scoring, recommendation) with its entries by state. */
    private static List<Statistics.FunnelStep> funnel(EntityManager em, long programId, List<Round> rounds,
            long submitted, Lang lang, StatisticsMsg m) {
        Map<Long, Map<EntryState, Long>> byRound = new HashMap<>();
        for (Object[] r : em.createQuery("select e.round.id, e.state, count(e) from RoundEntry e"
                + " where e.round.program.id = :p group by e.round.id, e.state", Object[].class)
                .setParameter("p", programId).getResultList()) {
            byRound.computeIfAbsent((Long) r[0], k -> new EnumMap<>(EntryState.class)).put((EntryState) r[1], (Long) r[2]);
        }
        List<Statistics.FunnelStep> steps = new ArrayList<>();
        steps.add(new Statistics.FunnelStep(null, m.step_submitted(), null, null, submitted, 0, 0, 0, 0, 0));
        for (Round r : rounds) {
            if (r.kind == RoundKind.NOTICE && !byRound.containsKey(r.id)) {
                continue;
            }
            Map<EntryState, Long> c = byRound.getOrDefault(r.id, Map.of());
            long entered = c.values().stream().mapToLong(Long::longValue).sum();
            steps.add(new Statistics.FunnelStep(r.id, r.name.in(lang), r.kind.label().in(lang), r.state.label().in(lang),
                    entered, c.getOrDefault(EntryState.WAITING, 0L), c.getOrDefault(EntryState.RETURNED, 0L),
                    c.getOrDefault(EntryState.PASSED, 0L), c.getOrDefault(EntryState.REJECTED, 0L),
                    c.getOrDefault(EntryState.WITHDRAWN, 0L)));
        }
        return steps;
    }

    /** Live applications grouped by one attribute: key → {count, funds requested}. */
    private static Map<Object, Object[]> grouped(EntityManager em, String attribute, long programId) {
        Map<Object, Object[]> out = new HashMap<>();
        for (Object[] r : em.createQuery("select " + attribute + ", count(a), sum(a.requestedAmount) from Application a"
                + " where a.program.id = :p and a.status in :live group by " + attribute, Object[].class)
                .setParameter("p", programId).setParameter("live", LIVE).getResultList()) {
            out.put(r[0], new Object[] { r[1], r[2] });
        }
        return out;
    }

    /** Every part of the program (none left out, even at 0), then "not given" if some have none. */
    private static Statistics.Breakdown parts(String dimension, String title, long total, Map<Object, Object[]> counts,
            List<? extends ProgramPart> parts, Lang lang, StatisticsMsg m) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Object> keys = new ArrayList<>();
        for (ProgramPart part : parts) {
            keys.add(part.id);
            names.put(part.id.toString(), part.name.in(lang));
        }
        if (counts.containsKey(null)) {
            keys.add(null);
        }
        return breakdown(dimension, title, total, keys, counts, k -> k == null ? m.not_given() : names.get(k.toString()));
    }

    private static Statistics.Breakdown countries(long total, Map<Object, Object[]> counts, Lang lang, StatisticsMsg m) {
        List<Object> keys = new ArrayList<>(counts.keySet());
        Function<Object, String> name = k -> k == null ? m.not_given()
                : Countries.isKnown((String) k) ? Countries.of((String) k).name(lang) : (String) k;
        return breakdown("COUNTRY", m.dim_country(), total, keys, counts, name);
    }

    /** Rows ranked by count (largest first); equal counts keep the given order (program order). */
    private static Statistics.Breakdown breakdown(String dimension, String title, long total, List<Object> keys,
            Map<Object, Object[]> counts, Function<Object, String> name) {
        List<Long> n = keys.stream().map(k -> counts.containsKey(k) ? (Long) counts.get(k)[0] : 0L).toList();
        int[] ranks = Shares.ranks(n);
        List<Statistics.Share> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Object k = keys.get(i);
            rows.add(new Statistics.Share(k == null ? null : k.toString(), name.apply(k), n.get(i),
                    Shares.percent(n.get(i), total), ranks[i], counts.containsKey(k) ? (BigDecimal) counts.get(k)[1] : null));
        }
        Comparator<Statistics.Share> order = Comparator.comparingInt(Statistics.Share::rank);
        if (dimension.equals("COUNTRY")) {
            order = order.thenComparing(Statistics.Share::name, Comparator.nullsLast(Comparator.naturalOrder()));
        }
        rows.sort(order);
        return new Statistics.Breakdown(dimension, title, total, rows);
    }

    /** The units grouped by city (cities in the order of their first unit), each ranked within its city. */
    private Statistics.League league(long programId, List<Round> rounds, List<Direction> directions,
            List<RecommendingUnit> units, Map<Object, Object[]> applications, Lang lang, StatisticsMsg m) {
        ProposedList.Selection selection = units.isEmpty() ? null : proposedList.tally(programId, rounds);
        List<String> directionNames = directions.stream().map(d -> d.name.in(lang)).toList();
        if (selection == null) {
            return new Statistics.League(null, null, null, directionNames, List.of());
        }
        Map<String, List<RecommendingUnit>> byCity = new LinkedHashMap<>();
        for (RecommendingUnit u : units) {
            byCity.computeIfAbsent(u.city == null ? "" : u.city.in(lang), k -> new ArrayList<>()).add(u);
        }
        List<Statistics.City> cities = new ArrayList<>();
        byCity.forEach((city, members) -> {
            List<ProposedList.Tally> tallies = members.stream().map(u -> selection.unit(u.id)).toList();
            long citySelected = tallies.stream().mapToLong(ProposedList.Tally::selected).sum();
            int[] ranks = Shares.ranks(tallies.stream().map(ProposedList.Tally::selected).toList());
            List<Statistics.UnitLine> lines = new ArrayList<>();
            long cityApplications = 0;
            BigDecimal requested = null;
            BigDecimal proposed = null;
            for (int i = 0; i < members.size(); i++) {
                RecommendingUnit u = members.get(i);
                ProposedList.Tally t = tallies.get(i);
                long apps = applications.containsKey(u.id) ? (Long) applications.get(u.id)[0] : 0L;
                cityApplications += apps;
                requested = add(requested, t.requested());
                proposed = add(proposed, t.proposed());
                lines.add(new Statistics.UnitLine(u.id, u.name.in(lang), apps, t.selected(),
                        Shares.percent(t.selected(), citySelected), ranks[i], t.requested(), t.proposed(),
                        directions.stream().map(d -> selection.selected(u.id, d.id)).toList()));
            }
            lines.sort(Comparator.comparingInt(Statistics.UnitLine::rankInCity));
            cities.add(new Statistics.City(city.isEmpty() ? m.not_given() : city, cityApplications, citySelected,
                    requested, proposed, lines));
        });
        return new Statistics.League(selection.basis().name(), basisText(selection, lang, m),
                selection.round() == null ? null : selection.round().id, directionNames, cities);
    }

    private static String basisText(ProposedList.Selection s, Lang lang, StatisticsMsg m) {
        return switch (s.basis()) {
            case RESULT_LIST -> m.basis_result_list();
            case CONFIRMED_ROUND -> m.basis_confirmed_round(s.round().name.in(lang));
            case SUBMITTED -> m.basis_submitted();
        };
    }

    private List<Statistics.RoundProgress> progress(List<Round> rounds, Lang lang) {
        List<Statistics.RoundProgress> out = new ArrayList<>();
        for (Round r : rounds) {
            if (!r.isScoring()) {
                continue;
            }
            ProgressService.Progress p = progress.byJudge(r.id);
            out.add(new Statistics.RoundProgress(r.id, r.name.in(lang), r.state.label().in(lang), p.submitted(), p.due(),
                    p.judges().stream().map(j -> new Statistics.JudgeLine(j.judgeId(), j.username(), j.name(),
                            j.active(), j.submitted(), j.due())).toList()));
        }
        return out;
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
