package app.shortlist.web;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Notices every SQL statement Hibernate prepares that writes a table — entity flushes, bulk
 * JPQL, native SQL alike — and tells {@link ListTotals} once the transaction has ended, so a
 * cached total never outlives a change made through this instance. One hook for every write
 * path, including ones written later; only code that writes through a raw JDBC connection
 * (the synthetic demo set) must call {@link #wrote} itself.
 */
@ApplicationScoped
public class TableWrites {

    private static final String KEY = TableWrites.class.getName();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ListTotals totals;

    /** Hibernate's hook: sees every statement it prepares. */
    @PersistenceUnitExtension
    @ApplicationScoped
    public static class Inspector implements StatementInspector {

        @Inject
        TableWrites writes;

        @Override
        public String inspect(String sql) {
            String table = written(sql);
            if (table != null) {
                writes.wrote(table);
            }
            return sql;
        }
    }

    /** Whether the current transaction has written one of {@code tables} (so far as flushed). */
    boolean writtenNow(Set<String> tables) {
        if (transactions.getTransactionKey() == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Set<String> written = (Set<String>) transactions.getResource(KEY);
        return written != null && tables.stream().anyMatch(written::contains);
    }

    /**
     * The tables count as changed when the transaction ends, committed or not: a total counted
     * before the commit (by a concurrent request) is then stale and must go; one counted after
     * it sees the change. Counting at the statement would let such a request cache the old total
     * as new.
     */
    public void wrote(String table) {
        if (transactions.getTransactionKey() == null) {
            totals.changed(table); // an auto-committed statement: already done
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> written = (Set<String>) transactions.getResource(KEY);
        if (written == null) {
            Set<String> tables = new HashSet<>();
            written = tables;
            transactions.putResource(KEY, tables);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    tables.forEach(totals::changed);
                }
            });
        }
        written.add(table);
    }

    /**
     * The table an {@code insert}, {@code update}, {@code delete}, {@code merge} or
     * {@code truncate} statement writes, lower case; null for anything else. Pure.
     */
    public static String written(String sql) {
        int i = skipSpace(sql, 0);
        if (i >= sql.length() || "iudmtIUDMT".indexOf(sql.charAt(i)) < 0) {
            return null; // select, call, …: the common case, decided at the first letter
        }
        String[] words = sql.substring(i, Math.min(sql.length(), i + 200)).toLowerCase(Locale.ROOT)
                .split("[\\s(]+", 5);
        if (words.length < 2) {
            return null;
        }
        String table = switch (words[0]) {
            case "update" -> words[1];
            case "insert", "merge" -> "into".equals(words[1]) && words.length > 2 ? words[2] : null;
            case "delete" -> "from".equals(words[1]) && words.length > 2 ? words[2] : words[1];
            case "truncate" -> "table".equals(words[1]) && words.length > 2 ? words[2] : words[1];
            default -> null;
        };
        if (table == null || table.isEmpty()) {
            return null;
        }
        int dot = table.lastIndexOf('.');
        return (dot >= 0 ? table.substring(dot + 1) : table).replace("\"", "");
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
