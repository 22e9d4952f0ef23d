package app.shortlist.judging.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One judge's scores for one application in one round. A recused scorecard (the judge declared a
 * conflict or withdrew) never counts, whatever scores it holds. A criterion without a score is
 * simply absent from {@code scores}.
 */
public record Scorecard(long judgeId, long applicationId, Map<String, BigDecimal> scores, boolean recused) {

    public Scorecard {
        scores = Map.copyOf(Objects.requireNonNull(scores, "scores"));
    }

    public static Scorecard of(long judgeId, long applicationId, Map<String, BigDecimal> scores) {
        return new Scorecard(judgeId, applicationId, scores, false);
    }

    public static Scorecard recused(long judgeId, long applicationId) {
        return new Scorecard(judgeId, applicationId, Map.of(), true);
    }
}
