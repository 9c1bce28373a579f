package dev.kontor.bench;

import java.net.URI;
import java.util.function.IntFunction;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop GETs with a bearer token: {@code concurrency} virtual users send {@code requests}
 * requests in all, each waiting for its answer before the next. Anything but 200 is an error.
 */
public final class ApiRunner {

    private final HttpClient http;
    private final ServerCpu cpu;
    private final int concurrency;
    private final AtomicInteger sequence = new AtomicInteger();

    public ApiRunner(HttpClient http, ServerCpu cpu, int concurrency) {
        this.http = http;
        this.cpu = cpu;
        this.concurrency = concurrency;
    }

    public void measure(String url, String token, int requests, ApiResult into) throws Exception {
        HttpRequest request = get(url, token);
        send(i -> request, url, requests, into);
    }

    /** Each request its own URL: {@code urlOf} gets a number no request of this runner had before. */
    public void measure(IntFunction<String> urlOf, String token, int requests, ApiResult into) throws Exception {
        int firstNumber = sequence.getAndAdd(requests);
        send(i -> get(urlOf.apply(firstNumber + i - 1), token), urlOf.apply(firstNumber) + " (a new URL per request)", requests, into);
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
    }

    /** {@code requestOf} gets 1..requests; {@code label} names the requests in an error. */
    private void send(IntFunction<HttpRequest> requestOf, String label, int requests, ApiResult into) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(requests));
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(requests);
        double cpuBefore = cpu.seconds();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(pool.submit(() -> {
                    int index;
                    while ((index = left.getAndDecrement()) > 0) {
                        HttpRequest request = requestOf.apply(index);
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                                latencies.add(System.nanoTime() - t);
                            } else {
                                errors.add("HTTP " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                            }
                        } catch (Exception e) {
                            errors.add(e.toString());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        into.add(latencies, errors, (System.nanoTime() - start) / 1e9, cpu.seconds() - cpuBefore);
        if (errors.size() * 2 > requests) {
            throw new IllegalStateException(label + ": " + errors.size() + " of " + requests + " failed, e.g. " + errors.get(0));
        }
    }

    /** Warm-up requests, not measured. */
    public void warmUp(String url, String token, int requests) throws Exception {
        measure(url, token, requests, new ApiResult());
    }

    public void warmUp(IntFunction<String> urlOf, String token, int requests) throws Exception {
        measure(urlOf, token, requests, new ApiResult());
    }
}
