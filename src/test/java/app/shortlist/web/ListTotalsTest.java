package app.shortlist.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** When a kept total may be shown again, and which statements make it stale. Pure Java. */
class ListTotalsTest {

    private static final long TTL = Duration.ofSeconds(10).toNanos();

    @Test
    void anEntryIsFreshOnlyForItsOwnGenerationAndWithinItsTimeToLive() {
        var e = new ListTotals.Entry(7, 1_000, 42L);
        assertTrue(e.fresh(7, 1_000, TTL));
        assertTrue(e.fresh(7, 1_000 + TTL - 1, TTL));
        assertFalse(e.fresh(7, 1_000 + TTL, TTL), "too old: another instance may have changed the table");
        assertFalse(e.fresh(8, 1_001, TTL), "a write has ended since it was counted");
        assertFalse(e.fresh(7, 999, TTL), "counted in the future: never trusted");
    }

    @Test
    void aTotalIsCountedOnceUntilOneOfItsTablesChanges() {
        ListTotals totals = totals(false);
        AtomicInteger counted = new AtomicInteger();
        Supplier<Long> count = () -> (long) counted.incrementAndGet();
        Set<String> tables = Set.of("round_entry", "application");
        assertEquals(1L, totals.get("k", tables, count));
        assertEquals(1L, totals.get("k", tables, count));
        totals.changed("judge");
        assertEquals(1L, totals.get("k", tables, count), "a table it does not read");
        totals.changed("application");
        assertEquals(2L, totals.get("k", tables, count));
        assertEquals(3L, totals.get("other key", tables, count));
        assertEquals(2L, totals.get("k", tables, count));
        totals.changed("round_entry");
        assertEquals(4L, totals.get("k", tables, count));
    }

    @Test
    void aTransactionThatWroteTheTablesCountsAfreshAndKeepsNothing() {
        ListTotals clean = totals(false);
        clean.get("k", Set.of("application"), () -> 1L);
        ListTotals dirty = totals(true);
        AtomicInteger counted = new AtomicInteger();
        dirty.get("k", Set.of("application"), () -> (long) counted.incrementAndGet());
        dirty.get("k", Set.of("application"), () -> (long) counted.incrementAndGet());
        assertEquals(2, counted.get());
    }

    @Test
    void manyValuesAreReadInOneCallForTheMissingKeysOnlyAndAbsentOnesAreKeptToo() {
        ListTotals totals = totals(false);
        List<Set<String>> reads = new ArrayList<>();
        Function<Set<String>, Map<String, Long>> read = missing -> {
            reads.add(Set.copyOf(missing));
            return missing.contains("a") ? Map.of("a", 1L) : Map.of();
        };
        assertEquals(Map.of("a", 1L, "b", 0L), totals.getAll(Set.of("a", "b"), Set.of("application"), read, 0L));
        assertEquals(Map.of("a", 1L, "b", 0L, "c", 0L), totals.getAll(Set.of("a", "b", "c"), Set.of("application"), read, 0L));
        assertEquals(List.of(Set.of("a", "b"), Set.of("c")), reads);
        totals.changed("application");
        totals.getAll(Set.of("a", "b", "c"), Set.of("application"), read, 0L);
        assertEquals(Set.of("a", "b", "c"), reads.get(2), "all stale after a write");
    }

