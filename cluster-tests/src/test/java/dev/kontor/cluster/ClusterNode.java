package dev.kontor.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Keycloak node of the cluster: {@code kc.sh start --optimized} as a child process with its own
 * HTTP, management and JGroups ports, all on 127.0.0.1. kc.sh starts the server JVM as its own
 * child, so stopping or killing a node acts on that JVM, not only on the script.
 */
final class ClusterNode {

    private static final Pattern CLUSTER_SIZE = Pattern.compile("(?m)^vendor_cluster_size\\{[^}]*\\}\\s+([0-9.]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int httpPort;
    final int managementPort;
    final int jgroupsPort;
    final Path log;
    private Process script;

    ClusterNode(String name, int httpPort, int managementPort, int jgroupsPort, Path log) {
        this.name = name;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.jgroupsPort = jgroupsPort;
        this.log = log;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Starts the node; {@code extra} are further options of {@code kc.sh start} (e.g. --import-realm). */
    void start(Path home, List<String> commonOptions, Map<String, String> environment, List<String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized"));
        command.addAll(commonOptions);
        command.addAll(List.of(
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--cache-embedded-network-bind-address=127.0.0.1",
                "--cache-embedded-network-bind-port=" + jgroupsPort,
                "--spi-cache-embedded--default--node-name=node-" + name));
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        script = builder.start();
    }

    /** Waits for /health/ready on the management port; fails early when the process died. */
    void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!script.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + script.exitValue() + "; last log lines:\n" + tail(40));
            }
            if (status("/health/ready") == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node " + name + " not ready after " + timeout + "; last log lines:\n" + tail(40));
    }

    /** The Infinispan cluster size this node reports on its management /metrics, or -1 if it does not answer. */
    int clusterSize() {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CLUSTER_SIZE.matcher(r.body());
            return r.statusCode() == 200 && m.find() ? (int) Double.parseDouble(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private int status(String managementPath) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + managementPath))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The server JVM (kc.sh's java child), if it runs. */
    Optional<ProcessHandle> jvm() {
        return script == null ? Optional.empty()
                : script.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).findFirst();
    }

    /** SIGKILL of the server JVM: no shutdown, no leave message to the cluster. */
    void killHard() throws InterruptedException {
        ProcessHandle jvm = jvm().orElseThrow(() -> new IllegalStateException("node " + name + " has no running JVM"));
        jvm.destroyForcibly();
        jvm.onExit().join();
        script.waitFor();
    }

    /** Stops the node (TERM, then KILL after a grace period), JVM and script. Safe to call twice. */
    void stop() {
        if (script == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(script.descendants().toList());
        all.add(script.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.currentTimeMillis() + 15_000;
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(Math.max(1, deadline - System.currentTimeMillis()), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        all.forEach(ProcessHandle::destroyForcibly);
    }

    boolean isAlive() {
        return script != null && script.isAlive();
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Whether the node's log holds a line matching the pattern (e.g. ISPN000094 with a view of 2). */
    boolean logMatches(Pattern pattern) {
        try {
            return pattern.matcher(Files.readString(log)).find();
        } catch (IOException e) {
            return false;
        }
    }
}
