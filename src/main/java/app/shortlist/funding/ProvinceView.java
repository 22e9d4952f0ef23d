package app.shortlist.funding;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.shortlist.pipeline.EntryState;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;

/** The province's view of a recommendation round: every unit with its quota, counts, list state and order. */
@Schema(name = "ProvinceRecommendations")
public record ProvinceView(long roundId, long programId, String programZh, String programEn, String roundZh,
        String roundEn, RoundState state, Instant closedAt, String closedReason, List<UnitLine> units) {

    @Schema(name = "ProvinceUnitLine")
    public record UnitLine(long unitId, String nameZh, String nameEn, String cityZh, String cityEn, Integer quota,
            long applications, long waiting, long returned, int recommendedCount, ListState listState,
            Instant submittedAt, String submittedBy, String returnedReason,
            @Schema(description = "The recommended applications in the unit's priority order") List<UnitView.Line> recommended) {
    }

    /** One query for the counts and one per unit for its order (units are a few dozen). */
    public static ProvinceView of(Round round) {
        Map<Long, Map<EntryState, Long>> counts = new HashMap<>();
        Round.getEntityManager().createQuery("select a.unit.id, e.state, count(e) from RoundEntry e join e.application a"
                + " where e.round.id = :round and a.unit is not null group by a.unit.id, e.state", Object[].class)
                .setParameter("round", round.id).getResultList()
                .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((EntryState) r[1], (Long) r[2]));
        Map<Long, UnitList> lists = new HashMap<>();
        UnitList.<UnitList>list("round.id = ?1", round.id).forEach(l -> lists.put(l.unit.id, l));
        List<UnitLine> units = RecommendingUnit.<RecommendingUnit>list("program.id = ?1 order by position, id",
                round.program.id).stream().map(u -> {
                    Map<EntryState, Long> n = counts.getOrDefault(u.id, Map.of());
                    UnitList l = lists.get(u.id);
                    List<UnitView.Line> order = UnitView.of(u).recommended();
                    return new UnitLine(u.id, u.name.zh, u.name.en, u.city == null ? null : u.city.zh,
                            u.city == null ? null : u.city.en, u.quota,
                            n.values().stream().mapToLong(Long::longValue).sum(), n.getOrDefault(EntryState.WAITING, 0L),
                            n.getOrDefault(EntryState.RETURNED, 0L), order.size(), UnitList.stateOf(l),
                            l == null ? null : l.submittedAt, l == null ? null : l.submittedBy,
                            l == null ? null : l.returnedReason, order);
                }).toList();
        return new ProvinceView(round.id, round.program.id, round.program.name.zh, round.program.name.en, round.name.zh,
                round.name.en, round.state, round.closedAt, round.closedReason, units);
    }
}
