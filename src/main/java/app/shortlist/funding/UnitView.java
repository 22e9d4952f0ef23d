package app.shortlist.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.shortlist.application.Application;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;

/** A unit's recommendation work as pages and API read it: its entries, its ordered list, its quota. */
@Schema(name = "UnitRecommendations")
public record UnitView(long unitId, String nameZh, String nameEn, String cityZh, String cityEn,
        @Schema(description = "null = no limit") Integer quota, int recommendedCount,
        @Schema(description = "Places left; null = no limit") Integer left, Long roundId, RoundState roundState,
        ListState listState, Instant submittedAt, String submittedBy, Instant returnedAt, String returnedReason,
        @Schema(description = "The recommended applications in priority order") List<Line> recommended,
        @Schema(description = "Every application of the unit in the round, recommended ones first") List<Line> entries,
        Map<EntryState, Long> counts) {

    @Schema(name = "RecommendationLine")
    public record Line(long entryId, long applicationId, String reference, String projectName, String organisation,
            String directionZh, String directionEn, BigDecimal requestedAmount, EntryState state,
            @Schema(description = "1 = first; null = not recommended") Integer priority, String opinion,
            @Schema(description = "The recommendation's version, −1 before its first change") long version) {
    }

    /** Whether the recommender may change the list now. */
    public boolean editable() {
        return roundState == RoundState.OPEN && listState.isEditable();
    }

    public static UnitView of(RecommendingUnit unit) {
        Round round = RecommendationService.roundOf(unit.program.id).orElse(null);
        List<Line> lines = new ArrayList<>();
        Map<EntryState, Long> counts = new java.util.EnumMap<>(EntryState.class);
        for (EntryState s : EntryState.values()) {
            counts.put(s, 0L);
        }
        UnitList list = null;
        if (round != null) {
            list = UnitList.of(round.id, unit.id);
            Map<Long, Recommendation> byEntry = new HashMap<>();
            Recommendation.<Recommendation>list("round.id = ?1 and unit.id = ?2", round.id, unit.id)
                    .forEach(r -> byEntry.put(r.entry.id, r));
            List<RoundEntry> entries = RoundEntry.list("select e from RoundEntry e join fetch e.application a"
                    + " left join fetch a.direction where e.round.id = ?1 and a.unit.id = ?2 order by a.submittedAt, a.id",
                    round.id, unit.id);
            for (RoundEntry e : entries) {
                counts.merge(e.state, 1L, Long::sum);
                Recommendation r = byEntry.get(e.id);
                Application a = e.application;
                // Waiting while the round runs; passed once the province confirmed it. A withdrawn one drops out.
                boolean on = r != null && r.priority != null
                        && (e.state == EntryState.WAITING || e.state == EntryState.PASSED);
                lines.add(new Line(e.id, a.id, a.reference, a.projectName, a.organisation,
                        a.direction == null ? null : a.direction.name.zh, a.direction == null ? null : a.direction.name.en,
                        a.requestedAmount, e.state, on ? r.priority : null, r == null ? null : r.opinion,
                        r == null ? -1 : r.version));
            }
        }
        List<Line> recommended = new ArrayList<>(lines.stream().filter(l -> l.priority() != null)
                .sorted(Comparator.comparing(Line::priority).thenComparing(Line::entryId)).toList());
        // Places shown as 1…n even if a withdrawal left a gap.
        for (int i = 0; i < recommended.size(); i++) {
            Line l = recommended.get(i);
            recommended.set(i, new Line(l.entryId(), l.applicationId(), l.reference(), l.projectName(),
                    l.organisation(), l.directionZh(), l.directionEn(), l.requestedAmount(), l.state(), i + 1,
                    l.opinion(), l.version()));
        }
        List<Line> all = new ArrayList<>(recommended);
        lines.stream().filter(l -> l.priority() == null).forEach(all::add);
        int used = recommended.size();
        return new UnitView(unit.id, unit.name.zh, unit.name.en, unit.city == null ? null : unit.city.zh,
                unit.city == null ? null : unit.city.en, unit.quota, used,
                unit.quota == null ? null : Math.max(0, unit.quota - used), round == null ? null : round.id,
                round == null ? null : round.state, UnitList.stateOf(list), list == null ? null : list.submittedAt,
                list == null ? null : list.submittedBy, list == null ? null : list.returnedAt,
                list == null ? null : list.returnedReason, List.copyOf(recommended), List.copyOf(all), counts);
    }
}
