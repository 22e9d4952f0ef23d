package app.shortlist.program;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.program.ProgramDefinition.DirectionSpec;
import app.shortlist.program.ProgramDefinition.DivisionSpec;
import app.shortlist.program.ProgramDefinition.FieldSpec;
import app.shortlist.program.ProgramDefinition.RoundSpec;
import app.shortlist.program.ProgramDefinition.SectionSpec;
import app.shortlist.program.ProgramDefinition.TrackSpec;
import app.shortlist.program.ProgramDefinition.UnitSpec;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;
import io.quarkus.arc.Arc;

/**
 * The one place that changes a program. Each public method is one domain
 * operation: it checks the rules, writes, and records the audit entry in a
 * single transaction, or refuses with a {@link DomainException} having written
 * nothing.
 */
@ApplicationScoped
public class ProgramService {

    public static final String ENTITY = "program";

    private static final LocalizedText DIVISION = new LocalizedText("专场", "division");
    private static final LocalizedText TRACK = new LocalizedText("组别", "track");
    private static final LocalizedText SECTION = new LocalizedText("板块", "section");
    private static final LocalizedText DIRECTION = new LocalizedText("支持方向", "support direction");
    private static final LocalizedText UNIT = new LocalizedText("推荐单位", "recommending unit");
    private static final LocalizedText FIELD = new LocalizedText("申报表字段", "form field");

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    RequestLanguage language;

    @Transactional
    public Program create(ProgramDefinition definition) {
        return insert(definition, null);
    }

    /** A new draft from one of {@link ProgramTemplates}, its timeline laid out from today; a taken code gets a suffix. */
    @Transactional
    public Program createFromTemplate(String templateId) {
        ProgramTemplates.Template template = ProgramTemplates.get(templateId)
                .orElseThrow(() -> new DomainException(ProgramFailure.UNKNOWN_TEMPLATE, String.valueOf(templateId)));
        ProgramDefinition d = template.definition();
        if (d.opensAt() != null) {
            LocalDate today = Instant.now(clock).atZone(Dates.ZONE).toLocalDate();
            long days = ChronoUnit.DAYS.between(d.opensAt().atZone(Dates.ZONE).toLocalDate(), today);
            d = d.shiftedBy(Duration.ofDays(days));
        }
        return insert(d.withCode(freeCode(d.code())), "template " + template.id());
    }

