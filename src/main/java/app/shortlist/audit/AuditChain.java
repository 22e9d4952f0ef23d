package app.shortlist.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * The hash chain over the audit trail.
 *
 * <p><b>Off the commit path.</b> An operation writes its entries unchained ({@code seq}, {@code prev_hash},
 * {@code entry_hash} null) in its own transaction. Right after that transaction has committed,
 * {@link AuditSealer} chains them in a short transaction of its own, and the request waits for that
 * before it answers, so a caller still sees its entries chained. The chain used to be sealed inside
 * each operation's commit under the head's row lock, so every write of the whole app committed one
 * at a time, each holding the lock through its own WAL flush (1 MB for an upload): the deadline rush
 * on PostgreSQL drained the connection pool behind that lock. Now the operations commit in parallel
 * (PostgreSQL's group commit can work again) and only the short sealing is serial.
 *
 * <p><b>Order.</b> {@link #sealUnchained} locks the one-row {@code audit_chain} head
 * ({@code SELECT … FOR UPDATE}), then reads every committed entry not yet chained, in id order, and
 * links them after the head in one batch. The read comes after the lock, so a sealer that waited
 * sees what the one before it chained: seq has no gap or duplicate, also with several instances (their
 * sealers queue on the head lock; the unique index on seq would refuse a duplicate besides). Within
 * one instance {@link AuditSealer} runs one sealer at a time for every committing thread, so under
 * load one short transaction chains the entries of many operations. seq follows sealing order (id
 * order within one sealing), not strictly commit order; a transaction's entries keep their own order
 * but others' may come between them. A rolled-back transaction's entries never exist, so leave no hole.
 *
 * <p><b>What it proves.</b> Editing a chained row's content breaks that entry's hash; deleting rows
 * leaves a gap in seq (or, at the end, a head that points past the last entry) — exactly as before.
 * Someone able to rewrite the whole tail and the head could hide it; the head hash shown on the
 * verification page can be noted elsewhere to catch that too. The hashes carry no secret, so whoever
 * can write to the database could always append entries of their own by computing them; since sealing
 * moved off the commit path that is easier: a row inserted directly with a null seq is chained by the
 * next sweep (before, by the next start) like any entry the application wrote. The chain protects
 * what was recorded; it does not prove who inserted a row.
 *
 * <p><b>Checking.</b> {@link #verify} writes nothing. Unchained entries younger than
 * {@code shortlist.audit.pending-grace} are counted as pending (committed a moment ago, or waiting
 * for the sweep after a failed sealing); older ones are reported as {@link ProblemKind#NOT_CHAINED}.
 * The age is taken from occurred_at, the time of writing, so a transaction that ran longer than the
 * grace could be reported for the instant between its commit and its sealing; a second check settles it.
 */
@ApplicationScoped
public class AuditChain {

    /** Problems listed at most; the count is complete. */
    static final int MAX_PROBLEMS = 100;
    private static final int FETCH = 1000;
    /** Entries chained per sealing transaction at most. */
    private static final int BATCH = 1000;

    @Inject
    Session session;

    @Inject
    Clock clock;

    /** How long a committed entry may wait for its sealing before the check reports it. */
    @ConfigProperty(name = "shortlist.audit.pending-grace", defaultValue = "5M")
    Duration pendingGrace;

    public enum ProblemKind {
        /** The entry's content no longer matches its hash: it was edited. */
        CONTENT_CHANGED,
        /** The entry does not point at the hash of the entry before it. */
        LINK_BROKEN,
        /** Entries before this one are missing (deleted): {@code missingFrom}–{@code missingTo}. */
        ENTRIES_MISSING,
        /** The last entries are missing: the head has seen more than the table holds. */
        TAIL_MISSING,
        /** A row left out of the chain longer than the grace period (written around the application). */
        NOT_CHAINED
    }

    /** One finding; {@code entryId}/{@code seq} null when it is about the end of the chain. */
    public record Problem(ProblemKind kind, Long entryId, Long seq, Long missingFrom, Long missingTo) {
    }

    /**
     * The whole chain checked: {@code entries} read, the head's last seq and hash, the problems
     * ({@code problemCount} in all, the first {@link #MAX_PROBLEMS} listed in chain order), and the
     * entries {@code pending}: written within the grace period and not chained yet (not a problem).
     */
    public record Verification(long entries, long headSeq, String headHash, List<Problem> problems,
            long problemCount, long pending, Instant checkedAt) {

        @com.fasterxml.jackson.annotation.JsonProperty("ok")
        public boolean ok() {
            return problemCount == 0;
        }
    }

    /** The end of the chain: how many entries it has seen and the hash of the last. */
    public record Head(long seq, String hash) {
    }

    @Transactional
    public Head head() {
        Object[] head = session.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1",
                Object[].class).getSingleResult();
        return new Head(((Number) head[0]).longValue(), (String) head[1]);
    }

    /**
     * Chains every committed entry not yet in the chain, in id order, in batches of a transaction
     * each; called by {@link AuditSealer} after each commit, by its sweep and at start-up (rows of an
     * upgraded database, or left by a failed sealing). Finding nothing costs one indexed read and
     * takes no lock.
     *
     * @return how many entries were chained
     */
    public long sealUnchained() {
        long total = 0;
        while (true) {
            int n = QuarkusTransaction.requiringNew().call(this::sealBatch);
            total += n;
            if (n < BATCH) {
                return total;
            }
        }
    }

    private int sealBatch() {
        if (session.createSelectionQuery("select e.id from AuditEntry e where e.seq is null", Long.class)
                .setMaxResults(1).list().isEmpty()) {
            return 0;
        }
        Object[] head = session.createNativeQuery(
                "SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE", Object[].class)
                .getSingleResult();
        // Read after the lock: a sealer that waited for it sees what the one before it chained.
        List<AuditHash.Content> batch = session.createSelectionQuery("select " + CONTENT
                + " from AuditEntry e where e.seq is null order by e.id", Object[].class)
                .setMaxResults(BATCH).getResultList().stream().map(r -> content(r, 0)).toList();
        if (!batch.isEmpty()) {
            session.doWork(c -> append(c, ((Number) head[0]).longValue(), (String) head[1], batch));
        }
        return batch.size();
    }

    /** What the hash covers besides the chain fields, as HQL; read by {@link #content}. */
    private static final String CONTENT = "e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId,"
            + " e.programId, e.before, e.after, e.detail";

    private static AuditHash.Content content(Object[] r, int at) {
        return new AuditHash.Content((Long) r[at], (Instant) r[at + 1], (String) r[at + 2], (String) r[at + 3],
                (String) r[at + 4], (Long) r[at + 5], (Long) r[at + 6], (String) r[at + 7], (String) r[at + 8],
                (String) r[at + 9]);
    }

    /** Links each entry after the (locked) head in the given order, moves the head. */
    private static void append(Connection c, long seq, String hash, List<AuditHash.Content> entries)
            throws SQLException {
        try (PreparedStatement link = c.prepareStatement(
                "UPDATE audit_entry SET seq = ?, prev_hash = ?, entry_hash = ? WHERE id = ?")) {
            for (AuditHash.Content e : entries) {
                seq++;
                String h = AuditHash.of(hash, seq, e);
                link.setLong(1, seq);
                link.setString(2, hash);
                link.setString(3, h);
                link.setLong(4, e.id());
                link.addBatch();
                hash = h;
            }
            link.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement(
                "UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, seq);
            head.setString(2, hash);
            head.executeUpdate();
        }
    }

    /**
     * Reads the whole chain in seq order through a forward-only cursor (never all rows at once) and
     * checks every link. The head is read first and the walk stops at its seq, so entries committed
     * meanwhile are left for the next check instead of being reported.
     */
    @Transactional
    @TransactionConfiguration(timeout = 1800) // a million entries take well under a minute; leave room
    public Verification verify() {
        Head head = head();
        long headSeq = head.seq();
        String headHash = head.hash();
        List<Problem> problems = new ArrayList<>();
        long[] count = { 0 };
        long entries = 0;
        long expected = 1;
        String prev = AuditHash.GENESIS;
        try (ScrollableResults<Object[]> rows = session.createSelectionQuery(
                "select e.seq, e.prevHash, e.entryHash, " + CONTENT
                        + " from AuditEntry e where e.seq is not null and e.seq <= :head order by e.seq",
                Object[].class).setParameter("head", headSeq).setReadOnly(true).setFetchSize(FETCH)
                .scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                Object[] r = rows.get();
                long seq = (Long) r[0];
                long id = (Long) r[3];
                entries++;
                if (seq > expected) {
                    add(problems, count, new Problem(ProblemKind.ENTRIES_MISSING, id, seq, expected, seq - 1));
                } else if (!prev.equals(r[1])) {
                    add(problems, count, new Problem(ProblemKind.LINK_BROKEN, id, seq, null, null));
                }
                if (!AuditHash.of((String) r[1], seq, content(r, 3)).equals(r[2])) {
                    add(problems, count, new Problem(ProblemKind.CONTENT_CHANGED, id, seq, null, null));
                }
                prev = (String) r[2];
                expected = seq + 1;
                if (entries % FETCH == 0) {
                    session.clear();
                }
            }
        }
        if (expected <= headSeq) {
            add(problems, count, new Problem(ProblemKind.TAIL_MISSING, null, null, expected, headSeq));
        } else if (!prev.equals(headHash)) {
            add(problems, count, new Problem(ProblemKind.LINK_BROKEN, null, headSeq, null, null));
        }
        // Unchained: a moment old is the sealer's (or, after a failure, the sweep's) business; older is a finding.
        Instant now = Instant.now(clock);
        Instant cutoff = now.minus(pendingGrace);
        for (Long id : session.createSelectionQuery("select e.id from AuditEntry e where e.seq is null"
                + " and e.occurredAt < :cutoff order by e.id", Long.class).setParameter("cutoff", cutoff)
                .setMaxResults(MAX_PROBLEMS).list()) {
            add(problems, count, new Problem(ProblemKind.NOT_CHAINED, id, null, null, null));
        }
        long unchained = session.createSelectionQuery("select count(e) from AuditEntry e where e.seq is null"
                + " and e.occurredAt < :cutoff", Long.class).setParameter("cutoff", cutoff).getSingleResult();
        count[0] += Math.max(0, unchained - MAX_PROBLEMS);
        long pending = session.createSelectionQuery("select count(e) from AuditEntry e where e.seq is null"
                + " and e.occurredAt >= :cutoff", Long.class).setParameter("cutoff", cutoff).getSingleResult();
        return new Verification(entries, headSeq, headHash, List.copyOf(problems), count[0], pending, now);
    }

    private static void add(List<Problem> problems, long[] count, Problem p) {
        count[0]++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        }
    }
}
