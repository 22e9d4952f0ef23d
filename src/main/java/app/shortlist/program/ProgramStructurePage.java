package app.shortlist.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.program.ProgramDefinition.DirectionSpec;
import app.shortlist.program.ProgramDefinition.DivisionSpec;
import app.shortlist.program.ProgramDefinition.RoundSpec;
import app.shortlist.program.ProgramDefinition.SectionSpec;
import app.shortlist.program.ProgramDefinition.Structure;
import app.shortlist.program.ProgramDefinition.Text;
import app.shortlist.program.ProgramDefinition.TrackSpec;
import app.shortlist.program.ProgramDefinition.UnitSpec;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A program's structure as rows of plain inputs, no JSON and no script: divisions
 * and tracks (contests), sections, directions and recommending units (funding
 * calls), and the rounds of both. Inputs are named {@code t[i].name.zh},
 * {@code r[i].startsAt} …, one letter per list; a save replaces those lists of the
 * definition with the rows in position order (blank new rows ignored, ticked ones
 * removed), keeps the form fields as they are, and goes through
 * {@link ProgramService#update}. Same approach as {@link ProgramFormPage}.
 */
@Path("/admin/programs/{programId}/structure")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ProgramStructurePage {

    /** Empty rows offered in each list. */
    static final int NEW_ROWS = 2;
    private static final int MAX_ROWS = 300;
    private static final Pattern INPUT = Pattern.compile("([dtsxur])\\[(\\d{1,4})]\\.([a-zA-Z.]+)");
    /** What a row's inputs may be besides selects and the remove box; all blank in a row to ignore. */
    private static final Set<String> TEXTS = Set.of("name.zh", "name.en", "city.zh", "city.en", "quota", "budget",
            "startsAt", "endsAt");

    /** The lists of the page, by the letter their inputs start with. */
    enum Part {
        DIVISIONS("d", "divisions"), TRACKS("t", "tracks"), SECTIONS("s", "sections"), DIRECTIONS("x", "directions"),
        UNITS("u", "units"), ROUNDS("r", "rounds");

        final String prefix;
        final String path;

        Part(String prefix, String path) {
            this.prefix = prefix;
            this.path = path;
        }

        static Part of(String prefix) {
            for (Part p : values()) {
                if (p.prefix.equals(prefix)) {
                    return p;
                }
            }
            throw new IllegalArgumentException(prefix);
        }

        static List<Part> of(ProgramKind kind) {
            return kind == ProgramKind.FUNDING_CALL ? List.of(SECTIONS, DIRECTIONS, UNITS, ROUNDS)
                    : List.of(DIVISIONS, TRACKS, ROUNDS);
        }
    }

    @CheckedTemplate(basePath = "program")
    static class Templates {
        static native TemplateInstance admin_structure(Page page, List<ListView> lists, String failure,
                List<String> otherErrors);
    }

    public record Page(long id, String name, long version) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** One input of a row as shown: its value as typed and its error, if any. */
    public record Cell(String name, String domId, String input, String label, String type, String value,
            String inputmode, int maxlength, List<Option> options, String error) {

        public boolean isSelect() {
            return options != null;
        }
    }

    /** One row: a part (or an empty row for a new one). */
    public record Row(String prefix, int index, String id, String legend, boolean remove, String removeLabel,
            String removeError, List<Cell> cells) {

        public boolean isNew() {
            return id == null || id.isBlank();
        }

        public boolean hasErrors() {
            return removeError != null || cells.stream().anyMatch(c -> c.error() != null);
        }
    }

    /** One list of the page. */
    public record ListView(String prefix, String title, String help, String error, List<Row> rows) {
    }

    @Inject
    ProgramService programs;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance show(@PathParam("programId") long programId) {
        Program p = Program.require(programId);
        Lang lang = language.get();
        ProgramDefinition d = programs.definition(p);
        Map<Part, List<Input>> inputs = new LinkedHashMap<>();
        for (Part part : Part.of(p.kind)) {
            List<Input> rows = new ArrayList<>();
            switch (part) {
                case DIVISIONS -> d.divisions().forEach(x -> rows.add(Input.of(part, rows.size(), x.id(), x.name())));
                case TRACKS -> {
                    for (DivisionSpec div : d.divisions()) {
                        div.tracks().forEach(t -> rows.add(Input.of(part, rows.size(), t.id(), t.name())
                                .with("division", String.valueOf(div.id()))));
                    }
                    d.tracks().forEach(t -> rows.add(Input.of(part, rows.size(), t.id(), t.name())));
                }
                case SECTIONS -> d.sections().forEach(x -> rows.add(Input.of(part, rows.size(), x.id(), x.name())));
                case DIRECTIONS -> {
                    for (SectionSpec s : d.sections()) {
                        s.directions().forEach(x -> rows.add(direction(part, rows.size(), x)
                                .with("section", String.valueOf(s.id()))));
                    }
                    d.directions().forEach(x -> rows.add(direction(part, rows.size(), x)));
                }
                case UNITS -> d.units().forEach(u -> rows.add(Input.of(part, rows.size(), u.id(), u.name())
                        .with("city.zh", u.city() == null ? "" : u.city().zh())
                        .with("city.en", u.city() == null ? "" : u.city().en())
                        .with("quota", u.quota() == null ? "" : u.quota().toString())));
                case ROUNDS -> d.rounds().forEach(r -> rows.add(Input.of(part, rows.size(), r.id(), r.name())
                        .with("kind", r.kind().name())
                        .with("startsAt", ProgramAdminPage.format(r.startsAt()))
                        .with("endsAt", ProgramAdminPage.format(r.endsAt()))));
            }
            for (int i = 0; i < NEW_ROWS; i++) {
                Input blank = new Input(part, rows.size()).with("position", String.valueOf(rows.size() + 1));
                if (part == Part.ROUNDS) {
                    blank.with("kind", RoundKind.SCORING.name());
                }
                rows.add(blank);
            }
            inputs.put(part, rows);
        }
        return Templates.admin_structure(page(p, p.version), views(p, d, inputs, Map.of(), lang), null, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("programId") long programId, MultivaluedMap<String, String> form) {
        Program p = Program.require(programId);
        Lang lang = language.get();
        ProgramMsg msg = ProgramViews.messages(lang);
        long version = PostedRow.version(form.getFirst("version"));
        Map<Part, List<Input>> inputs = inputs(form, Part.of(p.kind));
        if (inputs.values().stream().anyMatch(List::isEmpty)) {
            // A post missing a whole list is no form of ours: never read it as "remove every track".
            throw new DomainException(CommonFailure.INVALID_INPUT,
                    inputs.entrySet().stream().filter(e -> e.getValue().isEmpty()).findFirst().orElseThrow().getKey().prefix);
        }

        ProgramDefinition current = programs.definition(p);
        Map<Part, List<Input>> kept = new LinkedHashMap<>();
        inputs.forEach((part, rows) -> {
            List<Input> keep = new ArrayList<>();
            for (Input in : rows) {
                in.parse(msg, lang);
                if (!in.remove && !in.blank()) {
                    keep.add(in);
                }
            }
            keep.sort(Comparator.comparing((Input in) -> in.positionOrMax).thenComparing(in -> in.index));
            kept.put(part, keep);
        });
        Map<String, Input> byPath = new LinkedHashMap<>();
        ProgramDefinition d = current.withStructure(structure(current, kept, byPath, lang));

        boolean typingErrors = inputs.values().stream().flatMap(List::stream).anyMatch(in -> !in.errors.isEmpty());
        Map<Part, String> listErrors = new LinkedHashMap<>();
        if (typingErrors) {
            List<String> other = placeErrors(programs.validate(d), byPath, listErrors);
            return refused(422, p, current, version, inputs, listErrors, msg.errors_title(), other, lang);
        }
        try {
            programs.update(programId, version, d);
            return Flash.redirect("/admin/programs/" + programId + "/structure", msg.structure_saved());
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            List<String> other = placeErrors(e.fieldErrors(), byPath, listErrors);
            if (e.failure() == ProgramFailure.PART_IN_USE) {
                markRemovedRow(e.message(lang), lang, inputs);
            }
            return refused(e.failure().status(), p, current, version, inputs, listErrors, e.message(lang), other,
                    lang);
        }
    }

    // --- building the definition -------------------------------------------------------

    /**
     * The structure the page describes; the lists it does not show are kept as they are.
     * {@code byPath} learns which row each part of the definition came from
     * ({@code divisions[0].tracks[2]} → row 5 of the tracks).
     */
    private static Structure structure(ProgramDefinition current, Map<Part, List<Input>> kept,
            Map<String, Input> byPath, Lang lang) {
        Structure s = current.structure();
        List<DivisionSpec> divisions = s.divisions();
        List<TrackSpec> tracks = s.tracks();
        List<SectionSpec> sections = s.sections();
        List<DirectionSpec> directions = s.directions();
        List<UnitSpec> units = s.units();
        List<RoundSpec> rounds = s.rounds();

        if (kept.containsKey(Part.DIVISIONS)) {
            List<Input> divs = kept.get(Part.DIVISIONS);
            List<Input> trs = kept.get(Part.TRACKS);
            Set<Long> known = ids(current.divisions().stream().map(DivisionSpec::id).toList());
            divisions = new ArrayList<>();
            for (int i = 0; i < divs.size(); i++) {
                Input div = divs.get(i);
                byPath.put("divisions[" + i + "]", div);
                List<TrackSpec> inside = new ArrayList<>();
                for (Input t : trs) {
                    if (div.id != null && div.id.equals(t.parent(known, "division", lang))) {
                        byPath.put("divisions[" + i + "].tracks[" + inside.size() + "]", t);
                        inside.add(new TrackSpec(t.id, t.name()));
                    }
                }
                divisions.add(new DivisionSpec(div.id, div.name(), inside));
            }
            Set<Long> keptDivisions = ids(divs.stream().map(in -> in.id).toList());
            tracks = new ArrayList<>();
            for (Input t : trs) {
                Long parent = t.parent(known, "division", lang);
                if (parent == null || !keptDivisions.contains(parent)) {
                    // A track of a division removed now stays, outside any division (as the service does).
                    byPath.put("tracks[" + tracks.size() + "]", t);
                    tracks.add(new TrackSpec(t.id, t.name()));
                }
            }
        }
        if (kept.containsKey(Part.SECTIONS)) {
            List<Input> secs = kept.get(Part.SECTIONS);
            List<Input> dirs = kept.get(Part.DIRECTIONS);
            Set<Long> known = ids(current.sections().stream().map(SectionSpec::id).toList());
            sections = new ArrayList<>();
            for (int i = 0; i < secs.size(); i++) {
                Input sec = secs.get(i);
                byPath.put("sections[" + i + "]", sec);
                List<DirectionSpec> inside = new ArrayList<>();
                for (Input x : dirs) {
                    if (sec.id != null && sec.id.equals(x.parent(known, "section", lang))) {
                        byPath.put("sections[" + i + "].directions[" + inside.size() + "]", x);
                        inside.add(x.direction());
                    }
                }
                sections.add(new SectionSpec(sec.id, sec.name(), inside));
            }
            Set<Long> keptSections = ids(secs.stream().map(in -> in.id).toList());
            directions = new ArrayList<>();
            for (Input x : dirs) {
                Long parent = x.parent(known, "section", lang);
                if (parent == null || !keptSections.contains(parent)) {
                    byPath.put("directions[" + directions.size() + "]", x);
                    directions.add(x.direction());
                }
            }
        }
        if (kept.containsKey(Part.UNITS)) {
            units = new ArrayList<>();
            for (Input u : kept.get(Part.UNITS)) {
                byPath.put("units[" + units.size() + "]", u);
                Text city = u.text("city.zh").isBlank() && u.text("city.en").isBlank() ? null
                        : new Text(u.text("city.zh"), u.text("city.en"));
                units.add(new UnitSpec(u.id, u.name(), city, u.quota));
            }
        }
        if (kept.containsKey(Part.ROUNDS)) {
            rounds = new ArrayList<>();
            for (Input r : kept.get(Part.ROUNDS)) {
                byPath.put("rounds[" + rounds.size() + "]", r);
                rounds.add(new RoundSpec(r.id, r.kind, r.name(), r.startsAt, r.endsAt));
            }
        }
        return new Structure(divisions, tracks, sections, directions, units, rounds, s.fields());
    }

    private static Set<Long> ids(List<Long> ids) {
        Set<Long> set = new java.util.HashSet<>(ids);
        set.remove(null);
        return set;
    }

    // --- errors back next to their inputs -------------------------------------------------

    private static final Pattern PATH = Pattern.compile(
            "((?:divisions|sections)\\[\\d+]\\.(?:tracks|directions)\\[\\d+]|(?:divisions|tracks|sections|directions|units|rounds)\\[\\d+])(?:\\.(\\w+))?(?:\\.(zh|en))?.*");

    /**
     * Puts the service's messages ({@code divisions[0].tracks[2].name.en}) next to the input they
     * are about; a message about a whole list ({@code rounds}) goes above that list; those about
     * other parts of the program come back as text.
     */
    static List<String> placeErrors(Map<String, String> fieldErrors, Map<String, Input> byPath,
            Map<Part, String> listErrors) {
        List<String> other = new ArrayList<>();
        fieldErrors.forEach((key, message) -> {
            Matcher m = PATH.matcher(key);
            if (m.matches() && byPath.containsKey(m.group(1))) {
                byPath.get(m.group(1)).errors.putIfAbsent(input(m.group(2), m.group(3)), message);
                return;
            }
            for (Part part : Part.values()) {
                if (key.equals(part.path)) {
                    listErrors.putIfAbsent(part, message);
                    return;
                }
            }
            other.add(key + ": " + message);
        });
        return other;
    }

    /** The form input a definition path names. */
    private static String input(String property, String language) {
        if (property == null) {
            return "name.zh";
        }
        return switch (property) {
            case "name", "city" -> property + "." + (language == null ? "zh" : language);
            case "id", "tracks", "directions" -> "name.zh";
            default -> property;
        };
    }

    /** A refusal to remove a part names it (“数字经济组”): mark that row's remove box. */
    private static void markRemovedRow(String message, Lang lang, Map<Part, List<Input>> inputs) {
        for (List<Input> rows : inputs.values()) {
            for (Input in : rows) {
                String name = in.text(lang == Lang.EN ? "name.en" : "name.zh").strip();
                if (in.remove && !name.isEmpty() && message.contains("“" + name + "”")) {
                    in.errors.putIfAbsent("remove", message);
                }
            }
        }
    }

    // --- showing ------------------------------------------------------------------------

    private Response refused(int status, Program p, ProgramDefinition current, long version,
            Map<Part, List<Input>> inputs, Map<Part, String> listErrors, String failure, List<String> other,
            Lang lang) {
        return Response.status(status).entity(Templates.admin_structure(page(p, version),
                views(p, current, inputs, listErrors, lang), failure, other)).build();
    }

    private static List<ListView> views(Program p, ProgramDefinition d, Map<Part, List<Input>> inputs,
            Map<Part, String> listErrors, Lang lang) {
        ProgramMsg msg = ProgramViews.messages(lang);
        List<ListView> views = new ArrayList<>();
        inputs.forEach((part, rows) -> {
            List<Row> shown = rows.stream().map(in -> in.row(d, msg, lang)).toList();
            String title = switch (part) {
                case DIVISIONS -> msg.structure_divisions();
                case TRACKS -> msg.structure_tracks();
                case SECTIONS -> msg.structure_sections();
                case DIRECTIONS -> msg.structure_directions();
                case UNITS -> msg.structure_units();
                case ROUNDS -> msg.structure_rounds();
            };
            String help = switch (part) {
                case DIVISIONS -> msg.structure_divisions_help();
                case TRACKS -> msg.structure_tracks_help();
                case SECTIONS -> msg.structure_sections_help();
                case DIRECTIONS -> msg.structure_directions_help();
                case UNITS -> null;
                case ROUNDS -> msg.structure_rounds_help();
            };
            views.add(new ListView(part.prefix, title, help, listErrors.get(part), shown));
        });
        return views;
    }

    private Page page(Program p, long version) {
        return new Page(p.id, p.name == null ? p.code : p.name.in(language.get()), version);
    }

    private static Input direction(Part part, int index, DirectionSpec x) {
        return Input.of(part, index, x.id(), x.name())
                .with("quota", x.quota() == null ? "" : x.quota().toString())
                .with("budget", x.budget() == null ? "" : ProgramParts.plain(x.budget()).toPlainString());
    }

    /** The rows posted, list by list and by index: {@code t[3].name.zh} is input {@code name.zh} of track row 3. */
    static Map<Part, List<Input>> inputs(MultivaluedMap<String, String> form, List<Part> parts) {
        Map<Part, Map<Integer, Input>> rows = new LinkedHashMap<>();
        parts.forEach(part -> rows.put(part, new TreeMap<>()));
        form.forEach((name, values) -> {
            Matcher m = INPUT.matcher(name);
            if (m.matches() && values != null) {
                Part part = Part.of(m.group(1));
                int index = Integer.parseInt(m.group(2));
                if (rows.containsKey(part) && index < MAX_ROWS) {
                    rows.get(part).computeIfAbsent(index, i -> new Input(part, i)).values.put(m.group(3),
                            values.stream().filter(v -> v != null).toList());
                }
            }
        });
        Map<Part, List<Input>> lists = new LinkedHashMap<>();
        rows.forEach((part, byIndex) -> lists.put(part, new ArrayList<>(byIndex.values())));
        return lists;
    }

    /** One posted (or shown) row, as typed, and what it means once read. */
    static final class Input extends PostedRow {
        final Part part;
        final Map<String, String> errors = new LinkedHashMap<>();
        RoundKind kind;
        Integer quota;
        BigDecimal budget;
        Instant startsAt;
        Instant endsAt;
        private Long parent;
        private boolean parentRead;

        Input(Part part, int index) {
            super(index);
            this.part = part;
        }

        static Input of(Part part, int index, Long id, Text name) {
            return new Input(part, index).with("id", String.valueOf(id)).with("position", String.valueOf(index + 1))
                    .with("name.zh", name == null ? "" : name.zh()).with("name.en", name == null ? "" : name.en());
        }

        Input with(String input, String value) {
            values.put(input, List.of(value == null ? "" : value));
            return this;
        }

        @Override
        boolean blank() {
            return id == null && TEXTS.stream().allMatch(i -> text(i).isBlank());
        }

        Text name() {
            return new Text(text("name.zh"), text("name.en"));
        }

        DirectionSpec direction() {
            return new DirectionSpec(id, name(), quota, budget);
        }

        /** The saved division (or section) the row's select names, null for none; an unknown one is an error. */
        Long parent(Set<Long> known, String input, Lang lang) {
            if (!parentRead) {
                parentRead = true;
                String value = text(input).strip();
                if (!value.isEmpty()) {
                    try {
                        parent = Long.valueOf(value);
                    } catch (NumberFormatException e) {
                        parent = null;
                    }
                    if (parent == null || !known.contains(parent)) {
                        parent = null;
                        errors.putIfAbsent(input, DefinitionProblem.UNKNOWN_PART.message(lang));
                    }
                }
            }
            return parent;
        }

        void parse(ProgramMsg msg, Lang lang) {
            if (!readCommon(msg, errors, "name.zh")) {
                return;
            }
            switch (part) {
                case DIRECTIONS -> {
                    quota = whole("quota", msg);
                    budget = decimal("budget", msg);
                }
                case UNITS -> quota = whole("quota", msg);
                case ROUNDS -> {
                    try {
                        kind = RoundKind.valueOf(text("kind").strip());
                    } catch (IllegalArgumentException e) {
                        errors.put("kind", DefinitionProblem.REQUIRED.message(lang));
                    }
                    startsAt = instant("startsAt", msg);
                    endsAt = instant("endsAt", msg);
                }
                default -> {
                }
            }
        }

        private Instant instant(String input, ProgramMsg msg) {
            try {
                return ProgramAdminPage.parse(text(input));
            } catch (DateTimeParseException e) {
                errors.put(input, msg.invalid_date());
                return null;
            }
        }

        private BigDecimal decimal(String input, ProgramMsg msg) {
            String s = text(input).strip().replace(",", "").replace("，", "");
            if (s.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                errors.put(input, msg.form_not_a_number());
                return null;
            }
        }

        private Integer whole(String input, ProgramMsg msg) {
            BigDecimal b = decimal(input, msg);
            if (b == null) {
                return null;
            }
            try {
                return b.intValueExact();
            } catch (ArithmeticException e) {
                errors.put(input, msg.form_not_a_whole_number());
                return null;
            }
        }

        // --- as shown ---

        Row row(ProgramDefinition d, ProgramMsg msg, Lang lang) {
            String p = part.prefix;
            List<Cell> cells = new ArrayList<>();
            cells.add(cell("position", msg.form_position(), "text", "numeric", 4));
            cells.add(cell("name.zh", msg.structure_name_zh(), "text", null, 255));
            cells.add(cell("name.en", msg.structure_name_en(), "text", null, 255));
            switch (part) {
                case TRACKS -> cells.add(select("division", msg.structure_division(), parents(
                        d.divisions().stream().map(x -> new Option(String.valueOf(x.id()),
                                lang == Lang.EN ? x.name().en() : x.name().zh(), false)).toList(),
                        msg.structure_no_division())));
                case DIRECTIONS -> {
                    cells.add(select("section", msg.structure_section(), parents(
                            d.sections().stream().map(x -> new Option(String.valueOf(x.id()),
                                    lang == Lang.EN ? x.name().en() : x.name().zh(), false)).toList(),
                            msg.structure_no_section())));
                    cells.add(cell("quota", msg.structure_quota(), "text", "numeric", 8));
                    cells.add(cell("budget", msg.structure_budget(), "text", "decimal", 16));
                }
                case UNITS -> {
                    cells.add(cell("city.zh", msg.structure_city_zh(), "text", null, 255));
                    cells.add(cell("city.en", msg.structure_city_en(), "text", null, 255));
                    cells.add(cell("quota", msg.structure_quota(), "text", "numeric", 8));
                }
                case ROUNDS -> {
                    List<Option> kinds = new ArrayList<>();
                    for (RoundKind k : RoundKind.values()) {
                        kinds.add(new Option(k.name(), k.label().in(lang), k.name().equals(text("kind"))));
                    }
                    cells.add(select("kind", msg.structure_kind(), kinds));
                    cells.add(cell("startsAt", msg.structure_starts(), "datetime-local", null, 0));
                    cells.add(cell("endsAt", msg.structure_ends(), "datetime-local", null, 0));
                }
                default -> {
                }
            }
            String shownId = id == null ? text("id") : id.toString();
            boolean isNew = shownId.isBlank() || shownId.equals("null");
            String name = text(lang == Lang.EN ? "name.en" : "name.zh");
            String legend = isNew ? newLegend(msg) : msg.structure_row(noun(msg), index + 1)
                    + (name.isBlank() ? "" : " · " + name);
            return new Row(p, index, isNew ? "" : shownId, legend, remove || checked("remove"),
                    msg.structure_remove(), errors.get("remove"), cells);
        }

        private List<Option> parents(List<Option> saved, String none) {
            String chosen = text(part == Part.TRACKS ? "division" : "section");
            List<Option> options = new ArrayList<>();
            options.add(new Option("", none, chosen.isBlank()));
            saved.forEach(o -> options.add(new Option(o.value(), o.label(), o.value().equals(chosen))));
            return options;
        }

        private Cell cell(String input, String label, String type, String inputmode, int maxlength) {
            return new Cell(name(input), domId(input), input, label, type, text(input), inputmode, maxlength, null,
                    errors.get(input));
        }

        private Cell select(String input, String label, List<Option> options) {
            return new Cell(name(input), domId(input), input, label, "select", text(input), null, 0, options,
                    errors.get(input));
        }

        private String name(String input) {
            return part.prefix + "[" + index + "]." + input;
        }

        private String domId(String input) {
            return part.prefix + index + "-" + input.replace('.', '-');
        }

        private String noun(ProgramMsg msg) {
            return switch (part) {
                case DIVISIONS -> msg.structure_division();
                case TRACKS -> msg.structure_track();
                case SECTIONS -> msg.structure_section();
                case DIRECTIONS -> msg.structure_direction();
                case UNITS -> msg.structure_unit();
                case ROUNDS -> msg.structure_round();
            };
        }

        private String newLegend(ProgramMsg msg) {
            return switch (part) {
                case DIVISIONS -> msg.structure_new_division();
                case TRACKS -> msg.structure_new_track();
                case SECTIONS -> msg.structure_new_section();
                case DIRECTIONS -> msg.structure_new_direction();
                case UNITS -> msg.structure_new_unit();
                case ROUNDS -> msg.structure_new_round();
            };
        }
    }
}