    /**
     * Replaces the program's settings and structure. Parts with an id are kept
     * (and updated), parts without one are created, parts left out are removed —
     * unless applications reference them. Form fields are matched by key.
     */
    @Transactional
    public Program update(long programId, long expectedVersion, ProgramDefinition d) {
        Program p = find(programId);
        requireNotArchived(p);
        if (p.version != expectedVersion) {
            throw new DomainException(CommonFailure.STALE);
        }
        Map<String, String> errors = validate(d);
        ProgramParts existing = ProgramParts.load(p.id);
        checkIds(d, existing, errors);
        if (d.code() != null && !d.code().equals(p.code) && codeTaken(d.code())) {
            errors.put("code", DefinitionProblem.CODE_TAKEN.message(lang()));
        }
        refuseIfAny(errors);
        if (p.status != ProgramStatus.DRAFT && (!d.code().equals(p.code) || d.kind() != p.kind)) {
            throw new DomainException(ProgramFailure.CODE_LOCKED);
        }
        long before = p.version;
        List<String> changed = changedSettings(p, d);
        if (changed.isEmpty()) {
            // A change of the structure alone is an edit of the program too: its version moves on (once).
            Program.getEntityManager().lock(p, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        String summary = new StructureWriter(p, existing).write(d);
        applySettings(p, d);
        flush();
        audit.record("UPDATED", ENTITY, p.id, p.id, "version " + before, "version " + p.version,
                (changed.isEmpty() ? "" : "settings: " + String.join(", ", changed) + "; ") + summary);
        return p;
    }

    @Transactional
    public Program open(long programId) {
        Program p = find(programId);
        if (p.status != ProgramStatus.DRAFT && p.status != ProgramStatus.CLOSED) {
            throw new DomainException(ProgramFailure.NOT_OPENABLE, p.status.label());
        }
        if (p.submissionDeadline != null && !p.submissionDeadline.isAfter(Instant.now(clock))) {
            throw new DomainException(ProgramFailure.DEADLINE_PASSED, Dates.format(p.submissionDeadline));
        }
        return changeStatus(p, ProgramStatus.OPEN, "OPENED");
    }

    @Transactional
    public Program close(long programId) {
        Program p = find(programId);
        if (p.status != ProgramStatus.OPEN) {
            throw new DomainException(ProgramFailure.NOT_OPEN, p.status.label());
        }
        return changeStatus(p, ProgramStatus.CLOSED, "CLOSED");
    }

    /** Moves the deadline later, for every applicant; the reason goes into the audit trail. */
    @Transactional
    public Program extendDeadline(long programId, Instant newDeadline, String reason) {
        Program p = find(programId);
        requireNotArchived(p);
        Lang lang = lang();
        Instant now = Instant.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        ProgramFailure failure = null;
        if (newDeadline == null || !newDeadline.isAfter(now)
                || (p.submissionDeadline != null && !newDeadline.isAfter(p.submissionDeadline))
                || (p.opensAt != null && !newDeadline.isAfter(p.opensAt))) {
            failure = ProgramFailure.DEADLINE_INVALID;
            errors.put("deadline", failure.message(lang));
        }
        if (reason == null || reason.isBlank()) {
            failure = failure == null ? ProgramFailure.REASON_REQUIRED : failure;
            errors.put("reason", ProgramFailure.REASON_REQUIRED.message(lang));
        } else if (reason.strip().length() > 1000) {
            failure = failure == null ? ProgramFailure.INVALID_DEFINITION : failure;
            errors.put("reason", DefinitionProblem.TOO_LONG.message(lang, Map.of("max", 1000)));
        }
        if (failure != null) {
            throw new DomainException(failure, errors, errors.size());
        }
        Instant before = p.submissionDeadline;
        p.submissionDeadline = newDeadline;
        flush();
        audit.record("DEADLINE_EXTENDED", ENTITY, p.id, p.id, Dates.format(before), Dates.format(newDeadline),
                reason.strip());
        return p;
    }

    /** The program as a definition, with its ids. */
    public ProgramDefinition definition(Program p) {
        return ProgramParts.load(p.id).definitionOf(p);
    }

    /** Applications per status, for every program, in one query: program id → status → count. */
    public Map<Long, Map<String, Long>> applicationCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Program.getEntityManager()
                .createNativeQuery("SELECT program_id, status, COUNT(*) FROM application GROUP BY program_id, status")
                .getResultList();
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    // --- rules -----------------------------------------------------------------------

    private Program insert(ProgramDefinition d, String origin) {
        Map<String, String> errors = validate(d);
        if (d.code() != null && codeTaken(d.code())) {
            errors.put("code", DefinitionProblem.CODE_TAKEN.message(lang()));
        }
        refuseIfAny(errors);
        Program p = new Program();
        p.status = ProgramStatus.DRAFT;
        p.createdAt = Instant.now(clock);
        applySettings(p, d);
        try {
            p.persistAndFlush();
        } catch (PersistenceException e) {
            throw isCodeConflict(e) ? new DomainException(ProgramFailure.CODE_TAKEN, d.code()) : e;
        }
        String summary = new StructureWriter(p, new ProgramParts(List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of())).write(d);
        flush();
        audit.record("CREATED", ENTITY, p.id, p.id, null, p.status,
                p.code + (origin == null ? "" : " from " + origin) + "; " + summary);
        return p;
    }

    private Program changeStatus(Program p, ProgramStatus to, String action) {
        ProgramStatus before = p.status;
        p.status = to;
        flush();
        audit.record(action, ENTITY, p.id, p.id, before, to, null);
        return p;
    }

    private static Program find(long programId) {
        Program p = Program.findById(programId);
        if (p == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return p;
    }

    private static void requireNotArchived(Program p) {
        if (p.status == ProgramStatus.ARCHIVED) {
            throw new DomainException(ProgramFailure.ARCHIVED);
        }
    }

    private static boolean codeTaken(String code) {
        return Program.count("code", code) > 0;
    }

    /** Another transaction took the code between our check and our insert. */
    private static boolean isCodeConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().toLowerCase(java.util.Locale.ROOT).contains("program_code_uk")) {
                return true;
            }
        }
        return false;
    }

