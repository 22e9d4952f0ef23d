package app.shortlist.judging.rules;

/**
 * How one application's valid scorecard totals become its score in a round. Every aggregate is
 * rounded to 4 decimals, HALF_UP.
 */
public enum Aggregation {
    /** Arithmetic mean of the totals. */
    MEAN,
    /**
     * 去掉一个最高分和一个最低分: with at least 5 totals, exactly one highest and one lowest total are
     * dropped (one each, even when several are equal) and the rest are averaged. With fewer than 5
     * totals nothing is dropped: it is the plain {@link #MEAN} (trimming 2 of 3 or 4 would leave a
     * score resting on one or two judges).
     */
    TRIMMED_MEAN,
    /**
     * Per-judge normalisation against harsh or lenient judges. For each judge, μⱼ and σⱼ are the mean
     * and population standard deviation of that judge's totals over all of their valid scorecards in
     * the round; each total x becomes z = (x − μⱼ)/σⱼ (z = 0 when σⱼ = 0, e.g. a judge with a single
     * scorecard). z is mapped back to the rubric's scale with the round's overall mean and population
     * standard deviation of all valid totals: x' = μ_all + z·σ_all, clamped to the rubric's
     * [min, max]. The application's score is the mean of its x'. Computed in double precision.
     */
    Z_SCORE
}
