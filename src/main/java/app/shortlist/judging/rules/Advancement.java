package app.shortlist.judging.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A round's advancement rule (晋级规则): who goes on to the next round.
 *
 * <p>{@link #select} applies a rule to a ranking per group (e.g. per track) and reports, per group,
 * the cut line: the last selected entry and the first one not selected. When the cut runs between
 * two entries with the same aggregate score the selection is not silently trusted: the cut line has
 * {@code tieAtCut = true} and lists every entry of the group with that score, so the admin decides
 * (and records a reason) before confirming. The proposed selection still follows the ranking's
 * tie-break order, so it is complete and deterministic.
 */
public sealed interface Advancement permits Advancement.TopN, Advancement.Threshold, Advancement.Manual {

    /** The first {@code n} of each group in ranking order. */
    static Advancement topN(int n) {
        return new TopN(n);
    }

    /**
     * Every entry whose score is at least {@code minScore} (inclusive). Entries on both sides of a
     * threshold cut always differ in score, so a threshold cut never has {@code tieAtCut}.
     */
    static Advancement threshold(BigDecimal minScore) {
        return new Threshold(minScore);
    }

    /** Nobody is selected automatically; the admin picks. The cut line is before each group's first entry. */
    static Advancement manual() {
        return new Manual();
    }

    record TopN(int n) implements Advancement {
        public TopN {
            if (n < 0) {
                throw new IllegalArgumentException("top N must not be negative: " + n);
            }
        }
    }

    record Threshold(BigDecimal minScore) implements Advancement {
        public Threshold {
            Objects.requireNonNull(minScore, "minScore");
        }
    }

    record Manual() implements Advancement {
    }

    /**
     * Where a group was cut.
     *
     * @param group            the group key
     * @param lastSelected     the group's last selected application, or null when none was selected
     * @param firstNotSelected the group's first application left out, or null when all were selected
     * @param tieAtCut         the two above have the same aggregate score
     * @param tiedIds          when {@code tieAtCut}, every application of the group with that score,
     *                         in ranking order (selected and not); otherwise empty
     */
    record CutLine(String group, Long lastSelected, Long firstNotSelected, boolean tieAtCut, List<Long> tiedIds) {
        public CutLine {
            tiedIds = List.copyOf(tiedIds);
        }
    }

    /**
     * @param selected selected application ids, in ranking order
     * @param cutLines per group key, sorted by key
     */
    record Selection(List<Long> selected, Map<String, CutLine> cutLines) {
        public Selection {
            selected = List.copyOf(selected);
            cutLines = Collections.unmodifiableMap(new TreeMap<>(cutLines));
        }
    }

    /**
     * Applies {@code rule} to {@code ranking} (as returned by {@link Ranking#rank}, best first).
     *
     * @param groupOf the group of an application id (e.g. its track); null puts everything in one
     *                group with key {@code ""}
     * @throws IllegalArgumentException when the ranking is not ordered by descending score
     */
    static Selection select(List<RankedEntry> ranking, Advancement rule, Function<Long, String> groupOf) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(rule, "rule");
        Map<String, List<RankedEntry>> groups = new TreeMap<>();
        RankedEntry previous = null;
        for (RankedEntry e : ranking) {
            if (previous != null && previous.score().compareTo(e.score()) < 0) {
                throw new IllegalArgumentException("ranking is not ordered by descending score at application "
                        + e.applicationId());
            }
            previous = e;
            String group = groupOf == null ? "" : Objects.requireNonNull(groupOf.apply(e.applicationId()),
                    () -> "no group for application " + e.applicationId());
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(e);
        }

        List<Long> selectedIds = new ArrayList<>();
        Set<Long> chosen = new HashSet<>();
        Map<String, CutLine> cuts = new TreeMap<>();
        for (Map.Entry<String, List<RankedEntry>> g : groups.entrySet()) {
            List<RankedEntry> entries = g.getValue();
            int taken = taken(rule, entries);
            for (int i = 0; i < taken; i++) {
                chosen.add(entries.get(i).applicationId());
            }
            RankedEntry last = taken > 0 ? entries.get(taken - 1) : null;
            RankedEntry first = taken < entries.size() ? entries.get(taken) : null;
            boolean tie = last != null && first != null && last.score().compareTo(first.score()) == 0;
            List<Long> tied = new ArrayList<>();
            if (tie) {
                for (RankedEntry e : entries) {
                    if (e.score().compareTo(last.score()) == 0) {
                        tied.add(e.applicationId());
                    }
                }
            }
            cuts.put(g.getKey(), new CutLine(g.getKey(), last == null ? null : last.applicationId(),
                    first == null ? null : first.applicationId(), tie, tied));
        }
        // Selected ids in overall ranking order.
        for (RankedEntry e : ranking) {
            if (chosen.contains(e.applicationId())) {
                selectedIds.add(e.applicationId());
            }
        }
        return new Selection(selectedIds, cuts);
    }

    private static int taken(Advancement rule, List<RankedEntry> entries) {
        if (rule instanceof TopN t) {
            return Math.min(t.n(), entries.size());
        } else if (rule instanceof Threshold t) {
            int i = 0;
            while (i < entries.size() && entries.get(i).score().compareTo(t.minScore()) >= 0) {
                i++;
            }
            return i;
        }
        return 0;
    }
}
