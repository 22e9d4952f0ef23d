package app.shortlist.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;

/**
 * The hash chain over the audit trail.
 *
 * <p><b>Order.</b> A transaction's entries are chained just before it commits, under the row lock of
 * the one-row {@code audit_chain} head ({@code SELECT … FOR UPDATE}), which is held until the commit.
 * So two transactions never read the same head: the second waits, then reads the head the first
 * committed, and seq numbers follow commit order without gaps or duplicates, on H2 and PostgreSQL
 * alike. Taking the lock at the very end (a synchronization, see {@link AuditTrail})
 * keeps it short and makes it the last lock any transaction takes, so it cannot close a deadlock
 * cycle with the row locks the operations themselves take. A rolled-back transaction never reaches
 * it, so it leaves no hole.
 *
 * <p><b>What it proves.</b> Editing a row's content breaks that entry's hash; deleting rows leaves a
 * gap in seq (or, at the end, a head that points past the last entry). Someone able to rewrite the
 * whole tail and the head could hide it; the head hash shown on the verification page can be noted
 * elsewhere to catch that too.
 */
@ApplicationScoped
public class AuditChain {

    /** Problems listed at most; the count is complete. */
    static final int MAX_PROBLEMS = 100;
    private static final int FETCH = 1000;
    private static final int BACKFILL_BATCH = 1000;

    @Inject
    Session session;

    @Inject
    javax.sql.DataSource dataSource;

    public enum ProblemKind {
        /** The entry's content no longer matches its hash: it was edited. */
        CONTENT_CHANGED,
        /** The entry does not point at the hash of the entry before it. */
        LINK_BROKEN,
        /** Entries before this one are missing (deleted): {@code missingFrom}–{@code missingTo}. */
        ENTRIES_MISSING,
        /** The last entries are missing: the head has seen more than the table holds. */
        TAIL_MISSING,
        /** A row that was never chained (written around the application). */
        NOT_CHAINED
    }

    /** One finding; {@code entryId}/{@code seq} null when it is about the end of the chain. */
    public record Problem(ProblemKind kind, Long entryId, Long seq, Long missingFrom, Long missingTo) {
    }

    /**
     * The whole chain checked: {@code entries} read, the head's last seq and hash, and the problems
     * ({@code problemCount} in all, the first {@link #MAX_PROBLEMS} listed in chain order).
     */
    public record Verification(long entries, long headSeq, String headHash, List<Problem> problems,
            long problemCount, Instant checkedAt) {

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

    /** Chains the entries of the committing transaction (called by {@link AuditTrail}'s synchronization). */
    void seal(List<AuditEntry> entries) {
        session.flush(); // the rows exist before they are updated
        List<AuditEntry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparingLong(e -> e.id));
        // The data source, not the session: Hibernate may have handed its connection back already. In the
        // transaction this is the same (enlisted) connection, closed again here.
        try (Connection c = dataSource.getConnection()) {
            append(c, ordered.stream().map(AuditHash.Content::of).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("the audit entries could not be chained", e);
        }
    }

    /** Locks the head, links each entry after it in the given order, moves the head. */
    private static void append(Connection c, List<AuditHash.Content> entries) throws SQLException {
        long seq;
        String hash;
        try (PreparedStatement lock = c.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE");
                ResultSet rs = lock.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("audit_chain has no head row (migration V8)");
            }
            seq = rs.getLong(1);
            hash = rs.getString(2);
        }
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
     * Chains rows written before the chain existed (an upgraded database), oldest first, in batches.
     * Several instances starting at once queue on the head lock; the later ones find nothing left.
     */
    void onStart(@Observes StartupEvent start) {
        sealUnchained();
    }

    /** @return how many rows were chained */
    public long sealUnchained() {
        long total = 0;
        while (true) {
            int n = QuarkusTransaction.requiringNew().call(() -> {
                List<AuditEntry> batch = AuditEntry.<AuditEntry> find("seq is null order by occurredAt, id")
                        .page(0, BACKFILL_BATCH).list();
                if (!batch.isEmpty()) {
                    List<AuditHash.Content> content = batch.stream().map(AuditHash.Content::of).toList();
                    session.doWork(c -> {
                        lockHead(c); // then re-check: another instance may have chained them meanwhile
                        if (stillUnchained(c, content.get(0).id())) {
                            append(c, content);
                        }
                    });
                }
                return batch.size();
            });
            total += n;
            if (n < BACKFILL_BATCH) {
                return total;
            }
        }
    }

    private static void lockHead(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT last_seq FROM audit_chain WHERE id = 1 FOR UPDATE")) {
            lock.executeQuery().close();
        }
    }

    private static boolean stillUnchained(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT seq FROM audit_entry WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getObject(1) == null;
            }
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
                "select e.seq, e.prevHash, e.entryHash, e.id, e.occurredAt, e.actor, e.action, e.entityType,"
                        + " e.entityId, e.programId, e.before, e.after, e.detail"
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
                AuditHash.Content content = new AuditHash.Content(id, (Instant) r[4], (String) r[5], (String) r[6],
                        (String) r[7], (Long) r[8], (Long) r[9], (String) r[10], (String) r[11], (String) r[12]);
                if (!AuditHash.of((String) r[1], seq, content).equals(r[2])) {
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
        for (Long id : session.createSelectionQuery("select e.id from AuditEntry e where e.seq is null order by e.id",
                Long.class).setMaxResults(MAX_PROBLEMS).list()) {
            add(problems, count, new Problem(ProblemKind.NOT_CHAINED, id, null, null, null));
        }
        long unchained = session.createSelectionQuery("select count(e) from AuditEntry e where e.seq is null",
                Long.class).getSingleResult();
        count[0] += Math.max(0, unchained - MAX_PROBLEMS);
        return new Verification(entries, headSeq, headHash, List.copyOf(problems), count[0], Instant.now());
    }

    private static void add(List<Problem> problems, long[] count, Problem p) {
        count[0]++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        }
    }
}
