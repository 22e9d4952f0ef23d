package app.shortlist.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.application.Application;
import app.shortlist.application.ApplicationEvent;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.audit.AuditTrail;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.program.RoundState;

/**
 * How applications move from round to round. A submitted application enters the program's first
 * round when that round screens, scores or recommends; a resubmission after 补正 puts its entry back
 * in the queue; a confirmed outcome moves the selected entries into the next round. Nothing here decides
 * who passes: screening and judging do, and call {@link #moveOn}.
 */
@ApplicationScoped
public class Pipeline {

    public static final String ENTITY = "round_entry";

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The program's rounds in order. */
    public static List<Round> rounds(long programId) {
        return Round.list("program.id = ?1 order by position", programId);
    }

    /** The round after {@code round} in its program, if any. */
    public static Optional<Round> next(Round round) {
        return Round.find("program.id = ?1 and position > ?2 order by position", round.program.id, round.position)
                .firstResultOptional();
    }

    public static Optional<RoundEntry> entry(long roundId, long applicationId) {
        return RoundEntry.find("round.id = ?1 and application.id = ?2", roundId, applicationId).firstResultOptional();
    }

    /** The entry of the application's latest round (the one it is in now), if it entered any. */
    public static Optional<RoundEntry> current(long applicationId) {
        return RoundEntry.find("application.id = ?1 order by round.position desc", applicationId).firstResultOptional();
    }

    void onApplicationEvent(@Observes ApplicationEvent event) {
        Application a = Application.findById(event.applicationId());
        if (event instanceof ApplicationEvent.Submitted submitted) {
            entered(a, submitted.resubmission());
        } else if (event instanceof ApplicationEvent.Withdrawn) {
            current(a.id).filter(e -> !e.state.isDecided()).ifPresent(e -> {
                EntryState before = e.state;
                e.state = EntryState.WITHDRAWN;
                audit.record("ENTRY_WITHDRAWN", ENTITY, e.id, a.program.id, before, e.state, null);
            });
        }
    }

    /** Submission: into the first round (when it judges), or a returned entry back to the queue. */
    private void entered(Application a, boolean resubmission) {
        if (resubmission) { // the queue sorts by the entries' copy of the submission time
            RoundEntry.update("submittedAt = ?1 where application.id = ?2", a.submittedAt, a.id);
        }
        Optional<RoundEntry> current = current(a.id);
        if (current.isPresent()) {
            RoundEntry e = current.get();
            e.submittedAt = a.submittedAt; // in case it was read before the update above
            if (e.state == EntryState.RETURNED || e.state == EntryState.WITHDRAWN) {
                EntryState before = e.state;
                e.state = EntryState.WAITING;
                audit.record("ENTRY_BACK_IN_QUEUE", ENTITY, e.id, a.program.id, before, e.state, null);
            }
            return;
        }
        rounds(a.program.id).stream().findFirst()
                .filter(r -> takesEntries(r.kind))
                .filter(r -> r.state != RoundState.CONFIRMED)
                .ifPresent(r -> enter(r, a));
    }

    /**
     * Enters every submitted or returned application of the program that is in no round yet into
     * the first round: for applications written in bulk (demo data, imports) rather than submitted
     * one by one. Returns how many entered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enterAll(long programId) {
        Optional<Round> first = rounds(programId).stream().findFirst().filter(r -> takesEntries(r.kind));
        if (first.isEmpty()) {
            return 0;
        }
        List<Application> waiting = Application.list("program.id = ?1 and status in ?2 and id not in "
                + "(select e.application.id from RoundEntry e where e.round.program.id = ?1)", programId,
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED));
        for (Application a : waiting) {
            enter(first.get(), a).state = a.status == ApplicationStatus.RETURNED ? EntryState.RETURNED : EntryState.WAITING;
        }
        return waiting.size();
    }

    /** The kinds of round an application takes part in through an entry (a notice has none). */
    static boolean takesEntries(RoundKind kind) {
        return kind == RoundKind.SCREENING || kind == RoundKind.SCORING || kind == RoundKind.RECOMMENDATION;
    }

    private RoundEntry enter(Round round, Application a) {
        RoundEntry e = new RoundEntry();
        e.round = round;
        e.application = a;
        e.state = EntryState.WAITING;
        e.enteredAt = Instant.now(clock);
        e.persist();
        return e;
    }

    /**
     * Moves the selected applications from {@code from} into the next round, in one step of the
     * caller's transaction. Returns how many entered (those already there are left as they are).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int moveOn(Round from, Collection<Long> applicationIds) {
        Optional<Round> to = next(from);
        if (to.isEmpty() || !takesEntries(to.get().kind)) {
            return 0;
        }
        Round next = to.get();
        List<Long> already = RoundEntry.find("select e.application.id from RoundEntry e where e.round.id = ?1", next.id)
                .project(Long.class).list();
        Set<Long> there = new HashSet<>(already);
        int n = 0;
        for (Long id : applicationIds) {
            if (there.add(id)) {
                enter(next, Application.getEntityManager().getReference(Application.class, id));
                n++;
            }
        }
        audit.record("ENTRIES_MOVED_ON", "round", next.id, from.program.id, from.id, next.id,
                n + " entries from round " + from.id);
        return n;
    }
}
