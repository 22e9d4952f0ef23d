package app.shortlist.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.account.CurrentUser;

/**
 * The append-only trail. Called inside the domain operation's transaction, so a
 * change and its record commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

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
        entry.occurredAt = Instant.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.programId = programId;
        entry.before = clip(before, STATE_LENGTH);
        entry.after = clip(after, STATE_LENGTH);
        entry.detail = detail == null ? null : detail.length() > 4000 ? detail.substring(0, 4000) : detail;
        entry.persist();
        return entry;
    }

    /** The columns' size: a longer state is cut with "…" rather than failing the step it records. */
    static final int STATE_LENGTH = 255;

    private static String clip(Object value, int length) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.length() <= length ? s : s.substring(0, length - 1) + "…";
    }
}
