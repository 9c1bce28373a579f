package dev.kontor.readcache;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ReadCache cache = new ReadCache(3, 60_000, now::get);

    @Test
    void servesTheStoredValueUntilItsGroupIsInvalidated() {
        AtomicInteger loads = new AtomicInteger();
        assertEquals("v1", cache.get("order a", "", () -> "v" + loads.incrementAndGet()));
        assertEquals("v1", cache.get("order a", "", () -> "v" + loads.incrementAndGet()));
        cache.invalidate("order a");
        assertEquals("v2", cache.get("order a", "", () -> "v" + loads.incrementAndGet()));
        assertEquals(2, loads.get());
    }

    @Test
    void invalidatingAGroupDropsAllItsKeysAndNoOtherGroup() {
        cache.get("orders x", "page 1", () -> "p1");
        cache.get("orders x", "page 2", () -> "p2");
        cache.get("orders y", "page 1", () -> "y1");
        cache.invalidate("orders x");
        assertEquals("new", cache.get("orders x", "page 2", () -> "new"));
        assertEquals("y1", cache.get("orders y", "page 1", () -> "reloaded"));
    }

    @Test
    void aReadThatRacedAnInvalidationDoesNotStoreItsResult() {
        String old = cache.get("order a", "", () -> {
            cache.invalidate("order a"); // the change commits while this read is at the database
            return "old";
        });
        assertEquals("old", old, "the reader itself gets what it read");
        assertEquals("new", cache.get("order a", "", () -> "new"), "but nobody after it");
    }

    @Test
    void entriesExpire() {
        cache.get("order a", "", () -> "v1");
        now.addAndGet(59_999);
        assertEquals("v1", cache.get("order a", "", () -> "v2"));
        now.addAndGet(1);
        assertEquals("v2", cache.get("order a", "", () -> "v2"));
    }

    @Test
    void nullsAndFailuresAreNotStored() {
        assertNull(cache.get("order a", "", () -> null));
        assertEquals("found", cache.get("order a", "", () -> "found"));
        try {
            cache.get("order b", "", () -> {
                throw new IllegalStateException("database down");
            });
        } catch (IllegalStateException expected) {
            // passes through
        }
        assertEquals("later", cache.get("order b", "", () -> "later"));
    }

    @Test
    void pastTheBoundItStartsOverAndNoEarlierReadStores() {
        cache.get("g1", "", () -> "1");
        cache.get("g2", "", () -> "2");
        cache.get("g3", "", () -> "3");
        assertEquals(3, cache.size());
        String fourth = cache.get("g4", "", () -> "4");
        assertEquals("4", fourth);
        assertEquals(0, cache.size(), "the fourth group made it start over");
        assertEquals("again", cache.get("g1", "", () -> "again"));
        assertEquals(1, cache.size());
    }

    @Test
    void aGroupKeepsABoundedNumberOfKeys() {
        ReadCache roomy = new ReadCache(1_000, 60_000, now::get);
        for (int page = 0; page < ReadCache.MAX_KEYS_PER_GROUP; page++) {
            int value = page;
            roomy.get("orders x", "from " + page, () -> value);
        }
        assertEquals(ReadCache.MAX_KEYS_PER_GROUP, roomy.size());
        assertEquals(0, (int) roomy.get("orders x", "from 0", () -> -1), "still cached");
        roomy.get("orders x", "one more", () -> 99);
        assertEquals(1, roomy.size(), "the full group started over with the new key");
        now.addAndGet(60_000);
        roomy.get("orders y", "a", () -> 1);
        assertEquals(2, roomy.size());
    }

    @Test
    void aFullGroupDropsItsExpiredKeysFirst() {
        ReadCache roomy = new ReadCache(1_000, 60_000, now::get);
        roomy.get("orders x", "old", () -> "old");
        now.addAndGet(30_000);
        for (int page = 1; page < ReadCache.MAX_KEYS_PER_GROUP; page++) {
            int value = page;
            roomy.get("orders x", "from " + page, () -> value);
        }
        now.addAndGet(30_000); // "old" has expired, the others have not
        roomy.get("orders x", "new", () -> "new");
        assertEquals(ReadCache.MAX_KEYS_PER_GROUP, roomy.size());
        assertEquals(1, (int) roomy.get("orders x", "from 1", () -> -1), "the live keys stayed");
    }

    @Test
    void aTtlOfZeroTurnsItOff() {
        ReadCache off = new ReadCache(10, 0, now::get);
        AtomicInteger loads = new AtomicInteger();
        off.get("g", "", loads::incrementAndGet);
        off.get("g", "", loads::incrementAndGet);
        assertEquals(2, loads.get());
        assertEquals(0, off.size());
    }

    /**
     * The property the portal relies on, under contention: once a change has been written and its
     * invalidation has returned, no read that starts afterwards gets a value older than the change.
     */
    @Test
    void noReadAfterAnInvalidationSeesTheStateBeforeIt() throws Exception {
        ReadCache shared = new ReadCache(1_000, 60_000, System::currentTimeMillis);
        AtomicLong database = new AtomicLong();
        AtomicLong committed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger staleReads = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            tasks.add(pool.submit(() -> {
                for (int change = 0; change < 20_000; change++) {
                    long version = database.incrementAndGet();
                    shared.invalidate("order a");
                    committed.set(version);
                }
                running.set(false);
            }));
            for (int reader = 0; reader < 3; reader++) {
                tasks.add(pool.submit(() -> {
                    while (running.get()) {
                        long mustSee = committed.get();
                        long seen = shared.get("order a", "", database::get);
                        reads.incrementAndGet();
                        if (seen < mustSee) {
                            staleReads.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(reads.get() > 1_000, "the readers ran: " + reads.get());
        assertEquals(0, staleReads.get(), "stale reads among " + reads.get());
    }
}