    private static String freeCode(String code) {
        if (!codeTaken(code)) {
            return code;
        }
        for (int n = 2; n < 1000; n++) {
            String candidate = code + "V" + n;
            if (candidate.length() <= 16 && !codeTaken(candidate)) {
                return candidate;
            }
        }
        return code; // refused as taken, with a clear message
    }

    /** Field path → message in the caller's language: the annotations first, then the rules across fields. */
    Map<String, String> validate(ProgramDefinition d) {
        Lang lang = lang();
        Map<String, String> errors = new LinkedHashMap<>();
        if (d == null) {
            throw new DomainException(ProgramFailure.INVALID_DEFINITION,
                    Map.of("body", DefinitionProblem.REQUIRED.message(lang)), 1);
        }
        List<ConstraintViolation<ProgramDefinition>> violations = new ArrayList<>(validator.validate(d));
        violations.sort((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()));
        for (ConstraintViolation<ProgramDefinition> v : violations) {
            var descriptor = v.getConstraintDescriptor();
            DefinitionProblem problem = DefinitionProblem.ofConstraint(v.getMessageTemplate(),
                    descriptor.getAnnotation().annotationType().getSimpleName(), descriptor.getAttributes());
            errors.putIfAbsent(path(v.getPropertyPath().toString()), problem.message(lang, descriptor.getAttributes()));
        }
        DefinitionRules.check(d).forEach((path, problem) -> errors.putIfAbsent(path, problem.message(lang)));
        return errors;
    }

    /** Bean Validation writes container elements as {@code rounds[0].<list element>}; keep {@code rounds[0]}. */
    private static String path(String raw) {
        return raw.replace(".<list element>", "").replace("<list element>", "");
    }

