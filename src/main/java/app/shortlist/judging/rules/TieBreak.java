package app.shortlist.judging.rules;

/**
 * A rule that orders applications whose aggregate scores are equal (equal after rounding to 4
 * decimals). Tie-breaks are applied in the order given; the first that differs decides.
 */
public sealed interface TieBreak permits TieBreak.Criterion, TieBreak.MoreTopScores, TieBreak.ApplicationId {

    /**
     * More scorecards whose total is full marks ({@link Rubric#max()}) wins. Raw totals, over all
     * valid scorecards (also under trimming and z-score).
     */
    TieBreak MORE_TOP_SCORES = new MoreTopScores();

    /**
     * Lower application id first. Arbitrary but deterministic: use it only as the last resort; with
     * it in the list no tie can remain, and {@link RankedEntry#tieBrokenBy()} says when it decided.
     */
    TieBreak APPLICATION_ID = new ApplicationId();

    /**
     * Higher mean raw score on this criterion wins (over all valid scorecards, compared exactly).
     */
    static TieBreak criterion(String key) {
        return new Criterion(key);
    }

    record Criterion(String key) implements TieBreak {
        public Criterion {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("tie-break criterion key is blank");
            }
        }

        @Override
        public String toString() {
            return "criterion(" + key + ")";
        }
    }

    record MoreTopScores() implements TieBreak {
        @Override
        public String toString() {
            return "MORE_TOP_SCORES";
        }
    }

    record ApplicationId() implements TieBreak {
        @Override
        public String toString() {
            return "APPLICATION_ID";
        }
    }
}
