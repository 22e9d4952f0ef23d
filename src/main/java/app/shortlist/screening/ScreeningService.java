package app.shortlist.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;
import app.shortlist.application.Application;
import app.shortlist.application.ApplicationService;
import app.shortlist.audit.AuditEntry;
import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.notification.Notifier;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.Pipeline;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/**
 * 资格初审: the one place that decides screening entries and opens and closes screening rounds.
 * Each public method checks, writes, audits and notifies in one transaction, or refuses having
 * written nothing. Every decision holds a shared lock on the round row, and closing holds an
 * exclusive one, so no decision slips in while a round closes and its passed entries move on.
 */
@ApplicationScoped
public class ScreeningService {

    public static final String ENTITY = Pipeline.ENTITY;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_BULK = 5000;
    private static final int CHUNK = 1000;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ApplicationService applications;

    @Inject
    Pipeline pipeline;

    @Inject
    RequestLanguage language;

    /** Passes a waiting entry (or, for an admin, changes a decision; {@code note} then says why). */
    @Transactional
    public RoundEntry pass(long entryId, Collection<Long> checklist, String note, long expectedVersion) {
        RoundEntry e = decidable(entryId, expectedVersion, true);
        String why = text(note);
        boolean redecide = e.state.isDecided();
        if (redecide && why == null) {
            throw new DomainException(ScreeningFailure.REDECIDE_REASON_REQUIRED);
        }
        List<Long> items = ChecklistItem.<ChecklistItem>list("program.id = ?1", e.round.program.id).stream()
                .map(i -> i.id).toList();
        Set<Long> ticked = ticked(checklist, items);
        if (ticked.size() < items.size()) {
            throw new DomainException(ScreeningFailure.CHECKLIST_INCOMPLETE, items.size() - ticked.size());
        }
        EntryState before = e.state;
        decide(e, EntryState.PASSED, ticked, null, why);
        audit.record(redecide ? "SCREENING_REDECIDED" : "SCREENING_PASSED", ENTITY, e.id, e.round.program.id, before,
                e.state, why);
        notifyOutcome(e.application, EntryState.PASSED, null, null);
        return e;
    }

    /** Rejects with a reason from the admin's list and/or free text (at least one). */
    @Transactional
    public RoundEntry reject(long entryId, Collection<Long> checklist, Long reasonId, String freeText,
            long expectedVersion) {
        RoundEntry e = decidable(entryId, expectedVersion, true);
        RejectReason reason = reason(e.round.program.id, reasonId);
        String why = text(freeText);
        if (reason == null && why == null) {
            throw new DomainException(ScreeningFailure.REJECT_REASON_REQUIRED);
        }
        Set<Long> ticked = checklist == null ? null : ticked(checklist,
                ChecklistItem.<ChecklistItem>list("program.id = ?1", e.round.program.id).stream().map(i -> i.id).toList());
        EntryState before = e.state;
        decide(e, EntryState.REJECTED, ticked, reason, why);
        audit.record(before.isDecided() ? "SCREENING_REDECIDED" : "SCREENING_REJECTED", ENTITY, e.id,
                e.round.program.id, before, e.state, describe(reason, why, Lang.DEFAULT));
        notifyOutcome(e.application, EntryState.REJECTED, reason, why);
        return e;
    }

    /**
     * 退回补正: the application goes back to its applicant until {@code until}; their resubmission
     * puts the entry back in the queue ({@link Pipeline}). The mail is the application's own.
     */
    @Transactional
    public RoundEntry returnForCorrection(long entryId, String message, Instant until, long expectedVersion) {
        RoundEntry e = decidable(entryId, expectedVersion, false);
        String why = text(message);
        if (why == null) {
            throw new DomainException(ScreeningFailure.MESSAGE_REQUIRED);
        }
        if (until == null || !until.isAfter(Instant.now(clock))) {
            throw new DomainException(ScreeningFailure.CORRECTION_DEADLINE_INVALID);
        }
        applications.returnForCorrection(e.application.id, why, until);
        decide(e, EntryState.RETURNED, null, null, why);
        audit.record("SCREENING_RETURNED", ENTITY, e.id, e.round.program.id, EntryState.WAITING, e.state, why);
        return e;
    }

