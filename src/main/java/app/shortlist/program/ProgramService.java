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
import app.shortlist.program.ProgramDefinition.DivisionSpec;
import app.shortlist.program.ProgramDefinition.SectionSpec;
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
        Program p = Program.require(programId);
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
        String summary = new ProgramStructureWriter(p, existing).write(d);
        applySettings(p, d);
        flush();
        audit.record("UPDATED", ENTITY, p.id, p.id, "version " + before, "version " + p.version,
                (changed.isEmpty() ? "" : "settings: " + String.join(", ", changed) + "; ") + summary);
        return p;
    }

    @Transactional
    public Program open(long programId) {
        Program p = Program.require(programId);
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
        Program p = Program.require(programId);
        if (p.status != ProgramStatus.OPEN) {
            throw new DomainException(ProgramFailure.NOT_OPEN, p.status.label());
        }
        return changeStatus(p, ProgramStatus.CLOSED, "CLOSED");
    }

    /** Moves the deadline later, for every applicant; the reason goes into the audit trail. */
    @Transactional
    public Program extendDeadline(long programId, Instant newDeadline, String reason) {
        Program p = Program.require(programId);
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
        String summary = new ProgramStructureWriter(p, new ProgramParts(List.of(), List.of(), List.of(), List.of(),
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

    static Set<Long> ids(List<? extends ProgramPart> parts) {
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
        if (p.applicantsSeeScores != d.applicantsSeeScores()) {
            changed.add("applicantsSeeScores");
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
        p.applicantsSeeScores = d.applicantsSeeScores();
    }

    static void flush() {
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
}
