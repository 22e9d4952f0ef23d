package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import app.shortlist.judging.rules.Aggregation;
import app.shortlist.judging.rules.TieBreak;

/**
 * A round's ranking with the advancement proposal and the admin's overrides: either computed now
 * from the submitted scorecards ({@code frozen = false}) or read from the snapshot written at
 * confirmation ({@code frozen = true}, never recomputed).
 *
 * @param lines         best first; entries without any valid scorecard last, by application id
 * @param confirmedBy   who confirmed (frozen only)
 * @param roundVersion  the round's version, to send back with a confirmation
 */
public record Standing(long roundId, boolean frozen, Aggregation aggregation, List<TieBreak> tieBreaks,
        AdvancementRule rule, List<Line> lines, String confirmedBy, Instant confirmedAt, long roundVersion) {

    public Standing {
        tieBreaks = List.copyOf(tieBreaks);
        lines = List.copyOf(lines);
    }

    /**
     * One application's line.
     *
     * @param score       the aggregate; null when not scored
     * @param rank        1-based; null when not scored
     * @param counted     totals that entered the score
     * @param scorecards  valid scorecards
     * @param submitted   submitted scorecards of active assignments (live only, else null)
     * @param due         active assignments (live only, else null)
     * @param tieBrokenBy stored form of the tie-break that put it ahead of the next line, or null
     * @param outliers    judge ids whose total is far from the panel's
     */
    public record Line(int position, long applicationId, Long trackId, BigDecimal score, Integer rank, int counted,
            int scorecards, Integer submitted, Integer due, String tieBrokenBy, List<Long> outliers, boolean proposed,
            boolean selected, String overrideReason) {

        public Line {
            outliers = List.copyOf(outliers);
        }

        public boolean scored() {
            return score != null;
        }

        public boolean overridden() {
            return overrideReason != null;
        }
    }

    public long selectedCount() {
        return lines.stream().filter(Line::selected).count();
    }
}
