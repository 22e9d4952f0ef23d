package app.shortlist.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import app.shortlist.account.CurrentUser;
import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.notification.Notifier;
import app.shortlist.program.FieldType;
import app.shortlist.program.FormField;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramStatus;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.DomainMetrics;

/**
 * The one place that changes an application. Each public method is one domain
 * operation: it checks the rules, writes, records the audit entry and queues
 * the notification in a single transaction, or refuses with a
 * {@link DomainException} having written nothing.
 */
@ApplicationScoped
public class ApplicationService {

    public static final String ENTITY = "application";

    @Inject
    Event<ApplicationEvent> events;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ApplicationForm form;

    @Inject
    DomainMetrics metrics;

    @Inject
    AttachmentStore attachments;

    @Transactional
    public Application createDraft(long programId, Lang lang) {
        return createDraft(programId, null, lang);
    }

    /**
     * Starts a draft. With an idempotency key, repeating the call (the answer was lost)
     * returns the draft the first call made, whatever happened to it since.
     */
    @Transactional
    public Application createDraft(long programId, String idempotencyKey, Lang lang) {
        Program program = Program.findById(programId);
        Instant now = Instant.now(clock);
        if (program == null || !program.status.isPublic()) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : idempotencyKey.strip().substring(0, Math.min(64, idempotencyKey.strip().length()));
        Application earlier = createdWith(key);
        if (earlier != null) {
            if (!earlier.program.id.equals(programId)) {
                throw new DomainException(ApplicationFailure.KEY_REUSED);
            }
            return earlier;
        }
        if (!program.acceptsSubmissionsAt(now)) {
            throw new DomainException(ApplicationFailure.PROGRAM_NOT_OPEN);
        }
        String owner = currentUser.getSubject();
        if (!program.allowMultiple && Application.count("program.id = ?1 and applicantId = ?2 and status <> ?3",
                programId, owner, ApplicationStatus.WITHDRAWN) > 0) {
            // A racing repeat of this very call may have committed since we looked: then that is the draft.
            Application raced = createdWith(key);
            if (raced != null && raced.program.id.equals(programId)) {
                return raced;
            }
            throw new DomainException(ApplicationFailure.ALREADY_APPLIED);
        }
        Application a = new Application();
        a.program = program;
        a.applicantId = owner;
        a.applicantName = currentUser.getUsername();
        a.applicantLang = lang.tag();
        a.applicantEmail = currentUser.getEmail();
        a.contactName = currentUser.getDisplayName();
        a.email = currentUser.getEmail();
        a.createdAt = now;
        a.updatedAt = now;
        a.createKey = key;
        a.persistAndFlush(); // a racing repeat of the same key fails here, on the unique index, before the audit
        audit.record("CREATED", ENTITY, a.id, program.id, null, a.status, null);
        return a;
    }

    private Application createdWith(String key) {
        return key == null ? null
                : Application.<Application> find("applicantId = ?1 and createKey = ?2", currentUser.getSubject(), key)
                        .firstResult();
    }

    /** Saves what the applicant typed; format rules apply, completeness does not (a draft). */
    @Transactional
    public Application saveDraft(long applicationId, long expectedVersion, Map<String, String> values, Lang lang) {
        Application a = editableOwned(applicationId, expectedVersion);
        Map<String, String> cleaned = ApplicationForm.clean(values);
        List<FormField> fields = FormField.forProgram(a.program.id);
        rejectProblems(FormRules.check(form.rules(a.program, fields), withFilesPresent(cleaned, a), false), lang);
        form.apply(a, cleaned, fields);
        a.applicantLang = lang.tag();
        a.updatedAt = Instant.now(clock);
        audit.record("DRAFT_SAVED", ENTITY, a.id, a.program.id, a.status, a.status, null);
        return a;
    }

