package app.shortlist.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells "the database is unreachable, or too busy: every connection in use, a lock wait timed
 * out" apart from a bug, so the
 * user is answered 503 (try again) rather than 500 (something is wrong). Pure: it only reads
 * the cause chain.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable error) {
        return isCause(error, 0);
    }

    /**
     * Walks causes and suppressed exceptions: a commit that fails because the connection was
     * terminated arrives as a RollbackException whose database error is only a suppressed one.
     */
    private static boolean isCause(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if (t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        // Waited longer than the database's lock timeout for a row another transaction holds (a rush
        // on one program's reference counter): rolled back, nothing written — busy, try again.
        if (t instanceof jakarta.persistence.LockTimeoutException || t instanceof org.hibernate.exception.LockTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || poolTimedOut(sql))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isCause(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && isCause(t.getCause(), depth + 1);
    }

    /** SQLSTATE class 08 (connection exception), and PostgreSQL's shutdown / starting-up states (57P01–57P03). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /**
     * Agroal gives up waiting for a connection with a plain SQLException (no SQLSTATE): "Sorry,
     * acquisition timeout!" when every connection is busy, "Acquisition timeout while waiting for
     * new connection" when none can be made. Either way: answer "try again", not "bug".
     */
    private static boolean poolTimedOut(SQLException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
