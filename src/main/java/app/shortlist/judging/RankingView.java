package app.shortlist.judging;

import java.math.BigDecimal;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A round's ranking as the admin reads it, on the page and in the API alike: the round, how it is
 * scored and ranked (in words), and the entries per group (per track under a per-track rule) with
 * the rule's cut line.
 *
 * @param frozen    the confirmed snapshot (read-only), else the live ranking
 * @param canChange overrides and confirmation are possible now (the round is closed)
 * @param version   the round's version, to send back with a confirmation
 */
@TemplateData
public record RankingView(long roundId, long programId, String program, String round, String state,
        String stateLabel, boolean frozen, boolean blind, String aggregation, String aggregationText,
        List<String> tieBreaks, String tieBreaksText, String rule, String ruleText, String statusText,
        String confirmedBy, String confirmedAt, long version, boolean canChange, String notClosed, long selected,
        int total, String nextRound, String summary, List<Group> groups) {

    /** One group of entries with its cut line: every entry, or one track's under a per-track rule. */
    @TemplateData
    public record Group(String key, Long trackId, String name, boolean cutAtTop, boolean tieAtCut, String tieWarning,
            List<Row> rows) {
    }

    /**
     * One entry. {@code rank} is the overall rank (null when not scored); {@code cutAfter}: the rule's
     * cut line runs below this row.
     */
    @TemplateData
    public record Row(int position, Integer rank, long applicationId, String reference, String project,
            String organisation, Long trackId, String track, BigDecimal score, String scoreText, boolean scored,
            int counted, int scorecards, Integer submitted, Integer due, String tieBrokenBy, String tieText,
            List<Outlier> outliers, String outlierText, boolean proposed, boolean selected, boolean overridden,
            String overrideReason, String outcome, boolean cutAfter) {
    }

    /** A judge whose total for the entry is far from the panel's (admins only). */
    @TemplateData
    public record Outlier(long judgeId, String name) {
    }
}
