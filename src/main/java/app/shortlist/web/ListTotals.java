package app.shortlist.web;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The totals of the big staff lists (how many applications match a filter, how many entries a
 * round has in each state, how many applications share an organisation), kept between requests. Counting them is the dear part of a page at
 * 100,000 rows (every matching index entry is read), while they change only when the table does.
 *
 * <p>Why a cache and not the alternatives: staff reconcile these numbers with their own reports,
 * so an estimate or a cap ("more than 10,000") would look wrong, and a cap still reads 10,000
 * entries on every page; counters kept with the program would have to be maintained by every
 * write path (bulk SQL included) and would make every submission of a rush wait on one hot row.
 * Here a total is exact on this instance: it is kept with the generation of the tables it counts,
 * and {@link TableWrites} moves a table's generation when any transaction that wrote it ends.
 * Another instance's change (or a write past Hibernate) shows once the entry is older than
 * {@code shortlist.lists.total-ttl} and has been read anew: the first request that finds it old
 * reads it, the others are served the old value meanwhile, so no page waits on that read but the
 * one doing it. The rows of a page are always read fresh.
 */
@ApplicationScoped
public class ListTotals {

    /** Beyond this many kept totals (keyword searches make many), all are dropped at once. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Object, ReentrantLock> locks = new ConcurrentHashMap<>();

    @ConfigProperty(name = "shortlist.lists.total-ttl", defaultValue = "10S")
    Duration ttl;

    @Inject
    TableWrites writes;

    /** A total as counted, with the generation of its tables read before counting. */
    record Entry(long generation, long countedAt, Object total) {

        /** Still the total: no write to its tables since, and younger than the time to live. Pure. */
        boolean fresh(long currentGeneration, long now, long ttlNanos) {
            return generation == currentGeneration && now - countedAt < ttlNanos && now - countedAt >= 0;
        }

        /**
         * Past its time to live only: no write through this instance since, so it may still be shown
         * while one request reads it anew (only another instance's change can have made it wrong). Pure.
         */
        boolean agedOnly(long currentGeneration, long now) {
            return generation == currentGeneration && now - countedAt >= 0;
        }
    }

    /**
     * The total under {@code key} (which must identify the list and its filter), counted by
     * {@code count} unless a fresh one is kept. {@code tables} are every table the count reads.
     * Call it after the page's own query: that query flushes the session's pending writes to these
     * tables, so a total is never taken from the cache past a write of the request's own transaction.
     * Assumes read committed (both databases' default): a count started after a commit sees it.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Set<String> tables, Supplier<T> count) {
        if (writes.writtenNow(tables)) {
            return count.get(); // this transaction's own uncommitted rows: neither cached nor from the cache
        }
        Entry kept = entries.get(key);
        long ttlNanos = ttl.toNanos();
        if (kept != null && kept.fresh(generation(tables), System.nanoTime(), ttlNanos)) {
            return (T) kept.total();
        }
        // One count per key at a time: the requests that find it missing together wait for that count
        // instead of each reading the same 37,000 index entries at once. One that is only old is
        // served to the others while the first counts it anew.
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        if (kept != null && kept.agedOnly(generation(tables), System.nanoTime())) {
            if (!lock.tryLock()) {
                return (T) kept.total();
            }
        } else {
            lock.lock();
        }
        try {
            long generation = generation(tables); // before counting: a write ending meanwhile makes the entry stale
            long now = System.nanoTime();
            kept = entries.get(key);
            if (kept != null && kept.fresh(generation, now, ttlNanos)) {
                return (T) kept.total();
            }
            T total = count.get();
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
                locks.clear();
            }
            entries.put(key, new Entry(generation, now, total));
            return total;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Many kept values at once: those of {@code keys} not fresh are read by one call of
     * {@code read} (given the missing keys; a key it leaves out is kept as {@code absent}).
     * One statement for any number of missing keys, none when all are kept.
     */
    @SuppressWarnings("unchecked")
    public <K, T> Map<K, T> getAll(Collection<K> keys, Set<String> tables, Function<Set<K>, Map<K, T>> read, T absent) {
        if (writes.writtenNow(tables)) {
            return read.apply(new HashSet<>(keys));
        }
        long generation = generation(tables);
        long now = System.nanoTime();
        long ttlNanos = ttl.toNanos();
        Map<K, T> found = new HashMap<>();
        Map<K, T> aged = new HashMap<>();
        Set<K> missing = new HashSet<>();
        for (K key : keys) {
            Entry kept = entries.get(key);
            if (kept != null && kept.fresh(generation, now, ttlNanos)) {
                found.put(key, (T) kept.total());
            } else if (kept != null && kept.agedOnly(generation, now)) {
                aged.put(key, (T) kept.total());
            } else {
                missing.add(key);
            }
        }
        if (missing.isEmpty() && aged.isEmpty()) {
            return found;
        }
        // One read of these tables' values at a time, as in get: requests that find the same keys
        // missing together (16 clients opening the queue after a start) wait for the first one's read
        // and take what it kept, instead of each reading the same thousands of rows. Values only old
        // are served while one request reads them anew.
        ReentrantLock lock = locks.computeIfAbsent(new ReadOf(tables), k -> new ReentrantLock());
        if (missing.isEmpty()) {
            if (!lock.tryLock()) {
                found.putAll(aged);
                return found;
            }
        } else {
            lock.lock();
        }
        try {
            missing.addAll(aged.keySet());
            long current = generation(tables);
            long at = System.nanoTime();
            missing.removeIf(key -> {
                Entry kept = entries.get(key);
                if (kept != null && kept.fresh(current, at, ttlNanos)) {
                    found.put(key, (T) kept.total());
                    return true;
                }
                return false;
            });
            if (missing.isEmpty()) {
                return found;
            }
            Map<K, T> values = read.apply(missing);
            if (entries.size() + missing.size() >= MAX_ENTRIES) {
                entries.clear();
                locks.clear();
            }
            for (K key : missing) {
                T value = values.getOrDefault(key, absent);
                entries.put(key, new Entry(current, at, value));
                found.put(key, value);
            }
            return found;
        } finally {
            lock.unlock();
        }
    }

    /** The lock of {@link #getAll}'s reads over these tables (distinct from any key of {@link #get}). */
    private record ReadOf(Set<String> tables) {
    }

    /** {@code table} has changed (a transaction that wrote it has ended): its totals are stale. */
    public void changed(String table) {
        generations.computeIfAbsent(table, t -> new AtomicLong()).incrementAndGet();
    }

    /** The sum of the tables' generations: each only grows, so the sum moves whenever one does. */
    long generation(Set<String> tables) {
        long sum = 0;
        for (String t : tables) {
            AtomicLong g = generations.get(t);
            sum += g == null ? 0 : g.get();
        }
        return sum;
    }
}