    private void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new DomainException(ProgramFailure.INVALID_DEFINITION, errors, errors.size());
        }
    }

    /** Ids must name parts of this program, of the same kind, once each. */
    private void checkIds(ProgramDefinition d, ProgramParts existing, Map<String, String> errors) {
        Lang lang = lang();
        Set<Long> divisionIds = ids(existing.divisions());
        Set<Long> trackIds = ids(existing.tracks());
        Set<Long> sectionIds = ids(existing.sections());
        Set<Long> directionIds = ids(existing.directions());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < d.divisions().size(); i++) {
            DivisionSpec div = d.divisions().get(i);
            checkId(div.id(), divisionIds, seen, "divisions[" + i + "].id", errors, lang);
            for (int j = 0; j < div.tracks().size(); j++) {
                checkId(div.tracks().get(j).id(), trackIds, seen, "divisions[" + i + "].tracks[" + j + "].id", errors,
                        lang);
            }
        }
        for (int i = 0; i < d.tracks().size(); i++) {
            checkId(d.tracks().get(i).id(), trackIds, seen, "tracks[" + i + "].id", errors, lang);
        }
        for (int i = 0; i < d.sections().size(); i++) {
            SectionSpec s = d.sections().get(i);
            checkId(s.id(), sectionIds, seen, "sections[" + i + "].id", errors, lang);
            for (int j = 0; j < s.directions().size(); j++) {
                checkId(s.directions().get(j).id(), directionIds, seen, "sections[" + i + "].directions[" + j + "].id",
                        errors, lang);
            }
        }
        for (int i = 0; i < d.directions().size(); i++) {
            checkId(d.directions().get(i).id(), directionIds, seen, "directions[" + i + "].id", errors, lang);
        }
        for (int i = 0; i < d.units().size(); i++) {
            checkId(d.units().get(i).id(), ids(existing.units()), seen, "units[" + i + "].id", errors, lang);
        }
        for (int i = 0; i < d.rounds().size(); i++) {
            checkId(d.rounds().get(i).id(), ids(existing.rounds()), seen, "rounds[" + i + "].id", errors, lang);
        }
    }

    private static void checkId(Long id, Set<Long> known, Set<Long> seen, String path, Map<String, String> errors,
            Lang lang) {
        if (id == null) {
            return;
        }
        if (!known.contains(id)) {
            errors.putIfAbsent(path, DefinitionProblem.UNKNOWN_PART.message(lang));
        } else if (!seen.add(id)) {
            errors.putIfAbsent(path, DefinitionProblem.DUPLICATE_ID.message(lang));
        }
    }

    private static Set<Long> ids(List<? extends ProgramPart> parts) {
        return parts.stream().map(p -> p.id).collect(Collectors.toSet());
    }

    private static List<String> changedSettings(Program p, ProgramDefinition d) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(p.code, d.code())) {
            changed.add("code " + p.code + " → " + d.code());
        }
        if (p.kind != d.kind()) {
            changed.add("kind");
        }
        if (!same(p.name, d.name().localized())) {
            changed.add("name");
        }
        if (!same(p.organiser, d.organiser().localized())) {
            changed.add("organiser");
        }
        if (!same(p.description, d.description() == null ? null : d.description().localized())) {
            changed.add("description");
        }
        if (!Objects.equals(p.opensAt, d.opensAt())) {
            changed.add("opensAt " + Dates.format(p.opensAt) + " → " + Dates.format(d.opensAt()));
        }
        if (!Objects.equals(p.submissionDeadline, d.submissionDeadline())) {
            changed.add("submissionDeadline " + Dates.format(p.submissionDeadline) + " → "
                    + Dates.format(d.submissionDeadline()));
        }
        if (p.allowMultiple != d.allowMultiple()) {
            changed.add("allowMultiple");
        }
        if (p.asksEnterprise != d.asksEnterprise()) {
            changed.add("asksEnterprise");
        }
        return changed;
    }

    private static boolean same(LocalizedText a, LocalizedText b) {
        String az = a == null ? null : a.zh;
        String ae = a == null ? null : a.en;
        String bz = b == null ? null : b.zh;
        String be = b == null ? null : b.en;
        return Objects.equals(az, bz) && Objects.equals(ae, be);
    }

    private static void applySettings(Program p, ProgramDefinition d) {
        p.code = d.code();
        p.kind = d.kind();
        p.name = d.name().localized();
        p.organiser = d.organiser().localized();
        p.description = d.description() == null ? null : d.description().localized();
        p.opensAt = d.opensAt();
        p.submissionDeadline = d.submissionDeadline();
        p.allowMultiple = d.allowMultiple();
        p.asksEnterprise = d.asksEnterprise();
    }

    private static void flush() {
        Program.getEntityManager().flush();
    }

    /** The caller's language for field messages; Chinese when called outside a request. */
    private Lang lang() {
        if (!Arc.container().requestContext().isActive()) {
            return Lang.DEFAULT;
        }
        try {
            return language.get();
        } catch (RuntimeException e) {
            return Lang.DEFAULT;
        }
    }

    /**
     * Writes a definition's structure over the existing parts: removals first
     * (refused if applications reference the part), then updates and additions,
     * in an order the foreign keys and the unique round positions accept.
     */
    private final class StructureWriter {

        private final Program program;
        private final ProgramParts existing;
        private final List<String> summary = new ArrayList<>();

        StructureWriter(Program program, ProgramParts existing) {
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
            Set<Long> goneDivisionIds = ids(goneDivisions);
            Set<Long> goneSectionIds = ids(goneSections);
            existing.tracks().stream().filter(t -> t.division != null && goneDivisionIds.contains(t.division.id))
                    .forEach(t -> t.division = null);
            existing.directions().stream().filter(x -> x.section != null && goneSectionIds.contains(x.section.id))
                    .forEach(x -> x.section = null);
            flush();
            goneTracks.forEach(Track::delete);
            goneDirections.forEach(Direction::delete);
            goneUnits.forEach(RecommendingUnit::delete);
            goneFields.forEach(FormField::delete);
            goneDivisions.forEach(Division::delete);
            goneSections.forEach(Section::delete);
            goneRounds.forEach(Round::delete);
            flush();
            // Kept rounds step aside so that new positions never collide mid-way.
            int temporary = -1;
            for (Round r : existing.rounds()) {
                if (keptRounds.contains(r.id)) {
                    r.position = temporary--;
                }
            }
            flush();

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
