package app.shortlist.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program's dashboard numbers, in the reader's language: the page draws them, the API returns them. */
@Schema(name = "ProgramStatistics", description = "A program's funnel, breakdowns, district league table and round progress. "
        + "Amounts are in 万元 (10,000 CNY); shares are per cent with one decimal.")
public record Statistics(long programId, String programCode, String program,
        @Schema(description = "COMPETITION or FUNDING_CALL") String kind,
        Totals totals,
        @Schema(description = "Submitted, then every round that holds entries, in round order")
        List<FunnelStep> funnel,
        @Schema(description = "By track, support direction, country/region and recommending unit, where the program has them")
        List<Breakdown> breakdowns,
        League league,
        @Schema(description = "Every scoring round: scorecards submitted against those due, per judge")
        List<RoundProgress> progress) {

    @Schema(name = "StatisticsTotals")
    public record Totals(
            @Schema(description = "Applications submitted and not withdrawn (including those returned for correction)")
            long submitted,
            long withdrawn,
            @Schema(description = "Drafts not yet submitted") long drafts,
            @Schema(description = "Sum of the submitted applications' requested amounts, 万元")
            BigDecimal fundsRequested) {
    }

    @Schema(name = "FunnelStep", description = "One step of the funnel. The first (roundId null) is the submitted applications; "
            + "each round's entered = its entries (a withdrawn one included), passed = decided to go on")
    public record FunnelStep(Long roundId, String name, String kind, String state, long entered, long waiting,
            long returned, long passed, long rejected, long withdrawn) {
    }

    @Schema(name = "Breakdown", description = "Submitted applications grouped by one dimension")
    public record Breakdown(@Schema(enumeration = { "TRACK", "DIRECTION", "COUNTRY", "UNIT" }) String dimension,
            String title, long total, List<Share> rows) {
    }

    @Schema(name = "BreakdownRow")
    public record Share(
            @Schema(description = "The track, direction or unit id, or the ISO country code; null for 'not given'")
            String key,
            String name, long count,
            @Schema(description = "count / total × 100, one decimal; null when the total is 0") BigDecimal share,
            @Schema(description = "1 = most applications; equal counts share a rank") int rank,
            BigDecimal fundsRequested) {
    }

    @Schema(name = "League", description = "Recommending units by city: what each has on the proposed support list")
    public record League(
            @Schema(description = "What 'selected' counts: RESULT_LIST (the published proposed support list), "
                    + "CONFIRMED_ROUND (entries that passed the program's last confirmed scoring round) or "
                    + "SUBMITTED (nothing selected yet: the submitted applications)",
                    enumeration = { "RESULT_LIST", "CONFIRMED_ROUND", "SUBMITTED" }) String basis,
            String basisText, Long basisRoundId,
            @Schema(description = "Support directions in program order, for the per-direction counts") List<String> directions,
            List<City> cities) {
    }

    @Schema(name = "LeagueCity")
    public record City(String name, long applications, long selected, BigDecimal fundsRequested,
            BigDecimal fundsProposed, List<UnitLine> units) {
    }

    @Schema(name = "LeagueUnit")
    public record UnitLine(long unitId, String name, long applications, long selected,
            @Schema(description = "selected / the city's selected × 100, one decimal") BigDecimal shareOfCity,
            @Schema(description = "Rank among the city's units by selected; equal counts share a rank") int rankInCity,
            @Schema(description = "Requested by the selected projects, 万元") BigDecimal fundsRequested,
            @Schema(description = "Proposed for the selected projects, 万元; null until a proposed list carries amounts")
            BigDecimal fundsProposed,
            @Schema(description = "Selected per support direction, in the order of League.directions")
            List<Long> byDirection) {
    }

    @Schema(name = "RoundProgress")
    public record RoundProgress(long roundId, String name, String state, long submitted, long due,
            List<JudgeLine> judges) {
    }

    @Schema(name = "JudgeProgressLine")
    public record JudgeLine(long judgeId, String username, String name, boolean active, long submitted, long due) {
    }
}
