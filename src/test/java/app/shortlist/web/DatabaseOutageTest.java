package app.shortlist.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is unreachable" (503, try again) rather than a bug (500). */
class DatabaseOutageTest {

    @Test
    void connectionFailuresAnywhereInTheCauseChainAreOutages() {
        assertTrue(DatabaseOutage.isCause(new JDBCConnectionException("x", new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.isCause(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("the database system is starting up", "57P03"))));
        assertTrue(DatabaseOutage.isCause(new PersistenceException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseOutage.isCause(new java.sql.SQLTransientConnectionException("pool")));
        // A commit cut off by a database shutdown: the database's error is only a suppressed exception.
        Exception rollback = new RuntimeException("Error invoking subclass method",
                new IllegalStateException("ARJUNA016053: Could not commit transaction."));
        rollback.getCause().addSuppressed(new IllegalStateException("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.isCause(rollback));
        // A lock wait that timed out (H2's LOCK_TIMEOUT, PostgreSQL's lock_timeout): rolled back, busy.
        assertTrue(DatabaseOutage.isCause(new jakarta.persistence.LockTimeoutException("x",
                new org.hibernate.exception.LockTimeoutException("lock", new SQLException("Timeout trying to lock table", "HYT00")))));
        // Every pooled connection busy for longer than the acquisition timeout (overload): try again, too.
        assertTrue(DatabaseOutage.isCause(new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.isCause(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isCause(new PersistenceException(new SQLException("syntax", "42601"))));
        assertFalse(DatabaseOutage.isCause(null));
    }
}
