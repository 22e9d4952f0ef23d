package app.shortlist.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import app.shortlist.account.CurrentUser;

/**
 * The append-only trail. Called inside the domain operation's transaction, so a
 * change and its record commit or roll back together. The entries a transaction
 * writes are chained ({@link AuditChain#seal}) just before it commits.
 */
@ApplicationScoped
public class AuditTrail {

    static final int DETAIL_MAX = 4000;

    /** Key of the transaction's list of entries still to be chained. */
    private static final Object PENDING = new Object();

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    AuditChain chain;

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
        pending().add(entry);
        return entry;
    }

    /**
     * The transaction's entries to chain, created with the synchronization that chains them. It runs
     * when the transaction commits, after the operation's own work: the chain head is the last lock a
     * transaction takes, so holding it cannot deadlock against a lock taken later. It is a plain (not
     * interposed) synchronization so that it runs before Hibernate's, which flushes and then hands
     * the connection back.
     */
    @SuppressWarnings("unchecked")
    private List<AuditEntry> pending() {
        List<AuditEntry> pending = (List<AuditEntry>) registry.getResource(PENDING);
        if (pending == null) {
            List<AuditEntry> entries = new ArrayList<>();
            try {
                transactions.getTransaction().registerSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        chain.seal(entries);
                    }

                    @Override
                    public void afterCompletion(int status) {
                    }
                });
            } catch (RollbackException | SystemException e) {
                throw new IllegalStateException("the transaction cannot take the audit entry", e);
            }
            registry.putResource(PENDING, entries);
            pending = entries;
        }
        return pending;
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
