package app.shortlist.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.shortlist.application.Application;
import app.shortlist.pipeline.EntryState;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.program.RoundState;

/**
 * What the district league table calls "selected" (on the proposed support list, 拟支持) and "funds proposed",
 * counted per recommending unit and support direction in one grouped query. The dashboard asks only
 * {@link #tally}; it is the one place to switch to the published result lists.
 */
@ApplicationScoped
public class ProposedList {

    public enum Basis {
        /** The program's published result lists: the latest version of each, with its proposed amounts. */
        RESULT_LIST,
        /** The entries that passed the program's last confirmed scoring round (its frozen selection). */
        CONFIRMED_ROUND,
        /** Nothing selected yet: the submitted applications. */
        SUBMITTED
    }

    /** Selected projects of one unit in one direction: how many, their requested and proposed sums (万元). */
    public record Tally(long selected, BigDecimal requested, BigDecimal proposed) {
        static final Tally NONE = new Tally(0, null, null);

        Tally plus(Tally o) {
            return new Tally(selected + o.selected, sum(requested, o.requested), sum(proposed, o.proposed));
        }

        private static BigDecimal sum(BigDecimal a, BigDecimal b) {
            return a == null ? b : b == null ? a : a.add(b);
        }
    }

    /** The tallies by unit id, then direction id (null keys for none). */
    public record Selection(Basis basis, Round round, Map<Long, Map<Long, Tally>> byUnit) {
        public Tally unit(Long unitId) {
            return byUnit.getOrDefault(unitId, Map.of()).values().stream().reduce(Tally.NONE, Tally::plus);
        }

        public long selected(Long unitId, Long directionId) {
            return byUnit.getOrDefault(unitId, Map.of()).getOrDefault(directionId, Tally.NONE).selected();
        }
    }

    /**
     * Who is selected, and for how much: the entries of the latest published version of each of the
     * program's result lists, with their proposed amounts; before any list is published, the PASSED
     * entries of the program's last CONFIRMED scoring round (proposed funds unknown); before that,
     * the submitted applications.
     *
     * @param rounds the program's rounds in order (the caller has them)
     */
    public Selection tally(long programId, List<Round> rounds) {
        var em = Application.getEntityManager();
        List<Object[]> rows = em.createQuery("select a.unit.id, a.direction.id, count(a), sum(a.requestedAmount), "
                + "sum(le.proposedAmount) from ResultListEntry le, Application a where a.id = le.applicationId "
                + "and le.versionId in (select v.id from ResultListVersion v, ResultList l where l.id = v.listId "
                + "and l.programId = :p and v.number = (select max(w.number) from ResultListVersion w "
                + "where w.listId = l.id)) group by a.unit.id, a.direction.id", Object[].class)
                .setParameter("p", programId).getResultList();
        Basis basis = Basis.RESULT_LIST;
        Optional<Round> confirmed = rounds.stream()
                .filter(r -> r.kind == RoundKind.SCORING && r.state == RoundState.CONFIRMED)
                .reduce((first, second) -> second);
        if (rows.isEmpty() && confirmed.isPresent()) {
            basis = Basis.CONFIRMED_ROUND;
            rows = em.createQuery("select a.unit.id, a.direction.id, count(a), sum(a.requestedAmount), "
                    + "cast(null as BigDecimal) from RoundEntry e join e.application a where e.round.id = :r "
                    + "and e.state = :passed group by a.unit.id, a.direction.id", Object[].class)
                    .setParameter("r", confirmed.get().id).setParameter("passed", EntryState.PASSED).getResultList();
        } else if (rows.isEmpty()) {
            basis = Basis.SUBMITTED;
            rows = em.createQuery("select a.unit.id, a.direction.id, count(a), sum(a.requestedAmount), "
                    + "cast(null as BigDecimal) from Application a where a.program.id = :p and a.status in :live "
                    + "group by a.unit.id, a.direction.id", Object[].class)
                    .setParameter("p", programId).setParameter("live", StatisticsService.LIVE).getResultList();
        }
        Map<Long, Map<Long, Tally>> byUnit = new HashMap<>();
        for (Object[] r : rows) {
            byUnit.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                    .put((Long) r[1], new Tally((Long) r[2], (BigDecimal) r[3], (BigDecimal) r[4]));
        }
        return new Selection(basis, basis == Basis.CONFIRMED_ROUND ? confirmed.get() : null, byUnit);
    }
}
