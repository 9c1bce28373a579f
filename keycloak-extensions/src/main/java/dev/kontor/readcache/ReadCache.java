package dev.kontor.readcache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * This node's copies of portal read results, in groups that are dropped as a whole when the data
 * behind them changes (an order, a customer's order list, a login's address book). Pure logic:
 * {@link NodeReadCacheProviderFactory} owns one per node and feeds it the invalidations of every node.
 * <p>
 * The guard against a stale put is Keycloak's user-cache idea in small: a read notes the
 * invalidation counter before it goes to the database and may store its result only if its group
 * was not invalidated since. So a read that raced a change (it saw the old rows, the change's
 * invalidation arrived while it was reading) keeps its result to itself, and the next read loads
 * again. Check and store happen under the group's map bin lock, as does the invalidation, so the
 * two cannot interleave.
 * <p>
 * Entries also expire after a fixed time, which bounds what a lost cluster message could leave
 * behind. Memory is bounded twice: a group keeps at most {@value #MAX_KEYS_PER_GROUP} keys (a
 * customer paging or filtering through their orders cannot grow their group without end: past
 * that, the group's expired keys go, else all of them), and the node at most {@code maxEntries}
 * entries; past that everything is dropped at once (a cache may forget) and the counter's floor
 * rises, so no read that started before can store.
 */
public final class ReadCache {

    private record Entry(Object value, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Map<String, Entry>> groups = new ConcurrentHashMap<>();
    /** Counter value of each group's last invalidation; groups not in it were last invalidated at {@link #floor} or never. */
    private final ConcurrentHashMap<String, Long> invalidatedAt = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    /** Entries in all groups; kept under the groups' bin locks, so it is exact but for a {@link #clear} racing a put. */
    private final AtomicInteger entryCount = new AtomicInteger();
    private volatile long floor;
    private final int maxEntries;
    private final long ttlMillis;
    private final LongSupplier clock;

    static final int MAX_KEYS_PER_GROUP = 16;

    public ReadCache(int maxEntries, long ttlMillis, LongSupplier clock) {
        if (maxEntries < 1 || ttlMillis < 0) {
            throw new IllegalArgumentException("maxEntries >= 1 and ttlMillis >= 0");
        }
        this.maxEntries = maxEntries;
        this.ttlMillis = ttlMillis;
        this.clock = clock;
    }

    /**
     * The cached value of {@code key} in {@code group}, or what {@code loader} returns, which is kept
     * unless the group was invalidated while it ran. A null from the loader is returned, not kept;
     * an exception passes through.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String group, String key, Supplier<T> loader) {
        Map<String, Entry> entries = groups.get(group);
        Entry entry = entries == null ? null : entries.get(key);
        if (entry != null && entry.expiresAt() > clock.getAsLong()) {
            return (T) entry.value();
        }
        long readStarted = counter.get();
        T value = loader.get();
        if (value != null && ttlMillis > 0) {
            put(group, key, value, readStarted);
        }
        return value;
    }

    private void put(String group, String key, Object value, long readStarted) {
        long now = clock.getAsLong();
        Entry entry = new Entry(value, now + ttlMillis);
        groups.compute(group, (name, entries) -> {
            if (invalidatedAt.getOrDefault(name, floor) > readStarted) {
                return entries; // changed while this read ran: its result may be the old state
            }
            Map<String, Entry> updated = entries == null ? new ConcurrentHashMap<>() : entries;
            if (!updated.containsKey(key) && updated.size() >= MAX_KEYS_PER_GROUP) {
                int before = updated.size();
                updated.values().removeIf(e -> e.expiresAt() <= now);
                if (updated.size() >= MAX_KEYS_PER_GROUP) {
                    updated.clear();
                }
                entryCount.addAndGet(updated.size() - before);
            }
            if (updated.put(key, entry) == null) {
                entryCount.incrementAndGet();
            }
            return updated;
        });
        if (entryCount.get() > maxEntries) {
            clear();
        }
    }

    /** Drops the group on this node; reads already running for it will not store their results. */
    public void invalidate(String group) {
        groups.compute(group, (name, entries) -> {
            invalidatedAt.put(name, counter.incrementAndGet());
            if (entries != null) {
                entryCount.addAndGet(-entries.size());
            }
            return null;
        });
        if (invalidatedAt.size() > maxEntries) {
            clear();
        }
    }

    /** Drops everything; no read that started before stores its result. */
    public void clear() {
        floor = counter.incrementAndGet();
        groups.clear();
        invalidatedAt.clear();
        entryCount.set(0);
        // Once more after the clear: an invalidation that ran during it may have lost its entry, and
        // its counter value must be below the floor that reads compare with.
        floor = counter.incrementAndGet();
    }

    /** Entries held now (for tests and the figures). */
    public int size() {
        return entryCount.get();
    }
}
