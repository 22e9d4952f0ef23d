package app.shortlist.program;

import java.util.List;
import java.util.Objects;

import app.shortlist.program.ProgramDefinition.DirectionSpec;
import app.shortlist.program.ProgramDefinition.DivisionSpec;
import app.shortlist.program.ProgramDefinition.FieldSpec;
import app.shortlist.program.ProgramDefinition.LongText;
import app.shortlist.program.ProgramDefinition.Note;
import app.shortlist.program.ProgramDefinition.RoundSpec;
import app.shortlist.program.ProgramDefinition.SectionSpec;
import app.shortlist.program.ProgramDefinition.Text;
import app.shortlist.program.ProgramDefinition.TrackSpec;
import app.shortlist.program.ProgramDefinition.UnitSpec;

/** A program's structure as loaded from the database: seven queries, whatever its size. */
public record ProgramParts(List<Division> divisions, List<Track> tracks, List<Section> sections,
        List<Direction> directions, List<RecommendingUnit> units, List<Round> rounds, List<FormField> fields) {

    public static ProgramParts load(long programId) {
        String q = "program.id = ?1 order by position, id";
        return new ProgramParts(Division.list(q, programId), Track.list(q, programId), Section.list(q, programId),
                Direction.list(q, programId), RecommendingUnit.list(q, programId), Round.list(q, programId),
                FormField.list(q, programId));
    }

    /** The whole program as a definition, ids and version included. */
    public ProgramDefinition definitionOf(Program p) {
        List<DivisionSpec> divisionSpecs = divisions.stream()
                .map(d -> new DivisionSpec(d.id, Text.of(d.name), tracks.stream()
                        .filter(t -> t.division != null && Objects.equals(t.division.id, d.id)).map(ProgramParts::spec)
                        .toList()))
                .toList();
        List<SectionSpec> sectionSpecs = sections.stream()
                .map(s -> new SectionSpec(s.id, Text.of(s.name), directions.stream()
                        .filter(x -> x.section != null && Objects.equals(x.section.id, s.id)).map(ProgramParts::spec)
                        .toList()))
                .toList();
        return new ProgramDefinition(p.id, p.version, p.status, p.code, p.kind, Text.of(p.name), Text.of(p.organiser),
                LongText.of(p.description), p.opensAt, p.submissionDeadline, p.allowMultiple, p.asksEnterprise,
                p.applicantsSeeScores,
                divisionSpecs,
                tracks.stream().filter(t -> t.division == null).map(ProgramParts::spec).toList(),
                sectionSpecs,
                directions.stream().filter(x -> x.section == null).map(ProgramParts::spec).toList(),
                units.stream().map(u -> new UnitSpec(u.id, Text.of(u.name), Text.of(u.city), u.quota)).toList(),
                rounds.stream().map(r -> new RoundSpec(r.id, r.kind, Text.of(r.name), r.startsAt, r.endsAt)).toList(),
                fields.stream().map(ProgramParts::spec).toList());
    }

    static TrackSpec spec(Track t) {
        return new TrackSpec(t.id, Text.of(t.name));
    }

    static DirectionSpec spec(Direction d) {
        return new DirectionSpec(d.id, Text.of(d.name), d.quota, plain(d.budget));
    }

    static FieldSpec spec(FormField f) {
        Text group = f.group == null || f.group.zh == null && f.group.en == null ? null : Text.of(f.group);
        return new FieldSpec(f.id, f.key, f.type, group, Text.of(f.label), Note.of(f.help), f.required, f.options,
                plain(f.minValue), plain(f.maxValue), f.maxLength, f.allowedTypes, f.maxBytes);
    }

    /** 9000.00 as 9000 and 2.50 as 2.5: the database's scale is not the admin's. */
    static java.math.BigDecimal plain(java.math.BigDecimal b) {
        if (b == null) {
            return null;
        }
        java.math.BigDecimal stripped = b.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