    /**
     * One decision for a selected set of waiting entries, as one operation: all of them or none
     * (a set with an entry that is not waiting is refused whole). Reads, checks and updates in
     * chunks of statements, not per entry; audit rows and mails are one per entry, batched.
     */
    @Transactional
    public int bulk(long roundId, Collection<Long> entryIds, Decision decision, Long reasonId, String freeText) {
        if (decision == null || decision == Decision.RETURN) {
            throw new DomainException(ScreeningFailure.DECISION_UNKNOWN);
        }
        Round round = lockedRound(roundId, LockModeType.PESSIMISTIC_READ);
        requireOpen(round);
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(entryIds == null ? List.of() : entryIds));
        if (ids.isEmpty()) {
            throw new DomainException(ScreeningFailure.BULK_EMPTY);
        }
        if (ids.size() > MAX_BULK) {
            throw new DomainException(ScreeningFailure.BULK_TOO_MANY, MAX_BULK);
        }
        long programId = round.program.id;
        RejectReason reason = decision == Decision.REJECT ? reason(programId, reasonId) : null;
        String why = text(freeText);
        if (decision == Decision.REJECT && reason == null && why == null) {
            throw new DomainException(ScreeningFailure.REJECT_REASON_REQUIRED);
        }

        List<Object[]> rows = new ArrayList<>(ids.size());
        for (List<Long> chunk : chunks(ids)) {
            rows.addAll(RoundEntry.getEntityManager().createQuery("select e.id, e.state, a.id, a.reference,"
                    + " a.projectName, a.applicantId, a.applicantEmail, a.applicantLang from RoundEntry e"
                    + " join e.application a where e.round.id = :round and e.id in :ids", Object[].class)
                    .setParameter("round", roundId).setParameter("ids", chunk).getResultList());
        }
        rows.sort(Comparator.comparing(r -> (Long) r[0])); // messages and the audit list in one order on every database
        List<String> refused = new ArrayList<>();
        Set<Long> found = new HashSet<>();
        for (Object[] r : rows) {
            found.add((Long) r[0]);
            if (r[1] != EntryState.WAITING) {
                refused.add(r[3] + " (" + ((EntryState) r[1]).label().in(language.get()) + ")"); // named in the reader's language
            }
        }
        ids.stream().filter(id -> !found.contains(id)).forEach(id -> refused.add("#" + id));
        if (!refused.isEmpty()) {
            String named = refused.stream().limit(5).collect(Collectors.joining(", "))
                    + (refused.size() > 5 ? " …" : "");
            throw new DomainException(ScreeningFailure.BULK_NOT_DECIDABLE, ids.size(), refused.size(), named);
        }

        EntryState to = decision == Decision.PASS ? EntryState.PASSED : EntryState.REJECTED;
        String checklist = decision == Decision.PASS ? join(ChecklistItem.<ChecklistItem>list("program.id = ?1",
                programId).stream().map(i -> i.id).collect(Collectors.toCollection(TreeSet::new))) : null;
        Instant now = Instant.now(clock);
        int updated = 0;
        for (List<Long> chunk : chunks(ids)) {
            updated += RoundEntry.getEntityManager().createQuery("update RoundEntry e set e.state = :to,"
                    + " e.checklist = :checklist, e.reasonId = :reason, e.reasonText = :text, e.decidedBy = :by,"
                    + " e.decidedAt = :now, e.version = e.version + 1"
                    + " where e.round.id = :round and e.id in :ids and e.state = :waiting")
                    .setParameter("to", to).setParameter("checklist", checklist)
                    .setParameter("reason", reason == null ? null : reason.id).setParameter("text", why)
                    .setParameter("by", currentUser.getUsername()).setParameter("now", now)
                    .setParameter("round", roundId).setParameter("ids", chunk)
                    .setParameter("waiting", EntryState.WAITING).executeUpdate();
        }
        if (updated != ids.size()) {
            throw new DomainException(CommonFailure.STALE); // one changed since it was read: roll all back
        }

