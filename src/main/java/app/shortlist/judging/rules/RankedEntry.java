package app.shortlist.judging.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One application's place in a round's ranking.
 *
 * @param applicationId the application
 * @param score         the aggregate, scale 4, HALF_UP
 * @param scoresCounted totals that entered the aggregate ({@code scorecards − 2} under a trimmed
 *                      mean of 5 or more, else {@code scorecards})
 * @param scorecards    valid scorecards (not recused, every criterion scored)
 * @param rank          1-based; sequential, except that entries still tied after every tie-break
 *                      share a rank (standard competition ranking 1, 2, 2, 4)
 * @param tieBrokenBy   the tie-break that put this entry ahead of the next one when their scores are
 *                      equal; null when the scores differ, when this is the last entry, or when no
 *                      tie-break separated them (then they share a rank)
 * @param outlierJudges judges whose total for this application is an outlier, ascending
 */
public record RankedEntry(long applicationId, BigDecimal score, int scoresCounted, int scorecards, int rank,
        TieBreak tieBrokenBy, List<Long> outlierJudges) {

    public RankedEntry {
        Objects.requireNonNull(score, "score");
        outlierJudges = List.copyOf(outlierJudges);
    }
}
