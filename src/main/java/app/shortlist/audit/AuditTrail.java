package app.shortlist.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import app.shortlist.account.CurrentUser;

/**
 * The append-only trail. Called inside the domain operation's transaction, so a
 * change and its record commit or roll back together. The entries a transaction
 * writes are chained once it has committed ({@link AuditSealer}), off its commit path.
 */
@ApplicationScoped
public class AuditTrail {

    static final int DETAIL_MAX = 4000;

    /** Key marking a transaction whose commit is followed by a sealing. */
    private static final Object SEALING = new Object();

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    AuditSealer sealer;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    TransactionManager transactions;

    /** Records a step of the signed-in person (or "system" outside a request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String action, String entityType, long entityId, Long programId, Object before,
            Object after, String detail) {
        String actor = currentUser.getUsername();
        return recordAs(actor == null ? "system" : actor, action, entityType, entityId, programId, before, after, detail);
    }

    /** Records a step done on someone's behalf away from their request, e.g. by a background job they started. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry recordAs(String actor, String action, String entityType, long entityId, Long programId,
            Object before, Object after, String detail) {
        AuditEntry entry = new AuditEntry();
        // Milliseconds: what every database keeps, and what the hash covers.
        entry.occurredAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        entry.actor = clean(actor);
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.programId = programId;
        entry.before = before == null ? null : clip(clean(before.toString()), STATE_LENGTH);
        entry.after = after == null ? null : clip(clean(after.toString()), STATE_LENGTH);
        entry.detail = detail == null ? null : cut(clean(detail), DETAIL_MAX);
        entry.persist();
        sealAfterCommit();
        return entry;
    }

    /**
     * Once per transaction: after it has committed, the entries are chained and only then does the
     * thread go on (to answer the request). A plain (not interposed) synchronization, so its
     * afterCompletion comes after Hibernate's and the pool's: the connection is back in the pool
     * while the thread waits. A rollback leaves nothing to chain.
     */
    private void sealAfterCommit() {
        if (registry.getResource(SEALING) != null) {
            return;
        }
        try {
            transactions.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        sealer.committed();
                    }
                }
            });
        } catch (RollbackException | SystemException e) {
            throw new IllegalStateException("the transaction cannot take the audit entry", e);
        }
        registry.putResource(SEALING, Boolean.TRUE);
    }

    /** PostgreSQL refuses NUL in text; a stored value must read back as written, or its hash breaks. */
    static String clean(String s) {
        return s == null ? null : s.replace('\u0000', '\uFFFD');
    }

    /** At most {@code max} chars, never half of a surrogate pair (which would not survive UTF-8). */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /** The state columns' size: a longer state is cut with "…" rather than failing the step it records. */
    static final int STATE_LENGTH = 255;

    private static String clip(String s, int length) {
        return s.length() <= length ? s : cut(s, length - 1) + "…";
    }
}
