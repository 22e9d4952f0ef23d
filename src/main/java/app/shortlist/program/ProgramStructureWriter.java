package app.shortlist.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.program.ProgramDefinition.DirectionSpec;
import app.shortlist.program.ProgramDefinition.DivisionSpec;
import app.shortlist.program.ProgramDefinition.FieldSpec;
import app.shortlist.program.ProgramDefinition.RoundSpec;
import app.shortlist.program.ProgramDefinition.SectionSpec;
import app.shortlist.program.ProgramDefinition.TrackSpec;
import app.shortlist.program.ProgramDefinition.UnitSpec;
import app.shortlist.web.DomainException;

/**
 * Writes a definition's structure over the existing parts: removals first
 * (refused if applications reference the part), then updates and additions,
 * in an order the foreign keys and the unique round positions accept.
 */
final class ProgramStructureWriter {

    private static final LocalizedText DIVISION = new LocalizedText("专场", "division");
    private static final LocalizedText TRACK = new LocalizedText("组别", "track");
    private static final LocalizedText SECTION = new LocalizedText("板块", "section");
    private static final LocalizedText DIRECTION = new LocalizedText("支持方向", "support direction");
    private static final LocalizedText UNIT = new LocalizedText("推荐单位", "recommending unit");
    private static final LocalizedText FIELD = new LocalizedText("申报表字段", "form field");

    private final Program program;
    private final ProgramParts existing;
    private final List<String> summary = new ArrayList<>();

    ProgramStructureWriter(Program program, ProgramParts existing) {
        this.program = program;
        this.existing = existing;
    }

