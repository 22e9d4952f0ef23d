package app.shortlist.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/**
 * Every row of every application table, as text: two snapshots are equal exactly when nothing was
 * inserted, updated or deleted in between (the audit trail included). For the small databases of tests.
 */
public final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    /** Table name → its rows, each row its columns joined, rows sorted (so no ORDER BY is needed). */
    public static Map<String, List<String>> take() {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String name = rs.getString("TABLE_NAME");
                    if (schema != null && schema.equalsIgnoreCase("public") && !name.toLowerCase().startsWith("flyway")) {
                        names.add(name);
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                for (String name : names) {
                    List<String> rows = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery("SELECT * FROM " + name)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= columns; i++) {
                                Object value = rs.getObject(i);
                                row.append(value instanceof byte[] b ? java.util.Arrays.hashCode(b) : value).append('|');
                            }
                            rows.add(row.toString());
                        }
                    }
                    rows.sort(null);
                    tables.put(name.toLowerCase(), rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }
}
