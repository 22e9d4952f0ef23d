package app.shortlist.audit;

import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import app.shortlist.application.Application;
import app.shortlist.program.Program;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * Reading the trail: what concerns one application, one program (paged, or streamed for an export).
 * Admins only (the resources say so): the trail names judges and the scorecards of blind rounds.
 */
@ApplicationScoped
public class AuditLog {

    /** An application's history is short; this only bounds a pathological one. */
    static final int APPLICATION_MAX = 1000;

    /**
     * The application itself and the rows that belong to it alone: its round entries, their
     * recommendations, its judges' assignments and scorecards.
     */
    private static final String OF_APPLICATION = "SELECT * FROM audit_entry WHERE"
            + " (entity_type = 'application' AND entity_id = :a)"
            + " OR (entity_type = 'round_entry' AND entity_id IN (SELECT id FROM round_entry WHERE application_id = :a))"
            + " OR (entity_type = 'recommendation' AND entity_id IN (SELECT r.id FROM recommendation r"
            + "     JOIN round_entry e ON e.id = r.entry_id WHERE e.application_id = :a))"
            + " OR (entity_type = 'assignment' AND entity_id IN (SELECT id FROM assignment WHERE application_id = :a))"
            + " OR (entity_type = 'scorecard' AND entity_id IN (SELECT id FROM scorecard WHERE application_id = :a))"
            + " ORDER BY occurred_at, id";

    @Inject
    Session session;

    public record Page(List<AuditEntry> entries, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Oldest first; 404 if there is no such application. */
    @Transactional
    public List<AuditEntry> ofApplication(long applicationId) {
        if (Application.findById(applicationId) == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return session.createNativeQuery(OF_APPLICATION, AuditEntry.class).setParameter("a", applicationId)
                .setMaxResults(APPLICATION_MAX).list();
    }

    /** Newest first, page 0-based; 404 if there is no such program. */
    @Transactional
    public Page ofProgram(long programId, int page, int size) {
        requireProgram(programId);
        int p = Math.max(0, page);
        int s = Math.min(Math.max(1, size), 500);
        long total = AuditEntry.count("programId", programId);
        List<AuditEntry> entries = AuditEntry.<AuditEntry> find("programId = ?1 order by occurredAt desc, id desc",
                programId).page(p, s).list();
        return new Page(entries, p, s, total);
    }

    /** One line of an export: no entity, so a cursor over 100,000 entries holds none of them. */
    public record Line(Long seq, java.time.Instant occurredAt, String actor, String action, String entityType,
            long entityId, String before, String after, String detail, String entryHash) {
    }

    /** Every entry of the program, oldest first, from a read-only cursor (in the caller's transaction). */
    public Stream<Line> streamProgram(long programId) {
        return session.createSelectionQuery("select e.seq, e.occurredAt, e.actor, e.action, e.entityType, e.entityId,"
                + " e.before, e.after, e.detail, e.entryHash from AuditEntry e where e.programId = :p"
                + " order by e.occurredAt, e.id", Object[].class).setParameter("p", programId).setReadOnly(true)
                .setFetchSize(1000).stream()
                .map(r -> new Line((Long) r[0], (java.time.Instant) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (Long) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9]));
    }

    @Transactional
    public Program requireProgram(long programId) {
        Program p = Program.findById(programId);
        if (p == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return p;
    }
}