    @Test
    void requestsMissingTheSameKeysTogetherWaitForOneRead() throws Exception {
        ListTotals totals = totals(false);
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<Set<String>, Map<String, Long>> read = missing -> {
            reads.incrementAndGet();
            reading.countDown();
            await(release);
            return Map.of("a", 7L);
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map<String, Long>>> pages = new ArrayList<>();
            pages.add(pool.submit(() -> totals.getAll(Set.of("a", "b"), Set.of("application"), read, 0L)));
            await(reading); // the first request is reading; seven more arrive and find the keys missing
            for (int i = 0; i < 7; i++) {
                pages.add(pool.submit(() -> totals.getAll(Set.of("a", "b"), Set.of("application"), read, 0L)));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Map<String, Long>> page : pages) {
                assertEquals(Map.of("a", 7L, "b", 0L), page.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, reads.get(), "the seven waited and took what the first read kept");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(20) // without the old value served, the second call would wait for the first forever
    void anOldValueIsServedWhileOneRequestReadsItAnewButAWrittenTableIsNever() throws Exception {
        ListTotals totals = totals(false);
        totals.ttl = Duration.ofMillis(20);
        Set<String> tables = Set.of("application");
        assertEquals(Map.of("a", 1L), totals.getAll(Set.of("a"), tables, missing -> Map.of("a", 1L), 0L));
        assertEquals(1L, (long) totals.get("k", tables, () -> 1L));
        Thread.sleep(50); // past the time to live; no write since

        CountDownLatch reading = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Map<String, Long>> refresh = pool.submit(() -> totals.getAll(Set.of("a"), tables, missing -> {
                reading.countDown();
                await(release);
                return Map.of("a", 2L);
            }, 0L));
            Future<Long> recount = pool.submit(() -> totals.get("k", tables, () -> {
                reading.countDown();
                await(release);
                return 2L;
            }));
            await(reading);
            Function<Set<String>, Map<String, Long>> never = missing -> {
                throw new AssertionError("a second read while the first runs");
            };
            assertEquals(Map.of("a", 1L), totals.getAll(Set.of("a"), tables, never, 0L), "the old value, at once");
            Supplier<Long> noCount = () -> {
                throw new AssertionError("a second count while the first runs");
            };
            assertEquals(1L, (long) totals.get("k", tables, noCount));
            release.countDown();
            assertEquals(Map.of("a", 2L), refresh.get(10, TimeUnit.SECONDS));
            assertEquals(2L, (long) recount.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        totals.ttl = Duration.ofMinutes(10);
        assertEquals(Map.of("a", 2L), totals.getAll(Set.of("a"), tables, missing -> Map.of("a", 9L), 0L), "kept");
        totals.changed("application");
        assertEquals(Map.of("a", 3L), totals.getAll(Set.of("a"), tables, missing -> Map.of("a", 3L), 0L),
                "after a write through this instance the old value is never shown");
        assertEquals(3L, (long) totals.get("k", tables, () -> 3L));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theWrittenTableIsReadFromEveryKindOfWritingStatement() {
        assertEquals("application", TableWrites.written("update application set status=?,version=? where id=? and version=?"));
        assertEquals("application", TableWrites.written("insert into application (a,b) values (?,?)"));
        assertEquals("application", TableWrites.written("insert into application(a,b) values (?,?)"));
        assertEquals("round_entry", TableWrites.written("  UPDATE round_entry e SET state = ? WHERE e.round_id = ?"));
        assertEquals("round_entry", TableWrites.written("delete from round_entry where id=?"));
        assertEquals("application", TableWrites.written("DELETE FROM application WHERE program_id = ?1"));
        assertEquals("application", TableWrites.written("merge into public.application using (values 1) v on 1=1"));
        assertEquals("application", TableWrites.written("TRUNCATE TABLE \"application\""));
        assertEquals("application", TableWrites.written("\n\tupdate\napplication set x=1"));
        assertNull(TableWrites.written("select a.id from application a where a.status <> ?"));
        assertNull(TableWrites.written("with x as (select 1) select * from x"));
        assertNull(TableWrites.written("insert"));
        assertNull(TableWrites.written(""));
    }

    private static ListTotals totals(boolean writtenNow) {
        ListTotals totals = new ListTotals();
        totals.ttl = Duration.ofMinutes(10);
        totals.writes = new TableWrites() {
            @Override
            boolean writtenNow(Set<String> tables) {
                return writtenNow;
            }
        };
        return totals;
    }
}
