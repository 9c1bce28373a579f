package dev.kontor.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The load balancer in front of the two nodes: per request round-robin, nothing sticky, redirects
 * passed to the client, headers and cookies through. Every answer says which node made it
 * ({@value #NODE_HEADER}); a request can ask for a node ({@value #ROUTE_HEADER}), and a test step
 * can pin all traffic to one ({@link #pin}). A node that does not answer gives 502.
 */
final class RoundRobinProxy implements AutoCloseable {

    static final String NODE_HEADER = "X-Kontor-Node";
    static final String ROUTE_HEADER = "X-Kontor-Route";

    /** Hop-by-hop headers and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "host", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection", ROUTE_HEADER.toLowerCase(Locale.ROOT));

    /** One proxied request: which node, what was asked, what came back. */
    record Exchange(long sequence, String node, String method, String path, Set<String> formFields, int status,
                    boolean pageAsksForCode) {}

    private final Map<String, String> nodes;
    private final List<String> names;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(24);
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final AtomicLong counter = new AtomicLong();
    private final AtomicLong arrivals = new AtomicLong();
    private static final Pattern CODE_INPUT = Pattern.compile("<input\\b[^>]*\\bname=\"code\"");
    private final ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private volatile String pinned;

    /** {@code nodes}: node name to its base URL, in round-robin order. */
    RoundRobinProxy(int port, Map<String, String> nodes) throws IOException {
        this.nodes = new LinkedHashMap<>(nodes);
        this.names = new ArrayList<>(nodes.keySet());
        names.forEach(n -> inFlight.put(n, new AtomicInteger()));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::forward);
        server.setExecutor(workers);
        server.start();
    }

    /** Sends every request without a route header to this node until {@link #unpin}. */
    void pin(String node) {
        pinned = node;
    }

    void unpin() {
        pinned = null;
    }

    /** How many requests the node has been sent and not yet answered. */
    int inFlight(String node) {
        return inFlight.get(node).get();
    }

    /** The exchanges so far, in the order they arrived. */
    List<Exchange> exchanges() {
        List<Exchange> all = new ArrayList<>(exchanges);
        all.sort(Comparator.comparingLong(Exchange::sequence));
        return all;
    }

    private String chooseNode(HttpExchange exchange) {
        String route = exchange.getRequestHeaders().getFirst(ROUTE_HEADER);
        if (route != null && nodes.containsKey(route)) {
            return route;
        }
        String pin = pinned;
        if (pin != null) {
            return pin;
        }
        return names.get((int) (counter.getAndIncrement() % names.size()));
    }

    private void forward(HttpExchange exchange) throws IOException {
        long sequence = arrivals.incrementAndGet();
        String node = chooseNode(exchange);
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String method = exchange.getRequestMethod();
            URI target = URI.create(nodes.get(node) + exchange.getRequestURI().toString());
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> response;
            AtomicInteger pending = inFlight.get(node);
            pending.incrementAndGet();
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                reply(exchange, node, 502, ("node " + node + " did not answer: " + e).getBytes(StandardCharsets.UTF_8));
                record(sequence, node, exchange, body, 502, null);
                return;
            } finally {
                pending.decrementAndGet();
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            reply(exchange, node, response.statusCode(), response.body());
            record(sequence, node, exchange, body, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, String node, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set(NODE_HEADER, node);
        boolean empty = body.length == 0 || status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void record(long sequence, String node, HttpExchange exchange, byte[] requestBody, int status, byte[] responseBody) {
        Set<String> fields = new TreeSet<>();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : new String(requestBody, StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                fields.add(eq < 0 ? pair : pair.substring(0, eq));
            }
        }
        boolean asksForCode = responseBody != null && status == 200
                && CODE_INPUT.matcher(new String(responseBody, StandardCharsets.UTF_8)).find();
        exchanges.add(new Exchange(sequence, node, exchange.getRequestMethod(), exchange.getRequestURI().getPath(), fields, status, asksForCode));
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
