package app.shortlist.judging;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * Two first saves of one scorecard (a double click, autosave racing the Save button, two phones) both find no
 * row and both insert; the database's unique constraints let one through. The loser is tried again: it then finds
 * the row and is treated as an update (refused as stale or locked, cleanly). Should the winner still not be
 * committed after a few tries, the loser is refused as stale rather than failing.
 */
public final class ScorecardWrites {

    private static final Logger LOG = Logger.getLogger(ScorecardWrites.class);
    private static final int TRIES = 4;

    private ScorecardWrites() {
    }

    public static Scorecard once(Supplier<Scorecard> write) {
        for (int i = 1;; i++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!duplicate(e)) {
                    throw e;
                }
                if (i == TRIES) {
                    throw new DomainException(CommonFailure.STALE);
                }
                LOG.debugf("first save of a scorecard lost a race (try %d); trying again as an update", i);
                pause(i);
            }
        }
    }

    /** A unique-constraint violation (SQLSTATE 23505 on H2 and PostgreSQL) anywhere in the cause chain. */
    static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ((t instanceof org.hibernate.JDBCException jdbc && "23505".equals(jdbc.getSQLState()))
                    || (t instanceof SQLException sql && "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(10L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(CommonFailure.STALE);
        }
    }
}
