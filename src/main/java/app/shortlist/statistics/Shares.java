package app.shortlist.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Shares and ranks as the tables state them. Pure Java. */
final class Shares {

    private Shares() {
    }

    /** {@code part} of {@code whole} in per cent, one decimal (half up); null when the whole is 0. */
    static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * Competition ranks ("1, 2, 2, 4") of the counts, largest first: equal counts share a rank and the next rank
     * skips as many places as shared it. Returned in the order of {@code counts}.
     */
    static int[] ranks(List<Long> counts) {
        int[] ranks = new int[counts.size()];
        for (int i = 0; i < ranks.length; i++) {
            long c = counts.get(i);
            ranks[i] = 1 + (int) counts.stream().filter(other -> other > c).count();
        }
        return ranks;
    }
}
