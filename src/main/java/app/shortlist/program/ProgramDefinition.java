package app.shortlist.program;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.shortlist.i18n.LocalizedText;

/**
 * A whole program as one value: its own settings and its structure (divisions
 * and tracks, sections and directions, recommending units, rounds, form fields).
 * The JSON body of the program API and the model of the admin editor. Field-level
 * rules are the annotations; rules across fields are {@link DefinitionRules}.
 * Ids are null for parts to create and name existing parts to keep on update.
 */
@Schema(name = "ProgramDefinition", description = "A program with its whole structure. On PUT, parts with an id are kept and updated, parts without one are created, and parts left out are removed.")
public record ProgramDefinition(
        @Schema(readOnly = true) Long id,
        @Schema(description = "The version read; PUT refuses a stale one with 409 (or send If-Match)") Long version,
        @Schema(readOnly = true) ProgramStatus status,
        @NotBlank @Pattern(regexp = CODE_PATTERN, message = "CODE_FORMAT")
        @Schema(description = "Short code used in reference numbers, e.g. HZ2024", pattern = CODE_PATTERN) String code,
        @NotNull ProgramKind kind,
        @NotNull @Valid Text name,
        @NotNull @Valid Text organiser,
        @Valid LongText description,
        Instant opensAt,
        Instant submissionDeadline,
        @Schema(description = "Whether one applicant account may hold several applications") boolean allowMultiple,
        @Schema(description = "Whether applicants are enterprises, asked for their unified social credit code") boolean asksEnterprise,
        @Schema(description = "Whether applicants see, once a scoring round is confirmed, their own score, rank, per-criterion averages and the judges' comments (never the judges' names); default false") boolean applicantsSeeScores,
        @Schema(description = "Contests: divisions (专场), each with its tracks") List<@NotNull @Valid DivisionSpec> divisions,
        @Schema(description = "Contests: tracks (组别) outside any division") List<@NotNull @Valid TrackSpec> tracks,
        @Schema(description = "Funding calls: sections (板块), each with its support directions") List<@NotNull @Valid SectionSpec> sections,
        @Schema(description = "Funding calls: support directions (支持方向) outside any section") List<@NotNull @Valid DirectionSpec> directions,
        @Schema(description = "Funding calls: recommending units (推荐单位)") List<@NotNull @Valid UnitSpec> units,
        @Size(min = 1, max = 30, message = "ROUNDS") @Schema(description = "The stages, in order; at least one") List<@NotNull @Valid RoundSpec> rounds,
        @Size(max = 200) @Schema(description = "The program's own questions, after the built-in ones") List<@NotNull @Valid FieldSpec> fields) {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9]{1,15}";
    public static final String KEY_PATTERN = "[a-z][a-z0-9_]{0,63}";

    public ProgramDefinition {
        divisions = orEmpty(divisions);
        tracks = orEmpty(tracks);
        sections = orEmpty(sections);
        directions = orEmpty(directions);
        units = orEmpty(units);
        rounds = orEmpty(rounds);
        fields = orEmpty(fields);
        code = code == null ? null : code.strip();
        if (description != null && description.isBlank()) {
            description = null;
        }
    }

    /** A name or short text in both languages. */
    @Schema(name = "Text")
    public record Text(@NotBlank @Size(max = 255) String zh, @NotBlank @Size(max = 255) String en) {
        public Text {
            zh = strip(zh);
            en = strip(en);
        }

        public static Text of(LocalizedText t) {
            return t == null ? null : new Text(t.zh, t.en);
        }

        public LocalizedText localized() {
            return new LocalizedText(zh, en);
        }

        boolean isBlank() {
            return isBlankString(zh) && isBlankString(en);
        }
    }

    /** A help text in both languages. */
    @Schema(name = "Note")
    public record Note(@NotBlank @Size(max = 2000) String zh, @NotBlank @Size(max = 2000) String en) {
        public Note {
            zh = strip(zh);
            en = strip(en);
        }

        public static Note of(LocalizedText t) {
            return t == null || (isBlankString(t.zh) && isBlankString(t.en)) ? null : new Note(t.zh, t.en);
        }

        public LocalizedText localized() {
            return new LocalizedText(zh, en);
        }

        boolean isBlank() {
            return isBlankString(zh) && isBlankString(en);
        }
    }

    /** A long text (a program's description) in both languages. */
    @Schema(name = "LongText")
    public record LongText(@NotBlank @Size(max = 20000) String zh, @NotBlank @Size(max = 20000) String en) {
        public LongText {
            zh = strip(zh);
            en = strip(en);
        }

        public static LongText of(LocalizedText t) {
            return t == null || (isBlankString(t.zh) && isBlankString(t.en)) ? null : new LongText(t.zh, t.en);
        }

        public LocalizedText localized() {
            return new LocalizedText(zh, en);
        }

        boolean isBlank() {
            return isBlankString(zh) && isBlankString(en);
        }
    }

    @Schema(name = "DivisionSpec", description = "专场: a grouping of tracks")
    public record DivisionSpec(Long id, @NotNull @Valid Text name, List<@NotNull @Valid TrackSpec> tracks) {
        public DivisionSpec {
            tracks = orEmpty(tracks);
        }
    }

    @Schema(name = "TrackSpec", description = "组别: a competition track")
    public record TrackSpec(Long id, @NotNull @Valid Text name) {
    }

    @Schema(name = "SectionSpec", description = "板块: a grouping of support directions")
    public record SectionSpec(Long id, @NotNull @Valid Text name,
            List<@NotNull @Valid DirectionSpec> directions) {
        public SectionSpec {
            directions = orEmpty(directions);
        }
    }

    @Schema(name = "DirectionSpec", description = "支持方向: a support direction with its quota (projects) and budget (万元)")
    public record DirectionSpec(Long id, @NotNull @Valid Text name,
            @PositiveOrZero @Max(1_000_000) Integer quota,
            @PositiveOrZero @Digits(integer = 12, fraction = 2) @Schema(description = "Budget in 万元 (10,000 CNY)") BigDecimal budget) {
    }

    @Schema(name = "UnitSpec", description = "推荐单位: a recommending unit with its quota")
    public record UnitSpec(Long id, @NotNull @Valid Text name, @Valid @Schema(description = "The city it belongs to") Text city,
            @PositiveOrZero @Max(1_000_000) Integer quota) {
    }

    @Schema(name = "RoundSpec", description = "轮次: one stage of the program")
    public record RoundSpec(Long id, @NotNull RoundKind kind, @NotNull @Valid Text name, Instant startsAt,
            Instant endsAt) {
    }

    @Schema(name = "FieldSpec", description = "One question of the program's own form")
    public record FieldSpec(
            Long id,
            @NotBlank @Pattern(regexp = KEY_PATTERN, message = "KEY_FORMAT")
            @Schema(description = "Stable key of the answer: lower case, digits, underscores", pattern = KEY_PATTERN) String key,
            @NotNull FieldType type,
            @Valid @Schema(description = "The form section the field belongs to") Text group,
            @NotNull @Valid Text label,
            @Valid Note help,
            boolean required,
            @Size(max = 8000) @Schema(description = "CHOICE and MULTI_CHOICE: one choice per line, value|中文|English") String options,
            @DecimalMin("-1e15") @DecimalMax("1e15") @Schema(description = "NUMBER: smallest accepted value") BigDecimal minValue,
            @DecimalMin("-1e15") @DecimalMax("1e15") @Schema(description = "NUMBER: largest accepted value") BigDecimal maxValue,
            @Positive @Max(20_000) @Schema(description = "Text fields: most characters accepted") Integer maxLength,
            @Size(max = 255) @Schema(description = "FILE: accepted kinds, comma-separated: PDF, DOCX, XLSX, PPTX, DOC_LEGACY, PNG, JPEG") String allowedTypes,
            @Positive @Max(50L * 1024 * 1024) @Schema(description = "FILE: largest accepted size in bytes") Long maxBytes) {

        public FieldSpec {
            key = key == null ? null : key.strip();
            options = isBlankString(options) ? null : options.replace("\r\n", "\n").strip();
            allowedTypes = isBlankString(allowedTypes) ? null : allowedTypes.strip().toUpperCase(java.util.Locale.ROOT);
            if (group != null && group.isBlank()) {
                group = null;
            }
            if (help != null && help.isBlank()) {
                help = null;
            }
        }
    }

    /** The nested structure alone: what the admin page edits as JSON. */
    @Schema(name = "ProgramStructure")
    public record Structure(List<DivisionSpec> divisions, List<TrackSpec> tracks, List<SectionSpec> sections,
            List<DirectionSpec> directions, List<UnitSpec> units, List<RoundSpec> rounds, List<FieldSpec> fields) {
    }

    public Structure structure() {
        return new Structure(divisions, tracks, sections, directions, units, rounds, fields);
    }

    /** This definition's own settings with another structure. */
    public ProgramDefinition withStructure(Structure s) {
        return new ProgramDefinition(id, version, status, code, kind, name, organiser, description, opensAt,
                submissionDeadline, allowMultiple, asksEnterprise, applicantsSeeScores, s.divisions(), s.tracks(), s.sections(),
                s.directions(), s.units(), s.rounds(), s.fields());
    }

    public ProgramDefinition withCode(String newCode) {
        return new ProgramDefinition(id, version, status, newCode, kind, name, organiser, description, opensAt,
                submissionDeadline, allowMultiple, asksEnterprise, applicantsSeeScores, divisions, tracks, sections, directions, units,
                rounds, fields);
    }

    /** The same program with every date moved by {@code shift} (templates laid out from today). */
    public ProgramDefinition shiftedBy(Duration shift) {
        UnaryOperator<Instant> move = i -> i == null ? null : i.plus(shift);
        List<RoundSpec> moved = rounds.stream()
                .map(r -> new RoundSpec(r.id(), r.kind(), r.name(), move.apply(r.startsAt()), move.apply(r.endsAt())))
                .toList();
        return new ProgramDefinition(id, version, status, code, kind, name, organiser, description,
                move.apply(opensAt), move.apply(submissionDeadline), allowMultiple, asksEnterprise, applicantsSeeScores, divisions, tracks,
                sections, directions, units, moved, fields);
    }

    /** Every track, those in divisions first, in order. */
    public List<TrackSpec> allTracks() {
        return java.util.stream.Stream.concat(divisions.stream().flatMap(d -> d.tracks().stream()), tracks.stream())
                .toList();
    }

    /** Every direction, those in sections first, in order. */
    public List<DirectionSpec> allDirections() {
        return java.util.stream.Stream
                .concat(sections.stream().flatMap(s -> s.directions().stream()), directions.stream()).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static boolean isBlankString(String s) {
        return s == null || s.isBlank();
    }
}
