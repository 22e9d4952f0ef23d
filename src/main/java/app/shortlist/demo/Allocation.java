package app.shortlist.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Exact counts from weights, and weighted picks. Pure Java. */
final class Allocation {

    private Allocation() {
    }

    /**
     * Splits {@code total} over the keys in proportion to their weights (largest
     * remainder), giving every key at least {@code min} as long as the total allows.
     */
    static <T> Map<T, Integer> split(Map<T, Double> weights, int total, int min) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<T, Integer> counts = new LinkedHashMap<>();
        List<Map.Entry<T, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<T, Double> w : weights.entrySet()) {
            double exact = total * w.getValue() / sum;
            int whole = (int) Math.floor(exact);
            counts.put(w.getKey(), whole);
            given += whole;
            remainders.add(Map.entry(w.getKey(), exact - whole));
        }
        remainders.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        for (int i = 0; given < total; i++, given++) {
            counts.merge(remainders.get(i % remainders.size()).getKey(), 1, Integer::sum);
        }
        if ((long) min * counts.size() <= total) {
            for (T key : counts.keySet()) {
                while (counts.get(key) < min) {
                    T largest = Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
                    counts.merge(largest, -1, Integer::sum);
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Every key repeated by its count, in a seeded random order. */
    static <T> List<T> shuffled(Map<T, Integer> counts, Random random) {
        List<T> all = new ArrayList<>();
        counts.forEach((key, n) -> {
            for (int i = 0; i < n; i++) {
                all.add(key);
            }
        });
        Collections.shuffle(all, random);
        return all;
    }

    /** One key, with probability proportional to its weight. */
    static <T> T pick(Map<T, Double> weights, Random random) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double x = random.nextDouble() * sum;
        T last = null;
        for (Map.Entry<T, Double> w : weights.entrySet()) {
            last = w.getKey();
            x -= w.getValue();
            if (x < 0) {
                return last;
            }
        }
        return last;
    }

    static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    /** A seed for row {@code index} of a data set: rows come out the same whatever the batch boundaries. */
    static long rowSeed(long seed, long index) {
        long z = seed + index * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
