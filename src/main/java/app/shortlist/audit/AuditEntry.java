package app.shortlist.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/**
 * One recorded decision: who did what to which thing, when, and the state before → after. Each
 * entry is a link of one hash chain ({@link AuditChain}), so an edit or a deletion made directly in
 * the database shows up in the verification.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntity {

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(name = "entity_type", nullable = false, length = 64)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public long entityId;

    @Column(name = "program_id")
    public Long programId;

    @Column(name = "before_state")
    public String before;

    @Column(name = "after_state")
    public String after;

    @Column(length = 4000)
    public String detail;

    /** Place in the chain (1, 2, …); null until sealed, just after its transaction commits ({@link AuditSealer}). */
    public Long seq;

    /** Hash of the entry before it in the chain ({@link AuditHash#GENESIS} for the first). */
    @Column(name = "prev_hash", length = 64)
    public String prevHash;

    /** {@link AuditHash#of} over {@link #prevHash}, {@link #seq} and the content above. */
    @Column(name = "entry_hash", length = 64)
    public String entryHash;

    public static List<AuditEntry> forEntity(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2", Sort.by("occurredAt").and("id"), entityType, entityId);
    }
}
