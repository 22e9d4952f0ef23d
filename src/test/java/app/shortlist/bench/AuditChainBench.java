package app.shortlist.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

import jakarta.inject.Inject;

import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.shortlist.audit.AuditChain;
import app.shortlist.audit.AuditEntry;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 100,000 audit entries: chained as an upgraded database would be at start-up, then verified by the
 * streamed walk. Not part of the build; run with
 * {@code ./mvnw test -Dgroups=bench -DexcludedGroups= -Dtest=AuditChainBench}.
 */
@Tag("bench")
@QuarkusTest
class AuditChainBench {

    static final int ROWS = 100_000;

    @Inject
    AuditChain chain;

    @AfterAll
    static void wipe() {
        TestData.wipe();
    }

    @Test
    void chainAndVerify_100k() {
        TestData.wipe();
        QuarkusTransaction.requiringNew().run(() -> AuditEntry.getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_entry (id, occurred_at, actor, action,"
                    + " entity_type, entity_id, program_id, before_state, after_state, detail)"
                    + " VALUES (?, ?, 'screener', 'SCREENING_REJECTED', 'round_entry', ?, 1, 'WAITING', 'REJECTED', ?)")) {
                Instant t = Instant.parse("2026-01-01T00:00:00Z");
                for (int i = 1; i <= ROWS; i++) {
                    insert.setLong(1, 10_000_000L + i);
                    insert.setTimestamp(2, Timestamp.from(t.plusMillis(i)));
                    insert.setLong(3, i);
                    insert.setString(4, "材料不全 · reason " + i);
                    insert.addBatch();
                    if (i % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
        }));
        long started = System.nanoTime();
        assertEquals(ROWS, chain.sealUnchained());
        System.out.printf("BENCH chain %,d existing entries: %d ms%n", ROWS, (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        AuditChain.Verification v = chain.verify();
        System.out.printf("BENCH verify %,d entries: %d ms%n", ROWS, (System.nanoTime() - started) / 1_000_000);
        assertTrue(v.ok(), v.problems().toString());
        assertEquals(ROWS, v.entries());
    }
}