    /**
     * Submits (or, after a return for correction, resubmits). Idempotent: a
     * second call for an application that is already submitted returns it
     * unchanged, whether it repeats the key or not.
     */
    @Transactional
    public Application submit(long applicationId, String idempotencyKey, Lang lang) {
        Application a = owned(applicationId);
        if (a.status == ApplicationStatus.SUBMITTED) {
            return a;
        }
        requireEditable(a);
        List<FormField> fields = FormField.forProgram(a.program.id);
        Map<String, String> values = withFilesPresent(form.values(a), a);
        rejectProblems(FormRules.check(form.rules(a.program, fields), values, true), lang);

        ApplicationStatus before = a.status;
        Instant now = Instant.now(clock);
        a.status = ApplicationStatus.SUBMITTED;
        a.submittedAt = now;
        a.updatedAt = now;
        a.submitKey = idempotencyKey == null ? null : idempotencyKey.substring(0, Math.min(64, idempotencyKey.length()));
        a.correctionUntil = null;
        a.applicantLang = lang.tag();
        events.fire(new ApplicationEvent.Submitted(a.id, before == ApplicationStatus.RETURNED));
        if (a.reference == null) {
            // Last: the number holds the program's row lock until the commit, and every submission of
            // the program queues for it, so the pipeline's reads are done before it is taken.
            a.reference = nextReference(a.program);
        }
        a.persistAndFlush(); // one version step; a concurrent submit of the same draft fails here on it
        String action = before == ApplicationStatus.RETURNED ? "RESUBMITTED" : "SUBMITTED";
        audit.record(action, ENTITY, a.id, a.program.id, before, a.status, "reference " + a.reference);
        metrics.countOnCommit(DomainMetrics.SUBMISSIONS, "kind", action.toLowerCase(java.util.Locale.ROOT));
        Lang to = Lang.of(a.applicantLang).orElse(Lang.DEFAULT);
        notifier.queue(a.applicantId, a.applicantEmail, to.tag(), a.id,
                Mails.submittedSubject(to, a.program.name.in(to), a.reference),
                Mails.submittedBody(to, a.program.name.in(to), a.projectName, a.reference, Dates.format(now)));
        return a;
    }

    @Transactional
    public Application withdraw(long applicationId) {
        Application a = owned(applicationId);
        if (a.status == ApplicationStatus.WITHDRAWN) {
            throw new DomainException(ApplicationFailure.NOT_WITHDRAWABLE);
        }
        ApplicationStatus before = a.status;
        a.status = ApplicationStatus.WITHDRAWN;
        a.updatedAt = Instant.now(clock);
        audit.record("WITHDRAWN", ENTITY, a.id, a.program.id, before, a.status, null);
        events.fire(new ApplicationEvent.Withdrawn(a.id));
        Lang to = Lang.of(a.applicantLang).orElse(Lang.DEFAULT);
        notifier.queue(a.applicantId, a.applicantEmail, to.tag(), a.id,
                Mails.withdrawnSubject(to, a.program.name.in(to)),
                Mails.withdrawnBody(to, a.program.name.in(to), a.projectName, a.reference));
        return a;
    }

    /** An admin lets this one application be edited and submitted until {@code until}. */
    @Transactional
    public Application grantExtension(long applicationId, Instant until, String reason) {
        Application a = Application.findById(applicationId);
        if (a == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException(ApplicationFailure.REASON_REQUIRED);
        }
        Instant now = Instant.now(clock);
        if (until == null || !until.isAfter(now)
                || (a.program.submissionDeadline != null && !until.isAfter(a.program.submissionDeadline))) {
            throw new DomainException(ApplicationFailure.EXTENSION_INVALID);
        }
        Instant before = a.extendedUntil;
        a.extendedUntil = until;
        a.extensionReason = reason.strip();
        a.updatedAt = now;
        audit.record("EXTENDED", ENTITY, a.id, a.program.id, Dates.format(before), Dates.format(until), a.extensionReason);
        Lang to = Lang.of(a.applicantLang).orElse(Lang.DEFAULT);
        notifier.queue(a.applicantId, a.applicantEmail, to.tag(), a.id, Mails.extendedSubject(to, a.program.name.in(to)),
                Mails.extendedBody(to, a.program.name.in(to), Dates.format(until)));
        return a;
    }

    /** 退回补正: the screening round sends a submitted application back with a message and a deadline. */
    @Transactional
    public Application returnForCorrection(long applicationId, String message, Instant until) {
        Application a = Application.findById(applicationId);
        if (a == null || a.status != ApplicationStatus.SUBMITTED) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        if (message == null || message.isBlank()) {
            throw new DomainException(ApplicationFailure.REASON_REQUIRED);
        }
        if (until == null || !until.isAfter(Instant.now(clock))) {
            throw new DomainException(ApplicationFailure.EXTENSION_INVALID);
        }
        a.status = ApplicationStatus.RETURNED;
        a.correctionMessage = message.strip();
        a.correctionUntil = until;
        a.updatedAt = Instant.now(clock);
        audit.record("RETURNED", ENTITY, a.id, a.program.id, ApplicationStatus.SUBMITTED, a.status, a.correctionMessage);
        Lang to = Lang.of(a.applicantLang).orElse(Lang.DEFAULT);
        notifier.queue(a.applicantId, a.applicantEmail, to.tag(), a.id, Mails.returnedSubject(to, a.program.name.in(to)),
                Mails.returnedBody(to, a.reference, a.correctionMessage, Dates.format(until)));
        return a;
    }