    String write(ProgramDefinition d) {
        Map<Long, Division> divisions = byId(existing.divisions());
        Map<Long, Track> tracks = byId(existing.tracks());
        Map<Long, Section> sections = byId(existing.sections());
        Map<Long, Direction> directions = byId(existing.directions());
        Map<Long, RecommendingUnit> units = byId(existing.units());
        Map<Long, Round> rounds = byId(existing.rounds());
        Map<String, FormField> fields = existing.fields().stream()
                .collect(Collectors.toMap(f -> f.key, Function.identity()));

        Set<Long> keptTracks = keptIds(d.allTracks().stream().map(TrackSpec::id));
        Set<Long> keptDirections = keptIds(d.allDirections().stream().map(DirectionSpec::id));
        Set<Long> keptDivisions = keptIds(d.divisions().stream().map(DivisionSpec::id));
        Set<Long> keptSections = keptIds(d.sections().stream().map(SectionSpec::id));
        Set<Long> keptUnits = keptIds(d.units().stream().map(UnitSpec::id));
        Set<Long> keptRounds = keptIds(d.rounds().stream().map(RoundSpec::id));
        Set<String> keptKeys = d.fields().stream().map(FieldSpec::key).collect(Collectors.toSet());

        // Removals, refused while applications reference the part.
        List<Track> goneTracks = gone(existing.tracks(), keptTracks);
        List<Direction> goneDirections = gone(existing.directions(), keptDirections);
        List<RecommendingUnit> goneUnits = gone(existing.units(), keptUnits);
        List<FormField> goneFields = existing.fields().stream().filter(f -> !keptKeys.contains(f.key)).toList();
        goneTracks.forEach(t -> refuseIfReferenced("track_id", t.id, TRACK, t.name));
        goneDirections.forEach(x -> refuseIfReferenced("direction_id", x.id, DIRECTION, x.name));
        goneUnits.forEach(u -> refuseIfReferenced("unit_id", u.id, UNIT, u.name));
        goneFields.forEach(this::refuseIfAnswered);
        refuseTypeChanges(d.fields(), fields);

        List<Division> goneDivisions = gone(existing.divisions(), keptDivisions);
        List<Section> goneSections = gone(existing.sections(), keptSections);
        List<Round> goneRounds = gone(existing.rounds(), keptRounds);
        goneRounds.forEach(this::refuseIfEntered);
        Set<Long> goneDivisionIds = ProgramService.ids(goneDivisions);
        Set<Long> goneSectionIds = ProgramService.ids(goneSections);
        existing.tracks().stream().filter(t -> t.division != null && goneDivisionIds.contains(t.division.id))
                .forEach(t -> t.division = null);
        existing.directions().stream().filter(x -> x.section != null && goneSectionIds.contains(x.section.id))
                .forEach(x -> x.section = null);
        ProgramService.flush();
        goneTracks.forEach(Track::delete);
        goneDirections.forEach(Direction::delete);
        goneUnits.forEach(RecommendingUnit::delete);
        goneFields.forEach(FormField::delete);
        goneDivisions.forEach(Division::delete);
        goneSections.forEach(Section::delete);
        goneRounds.forEach(Round::delete);
        ProgramService.flush();
        // Kept rounds step aside so that new positions never collide mid-way.
        int temporary = -1;
        for (Round r : existing.rounds()) {
            if (keptRounds.contains(r.id)) {
                r.position = temporary--;
            }
        }
        ProgramService.flush();

        int trackPosition = 0;
        for (int i = 0; i < d.divisions().size(); i++) {
            DivisionSpec spec = d.divisions().get(i);
            Division division = upsert(divisions, spec.id(), Division::new);
            division.position = i;
            division.name = spec.name().localized();
            persistIfNew(division);
            for (TrackSpec t : spec.tracks()) {
                writeTrack(upsert(tracks, t.id(), Track::new), t, division, trackPosition++);
            }
        }
        for (TrackSpec t : d.tracks()) {
            writeTrack(upsert(tracks, t.id(), Track::new), t, null, trackPosition++);
        }
        int directionPosition = 0;
        for (int i = 0; i < d.sections().size(); i++) {
            SectionSpec spec = d.sections().get(i);
            Section section = upsert(sections, spec.id(), Section::new);
            section.position = i;
            section.name = spec.name().localized();
            persistIfNew(section);
            for (DirectionSpec x : spec.directions()) {
                writeDirection(upsert(directions, x.id(), Direction::new), x, section, directionPosition++);
            }
        }
        for (DirectionSpec x : d.directions()) {
            writeDirection(upsert(directions, x.id(), Direction::new), x, null, directionPosition++);
        }
        for (int i = 0; i < d.units().size(); i++) {
            UnitSpec spec = d.units().get(i);
            RecommendingUnit unit = upsert(units, spec.id(), RecommendingUnit::new);
            unit.position = i;
            unit.name = spec.name().localized();
            unit.city = spec.city() == null ? null : spec.city().localized();
            unit.quota = spec.quota();
            persistIfNew(unit);
        }
        for (int i = 0; i < d.rounds().size(); i++) {
            RoundSpec spec = d.rounds().get(i);
            Round round = upsert(rounds, spec.id(), Round::new);
            round.position = i;
            round.kind = spec.kind();
            round.name = spec.name().localized();
            round.startsAt = spec.startsAt();
            round.endsAt = spec.endsAt();
            persistIfNew(round);
        }
        for (int i = 0; i < d.fields().size(); i++) {
            FieldSpec spec = d.fields().get(i);
            FormField field = fields.get(spec.key());
            if (field == null) {
                field = new FormField();
                field.program = program;
            }
            writeField(field, spec, i);
        }

        count("divisions", d.divisions().size(), existing.divisions().size(), goneDivisions.size());
        count("tracks", d.allTracks().size(), existing.tracks().size(), goneTracks.size());
        count("sections", d.sections().size(), existing.sections().size(), goneSections.size());
        count("directions", d.allDirections().size(), existing.directions().size(), goneDirections.size());
        count("units", d.units().size(), existing.units().size(), goneUnits.size());
        count("rounds", d.rounds().size(), existing.rounds().size(), goneRounds.size());
        count("fields", d.fields().size(), existing.fields().size(), goneFields.size());
        return String.join(", ", summary);
    }

    private void count(String what, int now, int before, int removed) {
        int added = now - (before - removed);
        summary.add(what + " " + now + (added == 0 && removed == 0 ? "" : " (+" + added + " −" + removed + ")"));
    }

    private void writeTrack(Track t, TrackSpec spec, Division division, int position) {
        t.division = division;
        t.position = position;
        t.name = spec.name().localized();
        persistIfNew(t);
    }

    private void writeDirection(Direction x, DirectionSpec spec, Section section, int position) {
        x.section = section;
        x.position = position;
        x.name = spec.name().localized();
        x.quota = spec.quota();
        x.budget = spec.budget();
        persistIfNew(x);
    }

