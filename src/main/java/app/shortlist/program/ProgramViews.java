package app.shortlist.program;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import app.shortlist.i18n.Lang;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.web.Dates;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** What the program pages show of a program's structure, already in the reader's language. */
public final class ProgramViews {

    private ProgramViews() {
    }

    /** A track or a support direction. */
    public record Item(String name, String quota, String budget) {
    }

    /** A division with its tracks, or a section with its directions; a null name for those outside any. */
    public record Group(String name, List<Item> items) {
    }

    public record UnitRow(String name, String city, String quota) {
    }

    /**
     * {@code href}: where the admin runs the round (null for a notice round);
     * {@code scoring}: it also has judges, assignments and progress; {@code state} in the reader's language.
     */
    public record RoundRow(int number, String name, String kind, String period, long id, boolean scoring,
            String href, String state) {
    }

    public record FieldRow(String key, String label, String type, boolean required, String group) {
    }

    public record Structure(boolean competition, List<Group> groups, List<UnitRow> units, List<RoundRow> rounds,
            List<FieldRow> fields) {

        public boolean hasGroups() {
            return groups.stream().anyMatch(g -> !g.items().isEmpty() || g.name() != null);
        }
    }

    public static Structure structure(Program p, ProgramParts parts, Lang lang) {
        List<Group> groups = new ArrayList<>();
        if (p.isCompetition()) {
            for (Division d : parts.divisions()) {
                groups.add(new Group(d.name.in(lang), parts.tracks().stream()
                        .filter(t -> t.division != null && Objects.equals(t.division.id, d.id))
                        .map(t -> new Item(t.name.in(lang), null, null)).toList()));
            }
            List<Item> loose = parts.tracks().stream().filter(t -> t.division == null)
                    .map(t -> new Item(t.name.in(lang), null, null)).toList();
            if (!loose.isEmpty()) {
                groups.add(new Group(null, loose));
            }
        } else {
            for (Section s : parts.sections()) {
                groups.add(new Group(s.name.in(lang), parts.directions().stream()
                        .filter(x -> x.section != null && Objects.equals(x.section.id, s.id))
                        .map(x -> direction(x, lang)).toList()));
            }
            List<Item> loose = parts.directions().stream().filter(x -> x.section == null).map(x -> direction(x, lang))
                    .toList();
            if (!loose.isEmpty()) {
                groups.add(new Group(null, loose));
            }
        }
        List<UnitRow> units = parts.units().stream()
                .map(u -> new UnitRow(u.name.in(lang), u.city == null ? null : u.city.in(lang), number(u.quota, lang)))
                .toList();
        List<RoundRow> rounds = new ArrayList<>();
        for (Round r : parts.rounds()) {
            rounds.add(new RoundRow(rounds.size() + 1, r.name.in(lang), r.kind.label().in(lang),
                    period(r.startsAt, r.endsAt), r.id, r.isScoring(), href(r), r.state.label().in(lang)));
        }
        List<FieldRow> fields = parts.fields().stream()
                .map(f -> new FieldRow(f.key, f.label.in(lang), f.type.label().in(lang), f.required,
                        f.group == null ? null : f.group.in(lang)))
                .toList();
        return new Structure(p.isCompetition(), groups, units, rounds, fields);
    }

    private static String href(Round r) {
        return switch (r.kind) {
            case SCREENING -> "/screening/rounds/" + r.id;
            case SCORING -> "/admin/rounds/" + r.id;
            case RECOMMENDATION -> "/recommendation/rounds/" + r.id;
            case NOTICE -> null;
        };
    }

    /** A description as paragraphs, split at blank lines. */
    public static List<String> paragraphs(LocalizedText text, Lang lang) {
        String s = text == null ? null : text.in(lang);
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\n\\s*\\n")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    static String period(Instant from, Instant to) {
        if (from == null && to == null) {
            return "";
        }
        return (from == null ? "" : Dates.format(from)) + " — " + (to == null ? "" : Dates.format(to));
    }

    static String text(LocalizedText t, Lang lang) {
        return t == null ? null : t.in(lang);
    }

    private static Item direction(Direction x, Lang lang) {
        return new Item(x.name.in(lang), number(x.quota, lang),
                x.budget == null ? null : NumberFormat.getNumberInstance(lang.locale()).format(x.budget));
    }

    private static String number(Integer n, Lang lang) {
        return n == null ? null : NumberFormat.getIntegerInstance(lang.locale()).format(n);
    }

    public static ProgramMsg messages(Lang lang) {
        return MessageBundles.get(ProgramMsg.class, Localized.Literal.of(lang.tag()));
    }
}