        RoundEntry.getEntityManager().unwrap(Session.class).setJdbcBatchSize(100);
        String detail = describe(reason, why, Lang.DEFAULT);
        AuditEntry operation = audit.record("SCREENING_BULK_" + to.name(), "round", roundId, programId,
                EntryState.WAITING, to, ids.size() + " entries" + (detail == null ? "" : " · " + detail) + " · "
                        + rows.stream().map(r -> (String) r[3]).collect(Collectors.joining(", ")));
        for (Object[] r : rows) {
            audit.record(to == EntryState.PASSED ? "SCREENING_PASSED" : "SCREENING_REJECTED", ENTITY, (Long) r[0],
                    programId, EntryState.WAITING, to, "bulk #" + operation.id + (detail == null ? "" : " · " + detail));
        }
        String programZh = round.program.name.in(Lang.ZH);
        String programEn = round.program.name.in(Lang.EN);
        for (Object[] r : rows) {
            Lang lang = Lang.of((String) r[7]).orElse(Lang.DEFAULT);
            mail(to, lang, lang == Lang.EN ? programEn : programZh, (String) r[5], (String) r[6], (Long) r[2],
                    (String) r[4], (String) r[3], reason, why);
        }
        return ids.size();
    }

    /** An admin opens a screening round: decisions may start. */
    @Transactional
    public Round open(long roundId) {
        Round round = lockedRound(roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round.state != RoundState.PENDING) {
            throw new DomainException(ScreeningFailure.ROUND_NOT_PENDING, round.state.label());
        }
        round.state = RoundState.OPEN;
        audit.record("ROUND_OPENED", "round", round.id, round.program.id, RoundState.PENDING, round.state, null);
        return round;
    }

    /**
     * Closes and confirms a screening round: refused while entries wait or are returned, unless an
     * admin gives a reason. The passed entries move into the next round in the same transaction.
     */
    @Transactional
    public Round close(long roundId, String reason) {
        Round round = lockedRound(roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round.state != RoundState.OPEN) {
            throw new DomainException(ScreeningFailure.ROUND_NOT_OPEN, round.state.label());
        }
        String why = text(reason);
        ScreeningQueue.Counts counts = ScreeningQueue.counts(roundId);
        if (counts.waiting() + counts.returned() > 0 && (why == null || !currentUser.hasRole(Role.ADMIN))) {
            throw new DomainException(ScreeningFailure.ROUND_HAS_WAITING, counts.waiting(), counts.returned());
        }
        List<Long> passed = RoundEntry.getEntityManager().createQuery(
                "select e.application.id from RoundEntry e where e.round.id = :round and e.state = :passed order by e.id",
                Long.class).setParameter("round", roundId).setParameter("passed", EntryState.PASSED).getResultList();
        round.state = RoundState.CONFIRMED;
        round.closedAt = Instant.now(clock);
        round.closedReason = why;
        int moved = pipeline.moveOn(round, passed);
        audit.record("ROUND_CONFIRMED", "round", round.id, round.program.id, RoundState.OPEN, round.state,
                "waiting %d, returned %d, passed %d, rejected %d, withdrawn %d; %d moved on%s".formatted(
                        counts.waiting(), counts.returned(), counts.passed(), counts.rejected(), counts.withdrawn(),
                        moved, why == null ? "" : "; reason: " + why));
        return round;
    }

    // --- rules -------------------------------------------------------------------------------

    /** The entry, if it may take a decision now; its round locked against a concurrent close. */
    private RoundEntry decidable(long entryId, long expectedVersion, boolean adminMayRedecide) {
        RoundEntry e = RoundEntry.findById(entryId);
        if (e == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        requireOpen(lockedRound(e.round.id, LockModeType.PESSIMISTIC_READ));
        if (e.version != expectedVersion) {
            throw new DomainException(CommonFailure.STALE);
        }
        if (e.state == EntryState.WAITING) {
            return e;
        }
        if (adminMayRedecide && e.state.isDecided()) {
            if (!currentUser.hasRole(Role.ADMIN)) {
                throw new DomainException(ScreeningFailure.ADMIN_ONLY_REDECIDE, e.state.label());
            }
            return e;
        }
        throw new DomainException(ScreeningFailure.NOT_DECIDABLE, e.state.label());
    }

    private static Round lockedRound(long roundId, LockModeType lock) {
        Round round = Round.getEntityManager().find(Round.class, roundId, lock);
        if (round == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        if (!round.isScreening()) {
            throw new DomainException(ScreeningFailure.NOT_SCREENING, round.name);
        }
        return round;
    }

    private static void requireOpen(Round round) {
        if (round.state != RoundState.OPEN) {
            throw new DomainException(ScreeningFailure.ROUND_NOT_OPEN, round.state.label());
        }
    }

    private void decide(RoundEntry e, EntryState to, Set<Long> checklist, RejectReason reason, String text) {
        e.state = to;
        e.checklist = checklist == null ? e.checklist : join(checklist);
        e.reasonId = reason == null ? null : reason.id;
        e.reasonText = text;
        e.decidedBy = currentUser.getUsername();
        e.decidedAt = Instant.now(clock);
    }

    /** The ticked ids, refused if one is not the program's. */
    private static Set<Long> ticked(Collection<Long> ticked, List<Long> items) {
        Set<Long> set = new TreeSet<>(ticked == null ? List.of() : ticked);
        if (!items.containsAll(set)) {
            throw new DomainException(ScreeningFailure.CHECKLIST_UNKNOWN);
        }
        return set;
    }

    private static RejectReason reason(long programId, Long reasonId) {
        if (reasonId == null) {
            return null;
        }
        RejectReason reason = RejectReason.findById(reasonId);
        if (reason == null || !reason.program.id.equals(programId)) {
            throw new DomainException(ScreeningFailure.REASON_UNKNOWN);
        }
        return reason;
    }

    private static String text(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.replace("\r\n", "\n").strip();
        if (t.codePointCount(0, t.length()) > MAX_TEXT) {
            throw new DomainException(ScreeningFailure.TEXT_TOO_LONG, MAX_TEXT);
        }
        return t;
    }

    static String describe(RejectReason reason, String text, Lang lang) {
        if (reason == null) {
            return text;
        }
        return text == null ? reason.name.in(lang) : reason.name.in(lang) + (lang == Lang.EN ? ": " : "：") + text;
    }

    private void notifyOutcome(Application a, EntryState outcome, RejectReason reason, String text) {
        Lang lang = Lang.of(a.applicantLang).orElse(Lang.DEFAULT);
        mail(outcome, lang, a.program.name.in(lang), a.applicantId, a.applicantEmail, a.id, a.projectName,
                a.reference, reason, text);
    }

    private void mail(EntryState outcome, Lang lang, String program, String recipient, String email,
            long applicationId, String project, String reference, RejectReason reason, String text) {
        if (outcome == EntryState.PASSED) {
            notifier.queue(recipient, email, lang.tag(), applicationId, ScreeningMails.passedSubject(lang, program),
                    ScreeningMails.passedBody(lang, program, project, reference));
        } else {
            notifier.queue(recipient, email, lang.tag(), applicationId, ScreeningMails.rejectedSubject(lang, program),
                    ScreeningMails.rejectedBody(lang, program, project, reference, describe(reason, text, lang)));
        }
    }

    static String join(Collection<Long> ids) {
        return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The ticked checklist ids stored on an entry. */
    public static Set<Long> checklistOf(RoundEntry e) {
        Set<Long> ids = new TreeSet<>();
        if (e.checklist != null) {
            for (String s : e.checklist.split(",")) {
                if (!s.isBlank()) {
                    ids.add(Long.valueOf(s.strip()));
                }
            }
        }
        return ids;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }
}