    private void writeField(FormField f, FieldSpec spec, int position) {
        f.position = position;
        f.key = spec.key();
        f.type = spec.type();
        f.group = spec.group() == null ? null : spec.group().localized();
        f.label = spec.label().localized();
        f.help = spec.help() == null ? null : spec.help().localized();
        f.required = spec.required();
        boolean choice = spec.type() == FieldType.CHOICE || spec.type() == FieldType.MULTI_CHOICE;
        f.options = choice ? spec.options() : null;
        f.minValue = spec.type() == FieldType.NUMBER ? spec.minValue() : null;
        f.maxValue = spec.type() == FieldType.NUMBER ? spec.maxValue() : null;
        f.maxLength = spec.maxLength();
        f.allowedTypes = spec.type() == FieldType.FILE ? spec.allowedTypes() : null;
        f.maxBytes = spec.type() == FieldType.FILE ? spec.maxBytes() : null;
        if (f.id == null) {
            f.persist();
        }
    }

    private <T extends ProgramPart> T upsert(Map<Long, T> known, Long id, java.util.function.Supplier<T> create) {
        if (id != null && known.containsKey(id)) {
            return known.get(id);
        }
        T part = create.get();
        part.program = program;
        return part;
    }

    private void persistIfNew(ProgramPart part) {
        if (part.id == null) {
            part.persist();
        }
    }

    private void refuseIfReferenced(String column, long partId, LocalizedText kind, LocalizedText name) {
        Number n = (Number) Program.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM application WHERE program_id = ?1 AND " + column + " = ?2")
                .setParameter(1, program.id).setParameter(2, partId).getSingleResult();
        if (n.longValue() > 0) {
            throw new DomainException(ProgramFailure.PART_IN_USE, kind, name);
        }
    }

    /** A round with entries holds decisions and scores; removing it would lose them. */
    private void refuseIfEntered(Round r) {
        Number n = (Number) Program.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM round_entry WHERE round_id = ?1")
                .setParameter(1, r.id).getSingleResult();
        if (n.longValue() > 0) {
            throw new DomainException(ProgramFailure.ROUND_HAS_ENTRIES, r.name, n.longValue());
        }
    }

    /** A field is in use once an application has answered it or attached a file to it. */
    private void refuseIfAnswered(FormField f) {
        String like = "%\"" + f.key.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "\":%";
        Number n = (Number) Program.getEntityManager().createNativeQuery(
                "SELECT COUNT(*) FROM application a WHERE a.program_id = ?1 AND (a.answers LIKE ?2 ESCAPE '!'"
                        + " OR EXISTS (SELECT 1 FROM attachment t WHERE t.application_id = a.id AND t.field_key = ?3))")
                .setParameter(1, program.id).setParameter(2, like).setParameter(3, f.key).getSingleResult();
        if (n.longValue() > 0) {
            throw new DomainException(ProgramFailure.PART_IN_USE, FIELD, f.label);
        }
    }

    private void refuseTypeChanges(List<FieldSpec> specs, Map<String, FormField> fields) {
        List<FormField> retyped = specs.stream().filter(s -> fields.containsKey(s.key()))
                .filter(s -> fields.get(s.key()).type != s.type()).map(s -> fields.get(s.key())).toList();
        if (retyped.isEmpty()) {
            return;
        }
        Number submitted = (Number) Program.getEntityManager().createNativeQuery(
                "SELECT COUNT(*) FROM application WHERE program_id = ?1 AND status IN ('SUBMITTED', 'RETURNED')")
                .setParameter(1, program.id).getSingleResult();
        if (submitted.longValue() > 0) {
            throw new DomainException(ProgramFailure.FIELD_TYPE_LOCKED, retyped.get(0).label);
        }
    }

    private static <T extends ProgramPart> Map<Long, T> byId(List<T> parts) {
        return parts.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    private static Set<Long> keptIds(java.util.stream.Stream<Long> ids) {
        return ids.filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T extends ProgramPart> List<T> gone(List<T> parts, Set<Long> kept) {
        return parts.stream().filter(p -> !kept.contains(p.id)).toList();
    }
}
