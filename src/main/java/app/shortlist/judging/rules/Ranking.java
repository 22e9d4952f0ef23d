package app.shortlist.judging.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks a round's applications from its scorecards.
 *
 * <p><b>Which scorecards count.</b> Recused scorecards and scorecards missing a criterion are
 * ignored (not counted as zero); they do not enter the judge statistics of {@link Aggregation#Z_SCORE}
 * either. A scored value out of range or off-step, or a key the rubric does not know, is a data
 * error (scores are validated when saved) and fails with {@link IllegalArgumentException}, as do two
 * counted scorecards of one judge for one application. Applications without any valid scorecard are
 * not ranked; the caller compares with its assignments to show them as unscored.
 *
 * <p><b>Order.</b> Aggregate score descending; equal aggregates (after rounding to 4 decimals) are
 * ordered by the tie-breaks in the given order; entries still tied are listed by ascending
 * application id and share a rank. The inputs are sorted by (application, judge) first, so the
 * output never depends on input order.
 *
 * <p><b>Outliers.</b> A judge is flagged on an application when |total − panel mean| &gt; fraction ×
 * (rubric max − rubric min), where the panel mean is the plain mean of all valid raw totals for that
 * application (the judge's own included), default fraction 0.20 ({@link #DEFAULT_OUTLIER_FRACTION}).
 * A rule of "2 standard deviations of that application's totals" was rejected: with n totals, no
 * total can be more than (n − 1)/√n population standard deviations from their mean, which is 1.79
 * for n = 5, so with panels of 5 or fewer judges such a rule can never flag anyone. The comparison
 * is exact: |n·total − Σ totals| &gt; n·fraction·range, in BigDecimal. Raw totals are used under every
 * aggregation (the flag is about what the judge gave).
 *
 * <p><b>Tie-break data.</b> Criterion means and full-mark counts are taken over all valid
 * scorecards of the application (also under trimming and z-score), on raw scores.
 *
 * <p><b>Cost.</b> One sort of the scorecards (O(n log n)), one linear pass per aggregation (two more
 * for the z-score statistics) and one sort of the applications. 100,000 applications × 5
 * scorecards rank in about 0.5 s warm, about 1 s cold (2 cores).
 */
public final class Ranking {

    public static final BigDecimal DEFAULT_OUTLIER_FRACTION = new BigDecimal("0.20");

    private static final int SCALE = 4;

    private Ranking() {
    }

    /** Ranks with the default outlier rule (deviation above 20 % of the rubric range). */
    public static List<RankedEntry> rank(List<Scorecard> scorecards, Rubric rubric, Aggregation aggregation,
            List<TieBreak> tieBreaks) {
        return rank(scorecards, rubric, aggregation, tieBreaks, DEFAULT_OUTLIER_FRACTION);
    }

    /**
     * @param outlierFraction share of the rubric's range (max − min) beyond which a judge's total is
     *                        flagged as an outlier; positive
     */
    public static List<RankedEntry> rank(List<Scorecard> scorecards, Rubric rubric, Aggregation aggregation,
            List<TieBreak> tieBreaks, BigDecimal outlierFraction) {
        Objects.requireNonNull(scorecards, "scorecards");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(tieBreaks, "tieBreaks");
        Objects.requireNonNull(outlierFraction, "outlierFraction");
        if (outlierFraction.signum() <= 0) {
            throw new IllegalArgumentException("outlier fraction must be positive: " + outlierFraction);
        }
        List<TieBreak> breaks = List.copyOf(tieBreaks);
        List<String> tieCriteria = new ArrayList<>();
        for (TieBreak t : breaks) {
            if (t instanceof TieBreak.Criterion c) {
                if (rubric.criterion(c.key()).isEmpty()) {
                    throw new IllegalArgumentException("tie-break criterion " + c.key() + " is not in the rubric");
                }
                if (!tieCriteria.contains(c.key())) {
                    tieCriteria.add(c.key());
                }
            }
        }

        BigDecimal rubricMin = rubric.min();
        BigDecimal rubricMax = rubric.max();
        BigDecimal outlierLimit = outlierFraction.multiply(rubricMax.subtract(rubricMin));

        // 1. Keep the valid scorecards and compute their totals.
        Card[] cards = new Card[scorecards.size()];
        int n = 0;
        for (Scorecard s : scorecards) {
            Objects.requireNonNull(s, "scorecard");
            if (s.recused()) {
                continue;
            }
            List<Rubric.ScoreProblem> problems = rubric.problems(s.scores());
            if (!problems.isEmpty()) {
                for (Rubric.ScoreProblem p : problems) {
                    if (p.kind() != Rubric.ScoreProblem.Kind.MISSING) {
                        throw new IllegalArgumentException("scorecard of judge " + s.judgeId() + " for application "
                                + s.applicationId() + " does not fit the rubric: " + problems);
                    }
                }
                continue; // incomplete: ignored
            }
            cards[n++] = new Card(s, rubric.totalOfValid(s.scores()));
        }
        cards = Arrays.copyOf(cards, n);

        // 2. Canonical order: the result cannot depend on input order.
        Arrays.sort(cards, Comparator.comparingLong((Card c) -> c.card.applicationId())
                .thenComparingLong(c -> c.card.judgeId()));
        for (int i = 1; i < n; i++) {
            if (cards[i].card.applicationId() == cards[i - 1].card.applicationId()
                    && cards[i].card.judgeId() == cards[i - 1].card.judgeId()) {
                throw new IllegalArgumentException("judge " + cards[i].card.judgeId()
                        + " has two counted scorecards for application " + cards[i].card.applicationId());
            }
        }

        double[] normalised = aggregation == Aggregation.Z_SCORE
                ? zNormalise(cards, rubricMin.doubleValue(), rubricMax.doubleValue())
                : null;

        // 3. One pass over the runs of each application.
        List<Agg> aggs = new ArrayList<>();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            long app = cards[start].card.applicationId();
            while (end < n && cards[end].card.applicationId() == app) {
                end++;
            }
            aggs.add(aggregate(cards, normalised, start, end, aggregation, tieCriteria, rubricMax, outlierLimit));
            start = end;
        }

        // 4. Sort and label.
        TieBreak[] breakArray = breaks.toArray(new TieBreak[0]);
        aggs.sort((a, b) -> {
            int c = b.score.compareTo(a.score);
            for (int i = 0; c == 0 && i < breakArray.length; i++) {
                c = compare(breakArray[i], a, b, tieCriteria);
            }
            return c != 0 ? c : Long.compare(a.applicationId, b.applicationId);
        });

        List<RankedEntry> out = new ArrayList<>(aggs.size());
        int rank = 0;
        for (int i = 0; i < aggs.size(); i++) {
            Agg a = aggs.get(i);
            if (i == 0 || !stillTied(aggs.get(i - 1), a, breaks, tieCriteria)) {
                rank = i + 1;
            }
            TieBreak brokenBy = null;
            if (i + 1 < aggs.size()) {
                Agg next = aggs.get(i + 1);
                if (a.score.compareTo(next.score) == 0) {
                    for (TieBreak t : breaks) {
                        if (compare(t, a, next, tieCriteria) != 0) {
                            brokenBy = t;
                            break;
                        }
                    }
                }
            }
            out.add(new RankedEntry(a.applicationId, a.score, a.counted, a.valid, rank, brokenBy, a.outliers));
        }
        return List.copyOf(out);
    }

    private static boolean stillTied(Agg a, Agg b, List<TieBreak> breaks, List<String> tieCriteria) {
        if (a.score.compareTo(b.score) != 0) {
            return false;
        }
        for (TieBreak t : breaks) {
            if (compare(t, a, b, tieCriteria) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Negative when {@code a} goes first. */
    private static int compare(TieBreak t, Agg a, Agg b, List<String> tieCriteria) {
        if (t instanceof TieBreak.Criterion c) {
            int k = tieCriteria.indexOf(c.key());
            // Higher mean first. Doubles decide when clearly apart; otherwise exactly:
            // mean_a > mean_b  <=>  sum_a·n_b > sum_b·n_a
            double ma = a.criterionMeans[k];
            double mb = b.criterionMeans[k];
            if (Math.abs(ma - mb) > 1e-9 * Math.max(1, Math.abs(ma))) {
                return Double.compare(mb, ma);
            }
            BigDecimal left = a.criterionSums[k].multiply(BigDecimal.valueOf(b.valid));
            BigDecimal right = b.criterionSums[k].multiply(BigDecimal.valueOf(a.valid));
            return right.compareTo(left);
        } else if (t instanceof TieBreak.MoreTopScores) {
            return Integer.compare(b.topScores, a.topScores);
        } else {
            return Long.compare(a.applicationId, b.applicationId);
        }
    }

    private static Agg aggregate(Card[] cards, double[] normalised, int start, int end, Aggregation aggregation,
            List<String> tieCriteria, BigDecimal rubricMax, BigDecimal outlierLimit) {
        int count = end - start;
        Agg a = new Agg();
        a.applicationId = cards[start].card.applicationId();
        a.valid = count;
        a.criterionSums = new BigDecimal[tieCriteria.size()];
        Arrays.fill(a.criterionSums, BigDecimal.ZERO);

        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal lowest = null;
        BigDecimal highest = null;
        double zSum = 0;
        for (int i = start; i < end; i++) {
            BigDecimal t = cards[i].total;
            sum = sum.add(t);
            lowest = lowest == null || t.compareTo(lowest) < 0 ? t : lowest;
            highest = highest == null || t.compareTo(highest) > 0 ? t : highest;
            if (t.compareTo(rubricMax) == 0) {
                a.topScores++;
            }
            for (int k = 0; k < tieCriteria.size(); k++) {
                a.criterionSums[k] = a.criterionSums[k].add(cards[i].card.scores().get(tieCriteria.get(k)));
            }
            if (normalised != null) {
                zSum += normalised[i];
            }
        }

        a.criterionMeans = new double[tieCriteria.size()];
        for (int k = 0; k < tieCriteria.size(); k++) {
            a.criterionMeans[k] = a.criterionSums[k].doubleValue() / count;
        }

        switch (aggregation) {
            case MEAN -> {
                a.counted = count;
                a.score = sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
            }
            case TRIMMED_MEAN -> {
                if (count >= 5) {
                    a.counted = count - 2;
                    a.score = sum.subtract(lowest).subtract(highest)
                            .divide(BigDecimal.valueOf(a.counted), SCALE, RoundingMode.HALF_UP);
                } else {
                    a.counted = count;
                    a.score = sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
                }
            }
            case Z_SCORE -> {
                a.counted = count;
                a.score = BigDecimal.valueOf(zSum / count).setScale(SCALE, RoundingMode.HALF_UP);
            }
        }

        // Outliers: |t − sum/count| > limit  <=>  |t·count − sum| > limit·count (exact).
        BigDecimal n = BigDecimal.valueOf(count);
        BigDecimal scaledLimit = outlierLimit.multiply(n);
        List<Long> outliers = new ArrayList<>(0);
        for (int i = start; i < end; i++) {
            if (cards[i].total.multiply(n).subtract(sum).abs().compareTo(scaledLimit) > 0) {
                outliers.add(cards[i].card.judgeId()); // ascending: cards are sorted by judge
            }
        }
        a.outliers = outliers;
        return a;
    }

    /**
     * x' = μ_all + z·σ_all with z = (x − μ_judge)/σ_judge, clamped. σ_judge = 0 is decided exactly
     * (all of the judge's totals equal), so floating-point noise cannot turn a constant judge into ±1.
     */
    private static double[] zNormalise(Card[] cards, double min, double max) {
        int n = cards.length;
        double[] x = new double[n];
        Judge[] judgeOf = new Judge[n];
        Map<Long, Judge> judges = new HashMap<>();
        double allSum = 0;
        for (int i = 0; i < n; i++) {
            x[i] = cards[i].total.doubleValue();
            Judge j = judges.computeIfAbsent(cards[i].card.judgeId(), k -> new Judge());
            judgeOf[i] = j;
            if (j.count == 0) {
                j.first = cards[i].total;
            } else if (!j.varies && cards[i].total.compareTo(j.first) != 0) {
                j.varies = true;
            }
            j.count++;
            j.sum += x[i];
            allSum += x[i];
        }
        double allMean = n == 0 ? 0 : allSum / n;
        double allSq = 0;
        for (int i = 0; i < n; i++) {
            Judge j = judgeOf[i];
            double d = x[i] - j.sum / j.count;
            j.squares += d * d;
            double e = x[i] - allMean;
            allSq += e * e;
        }
        double allSd = n == 0 ? 0 : Math.sqrt(allSq / n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Judge j = judgeOf[i];
            double sd = Math.sqrt(j.squares / j.count);
            double z = !j.varies || sd == 0 ? 0 : (x[i] - j.sum / j.count) / sd;
            out[i] = Math.min(max, Math.max(min, allMean + z * allSd));
        }
        return out;
    }

    private static final class Judge {
        int count;
        double sum;
        double squares;
        BigDecimal first;
        boolean varies;
    }

    private record Card(Scorecard card, BigDecimal total) {
    }

    private static final class Agg {
        long applicationId;
        BigDecimal score;
        int counted;
        int valid;
        int topScores;
        BigDecimal[] criterionSums;
        double[] criterionMeans;
        List<Long> outliers;
    }
}