    @Transactional
    public Attachment upload(long applicationId, String fieldKey, String originalName, Upload upload) {
        Application a = owned(applicationId);
        requireEditable(a);
        FormField field = FormField.find("program.id = ?1 and key = ?2", a.program.id, fieldKey).firstResult();
        if (field == null || field.type != FieldType.FILE) {
            throw new DomainException(ApplicationFailure.UNKNOWN_FILE_FIELD);
        }
        FileTypes.Kind kind = Attachments.check(field, originalName, upload);
        String fileName = FileNames.sanitize(originalName);

        Attachment previous = Attachment.find("application.id = ?1 and fieldKey = ?2", a.id, fieldKey).firstResult();
        String before = null;
        if (previous != null) {
            before = previous.fileName;
            attachments.remove(previous); // its bytes go once this commits
            Attachment.flush(); // before the new row takes the (application, field) key
        }
        Attachment att = new Attachment();
        att.application = a;
        att.fieldKey = fieldKey;
        att.fileName = fileName;
        att.contentType = kind.contentType(fileName);
        att.sizeBytes = upload.size();
        att.sha256 = upload.sha256();
        att.uploadedAt = Instant.now(clock);
        att.uploadedBy = currentUser.getUsername();
        attachments.save(att, upload); // a file is durable before this transaction commits
        a.updatedAt = att.uploadedAt;
        audit.record(previous == null ? "ATTACHMENT_ADDED" : "ATTACHMENT_REPLACED", ENTITY, a.id, a.program.id, before,
                fileName, fieldKey + " · " + upload.size() + " bytes · sha256 " + att.sha256);
        return att;
    }

    @Transactional
    public void deleteAttachment(long applicationId, long attachmentId) {
        Application a = owned(applicationId);
        requireEditable(a);
        Attachment att = Attachment.findById(attachmentId);
        if (att == null || !att.application.id.equals(a.id)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        attachments.remove(att);
        a.updatedAt = Instant.now(clock);
        audit.record("ATTACHMENT_DELETED", ENTITY, a.id, a.program.id, att.fileName, null, att.fieldKey);
    }

    // --- rules -------------------------------------------------------------------

    private Application owned(long applicationId) {
        Application a = Application.findById(applicationId);
        if (a == null || !a.applicantId.equals(currentUser.getSubject())) {
            throw new DomainException(CommonFailure.NOT_FOUND); // never reveal someone else's application
        }
        return a;
    }

    private Application editableOwned(long applicationId, long expectedVersion) {
        Application a = owned(applicationId);
        if (a.version != expectedVersion) {
            throw new DomainException(CommonFailure.STALE);
        }
        requireEditable(a);
        return a;
    }

    private void requireEditable(Application a) {
        if (!a.status.isEditable()) {
            throw new DomainException(ApplicationFailure.NOT_EDITABLE, a.status.label());
        }
        if (!a.isEditableAt(Instant.now(clock))) {
            throw new DomainException(ApplicationFailure.DEADLINE_PASSED, Dates.format(a.editableUntil()));
        }
        if (a.status == ApplicationStatus.DRAFT && a.program.status != ProgramStatus.OPEN && a.extendedUntil == null) {
            throw new DomainException(ApplicationFailure.PROGRAM_NOT_OPEN);
        }
    }

    private static void rejectProblems(Map<String, FormRules.Problem> problems, Lang lang) {
        if (!problems.isEmpty()) {
            Map<String, String> messages = new LinkedHashMap<>();
            problems.forEach((key, problem) -> messages.put(key, problem.message(lang)));
            throw new DomainException(ApplicationFailure.INVALID_FORM, messages, problems.size());
        }
    }

    private static Map<String, String> withFilesPresent(Map<String, String> values, Application a) {
        Map<String, String> all = new LinkedHashMap<>(values);
        if (a.id != null) {
            for (Attachment att : Attachment.forApplication(a.id)) {
                all.put(att.fieldKey, "present");
            }
        }
        return all;
    }

    /**
     * The next number of the program. The UPDATE takes the row lock, so concurrent
     * submissions queue here and never share a number; a rollback gives it back.
     * Native, so the program's own version (admins' edits) is not disturbed.
     */
    private static String nextReference(Program program) {
        var em = Program.getEntityManager();
        // Synchronised with program alone: the application's pending change is not flushed by these,
        // so it is written once, reference included (one version step).
        em.createNativeQuery("UPDATE program SET reference_counter = reference_counter + 1 WHERE id = ?1")
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Program.class)
                .setParameter(1, program.id).executeUpdate();
        Number counter = (Number) em.createNativeQuery("SELECT reference_counter FROM program WHERE id = ?1")
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Program.class)
                .setParameter(1, program.id).getSingleResult();
        return "%s-%05d".formatted(program.code, counter.intValue());
    }
}
