package app.shortlist.judging.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A round's rubric: weighted criteria, each with its own range and step.
 *
 * <p><b>Total.</b> A scorecard's total is the weighted mean of its criterion scores,
 * {@code total = Σ weightᵢ·scoreᵢ / Σ weightᵢ}. It therefore lies in the rubric's range
 * {@code [min(), max()]} where {@code min() = Σ wᵢ·minᵢ / Σ wᵢ} and {@code max() = Σ wᵢ·maxᵢ / Σ wᵢ}
 * (when all criteria share one range, the rubric's range is that range). Weights are relative:
 * (2, 1, 1) and (50, 25, 25) give the same totals. The numerator is exact; the single division is
 * done in {@link MathContext#DECIMAL64} (16 significant digits).
 */
public record Rubric(List<Criterion> criteria) {

    /** Precision of the one division in {@link #total(Map)}. */
    public static final MathContext PRECISION = MathContext.DECIMAL64;

    /**
     * One criterion. A score is valid when {@code min ≤ score ≤ max} and {@code (score − min)} is a
     * whole multiple of {@code step}; {@code (max − min)} must itself be a multiple of {@code step}.
     */
    public record Criterion(String key, BigDecimal weight, BigDecimal min, BigDecimal max, BigDecimal step) {
        public Criterion {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("criterion key is blank");
            }
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(step, "step");
            if (weight.signum() <= 0) {
                throw new IllegalArgumentException("weight of " + key + " must be positive: " + weight);
            }
            if (min.compareTo(max) >= 0) {
                throw new IllegalArgumentException("min of " + key + " must be below max: " + min + " .. " + max);
            }
            if (step.signum() <= 0) {
                throw new IllegalArgumentException("step of " + key + " must be positive: " + step);
            }
            if (max.subtract(min).remainder(step).signum() != 0) {
                throw new IllegalArgumentException("range of " + key + " is not a multiple of its step " + step);
            }
        }

        public static Criterion of(String key, String weight, String min, String max, String step) {
            return new Criterion(key, new BigDecimal(weight), new BigDecimal(min), new BigDecimal(max), new BigDecimal(step));
        }
    }

    /** What is wrong with one criterion's score on a scorecard. */
    public record ScoreProblem(String criterion, Kind kind, BigDecimal value) {
        public enum Kind {
            /** The rubric has the criterion; the scorecard has no score for it. */
            MISSING,
            /** Below the criterion's min or above its max. */
            OUT_OF_RANGE,
            /** Within range but not min + a whole number of steps. */
            OFF_STEP,
            /** The scorecard scores a key that is not in the rubric. */
            UNKNOWN_CRITERION
        }
    }

    public Rubric {
        Objects.requireNonNull(criteria, "criteria");
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("a rubric needs at least one criterion");
        }
        criteria = List.copyOf(criteria);
        Set<String> keys = new HashSet<>();
        for (Criterion c : criteria) {
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException("duplicate criterion " + c.key());
            }
        }
    }

    public static Rubric of(Criterion... criteria) {
        return new Rubric(List.of(criteria));
    }

    public Optional<Criterion> criterion(String key) {
        for (Criterion c : criteria) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public BigDecimal weightSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            sum = sum.add(c.weight());
        }
        return sum;
    }

    /** Lowest possible total: {@code Σ wᵢ·minᵢ / Σ wᵢ}. */
    public BigDecimal min() {
        BigDecimal num = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            num = num.add(c.weight().multiply(c.min()));
        }
        return num.divide(weightSum(), PRECISION);
    }

    /** Highest possible total (full marks): {@code Σ wᵢ·maxᵢ / Σ wᵢ}. */
    public BigDecimal max() {
        BigDecimal num = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            num = num.add(c.weight().multiply(c.max()));
        }
        return num.divide(weightSum(), PRECISION);
    }

    /**
     * Every problem of these scores against the rubric, in rubric order (unknown keys last, sorted);
     * empty when the scores are complete and valid.
     */
    public List<ScoreProblem> problems(Map<String, BigDecimal> scores) {
        Objects.requireNonNull(scores, "scores");
        List<ScoreProblem> problems = null;
        for (Criterion c : criteria) {
            BigDecimal s = scores.get(c.key());
            ScoreProblem.Kind kind = null;
            if (s == null) {
                kind = ScoreProblem.Kind.MISSING;
            } else if (s.compareTo(c.min()) < 0 || s.compareTo(c.max()) > 0) {
                kind = ScoreProblem.Kind.OUT_OF_RANGE;
            } else if (s.subtract(c.min()).remainder(c.step()).signum() != 0) {
                kind = ScoreProblem.Kind.OFF_STEP;
            }
            if (kind != null) {
                if (problems == null) {
                    problems = new ArrayList<>();
                }
                problems.add(new ScoreProblem(c.key(), kind, s));
            }
        }
        if (scores.size() > criteria.size() - (problems == null ? 0 : countMissing(problems))) {
            List<String> unknown = new ArrayList<>();
            for (String key : scores.keySet()) {
                if (criterion(key).isEmpty()) {
                    unknown.add(key);
                }
            }
            unknown.sort(null);
            for (String key : unknown) {
                if (problems == null) {
                    problems = new ArrayList<>();
                }
                problems.add(new ScoreProblem(key, ScoreProblem.Kind.UNKNOWN_CRITERION, scores.get(key)));
            }
        }
        return problems == null ? List.of() : List.copyOf(problems);
    }

    private static int countMissing(List<ScoreProblem> problems) {
        int n = 0;
        for (ScoreProblem p : problems) {
            if (p.kind() == ScoreProblem.Kind.MISSING) {
                n++;
            }
        }
        return n;
    }

    /**
     * The weighted total {@code Σ wᵢ·scoreᵢ / Σ wᵢ}, in the rubric's range.
     *
     * @throws IllegalArgumentException when {@link #problems(Map)} is not empty
     */
    public BigDecimal total(Map<String, BigDecimal> scores) {
        List<ScoreProblem> problems = problems(scores);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("scores do not fit the rubric: " + problems);
        }
        return totalOfValid(scores);
    }

    /** {@link #total(Map)} without validation; for callers that already checked {@link #problems(Map)}. */
    BigDecimal totalOfValid(Map<String, BigDecimal> scores) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            num = num.add(c.weight().multiply(scores.get(c.key())));
            den = den.add(c.weight());
        }
        return num.divide(den, PRECISION);
    }
}
