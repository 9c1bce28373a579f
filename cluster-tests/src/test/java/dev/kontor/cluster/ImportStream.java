package dev.kontor.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kontor.cluster.ClusterApi.Reply;

/**
 * A back end importing {@code count} orders ({@code prefix + i}, {@code 1 + i % 2} lines) from a few
 * threads, round-robin over the proxy, sorting each number by what the client learnt: acknowledged
 * (2xx) or failed (anything else, including a 502 for a node that died with the request in flight).
 */
final class ImportStream {

    final String prefix;
    final int count;
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final Set<String> failed = ConcurrentHashMap.newKeySet();
    /** Replies by {@code status/node} (or {@code io/exception}). */
    final Map<String, Integer> statuses = new ConcurrentHashMap<>();

    private final ClusterOrders orders;
    private final String backendToken;
    private final String userId;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch aThird;
    private final ExecutorService pool;
    private final List<Future<?>> workers = new ArrayList<>();

    ImportStream(ClusterOrders orders, String backendToken, String userId, String prefix, int count, int threads) {
        this.orders = orders;
        this.backendToken = backendToken;
        this.userId = userId;
        this.prefix = prefix;
        this.count = count;
        this.aThird = new CountDownLatch(count / 3);
        this.pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(this::work));
        }
    }

    /** The body of order {@code number} (the same on every attempt, so a retry is idempotent). */
    Map<String, Object> body(String number) {
        return ClusterOrders.delivered(userId, linesOf(Integer.parseInt(number.substring(prefix.length()))));
    }

    /** The order lines all {@link #count} orders have together. */
    int expectedLines() {
        int lines = 0;
        for (int i = 0; i < count; i++) {
            lines += linesOf(i);
        }
        return lines;
    }

    void awaitAThird() throws InterruptedException {
        aThird.await(3, TimeUnit.MINUTES);
    }

    void awaitAll() throws Exception {
        try {
            for (Future<?> w : workers) {
                w.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Void work() {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            String number = prefix + i;
            try {
                Reply r = orders.importOrder(backendToken, number, body(number), null);
                statuses.merge(r.status() + "/" + r.node(), 1, Integer::sum);
                (r.status() / 100 == 2 ? acknowledged : failed).add(number);
            } catch (Exception e) {
                statuses.merge("io/" + e.getClass().getSimpleName(), 1, Integer::sum);
                failed.add(number);
            }
            aThird.countDown();
        }
        return null;
    }

    private static int linesOf(int i) {
        return 1 + i % 2;
    }
}
