package dev.kontor.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.kontor.bench.MailSink;

/**
 * Two Kontor nodes on one PostgreSQL database, as production runs them: the distribution the
 * build unpacked, our jars in providers/, {@code kc.sh build} once with the production options,
 * then {@code start --optimized} twice with {@code --cache=ispn --cache-stack=jdbc-ping} (JGroups
 * discovery through the shared database, transport on 127.0.0.1). Node A imports the realm; B
 * starts once A is ready. In front: the {@link RoundRobinProxy}; beside: a GreenMail SMTP.
 */
final class TwoNodeCluster implements AutoCloseable {

    static final String DATABASE = "kontor_cluster";
    static final int PROXY_PORT = 8790;
    static final int SMTP_PORT = 3225;
    static final String PUBLIC_URL = "http://127.0.0.1:" + PROXY_PORT;

    /** The build options of the image recipe (kc.sh build); --cache and --cache-stack are start options. */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true", "--metrics-enabled=true",
            "--spi-email-sender--provider=kontor-smtp");
    private static final List<String> PROVIDER_JARS = List.of("kontor-keycloak-extensions", "kontor-portal-resources", "kontor-account-theme",
            "kontor-admin-theme");

    final ClusterNode a;
    final ClusterNode b;
    final Map<String, Long> timings = new LinkedHashMap<>();
    final String jdbcUrl;
    RoundRobinProxy proxy;
    MailSink mail;

    private final Path clusterDir;
    private final Path home;
    private final String serverUrl;
    private final Thread shutdownHook = new Thread(this::close, "cluster-shutdown");

    TwoNodeCluster() {
        clusterDir = Path.of(required("kontor.cluster.dir"));
        home = clusterDir.resolve("keycloak-" + required("kontor.keycloak.version"));
        String pgUrl = required("kontor.pg.url");
        serverUrl = pgUrl.substring(0, pgUrl.lastIndexOf('/') + 1);
        jdbcUrl = serverUrl + DATABASE;
        Path target = clusterDir.getParent();
        a = new ClusterNode("a", 8780, 9780, 7880, target.resolve("cluster-node-a.log"));
        b = new ClusterNode("b", 8781, 9781, 7881, target.resolve("cluster-node-b.log"));
    }

    /** Builds, starts both nodes, the proxy and the mail sink; on failure everything started is stopped. */
    TwoNodeCluster start() throws Exception {
        requireFreePorts();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            mail = new MailSink(SMTP_PORT);
            installProviders();
            long buildStart = System.nanoTime();
            boolean built = build();
            timings.put(built ? "kc.sh build" : "kc.sh build (jars and options unchanged: skipped)", (System.nanoTime() - buildStart) / 1_000_000);
            timed("database", this::recreateDatabase);
            Map<String, String> backends = new LinkedHashMap<>();
            backends.put(a.name, a.baseUrl());
            backends.put(b.name, b.baseUrl());
            proxy = new RoundRobinProxy(PROXY_PORT, backends);
            timed("start node a (schema + realm import)", () -> {
                a.start(home, startOptions(), environment(), List.of("--import-realm"));
                a.awaitReady(Duration.ofMinutes(4));
            });
            timed("start node b", () -> {
                b.start(home, startOptions(), environment(), List.of());
                b.awaitReady(Duration.ofMinutes(3));
            });
            return this;
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Fails early and clearly when a port is taken (another run, ./kontor bench, a stray node).
     * JGroups' FD_SOCK2 listens on the transport port + 50000.
     */
    private void requireFreePorts() {
        List<Integer> ports = new ArrayList<>(List.of(PROXY_PORT, SMTP_PORT));
        for (ClusterNode node : List.of(a, b)) {
            ports.addAll(List.of(node.httpPort, node.managementPort, node.jgroupsPort, node.jgroupsPort + 50_000));
        }
        for (int port : ports) {
            try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
                socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " on 127.0.0.1 is taken; the cluster test needs " + ports, e);
            }
        }
    }

    /** Options both nodes start with (the same as the image recipe's start, plus the test's loopback ports). */
    private List<String> startOptions() {
        return List.of("--cache=ispn", "--cache-stack=jdbc-ping",
                "--db-url=" + jdbcUrl, "--db-username=keycloak", "--db-password=keycloak",
                "--http-enabled=true", "--http-host=127.0.0.1", "--hostname=" + PUBLIC_URL,
                "--log-console-color=false");
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // read by the realm file's smtpServer at import
        env.put("KONTOR_SMTP_HOST", "127.0.0.1");
        env.put("KONTOR_SMTP_PORT", String.valueOf(SMTP_PORT));
        // JGroups on IPv4 loopback only; a small heap per node (two nodes share a small machine)
        env.put("JAVA_OPTS_APPEND", "-Djava.net.preferIPv4Stack=true -Xms128m -Xmx512m");
        return env;
    }

    /**
     * Puts our jars into providers/ when their content changed (a jar newer than the last build
     * makes {@code start --optimized} refuse), the realm into data/import and the password list
     * where the realm's passwordBlacklist policy reads it.
     */
    private void installProviders() throws IOException {
        Path providers = home.resolve("providers");
        try (Stream<Path> built = Files.list(clusterDir.resolve("kontor-providers"))) {
            for (Path jar : built.toList()) {
                Path installed = providers.resolve(jar.getFileName());
                if (!Files.exists(installed) || Files.mismatch(jar, installed) != -1) {
                    Files.copy(jar, installed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (Stream<Path> installed = Files.list(providers)) {
            for (Path jar : installed.filter(p -> p.getFileName().toString().startsWith("kontor-")).toList()) {
                if (!Files.exists(clusterDir.resolve("kontor-providers").resolve(jar.getFileName()))) {
                    Files.delete(jar);
                }
            }
        }
        Path realmConfig = clusterDir.resolve("realm-config");
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmConfig.resolve("realm/kontor-realm.json"), home.resolve("data/import/kontor-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Path lists = home.resolve("data/password-blacklists");
        Files.createDirectories(lists);
        try (Stream<Path> files = Files.list(realmConfig.resolve("password-blacklists"))) {
            for (Path list : files.toList()) {
                Files.copy(list, lists.resolve(list.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** kc.sh build, skipped (false) when the jars and options are those of the last build in this target/. */
    private boolean build() throws Exception {
        Path stampFile = home.resolve(".kontor-cluster-build");
        String stamp = buildStamp();
        if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
            return false;
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        Path log = clusterDir.getParent().resolve("cluster-build.log");
        Process build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!build.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            build.descendants().forEach(ProcessHandle::destroyForcibly);
            build.destroyForcibly();
            throw new IllegalStateException("kc.sh build did not finish in 5 minutes (see " + log + ")");
        }
        if (build.exitValue() != 0) {
            throw new IllegalStateException("kc.sh build failed (see " + log + ")");
        }
        Files.writeString(stampFile, stamp);
        return true;
    }

    private String buildStamp() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String artifact : PROVIDER_JARS) {
            try (Stream<Path> jars = Files.list(home.resolve("providers"))) {
                for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith(artifact)).sorted().toList()) {
                    sha.update(Files.readAllBytes(jar));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest()) + " " + String.join(" ", BUILD_OPTIONS);
    }

    /** A fresh database for the cluster on the test's PostgreSQL server (superuser postgres, trust). */
    private void recreateDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER keycloak");
        }
    }

    /** A connection to the cluster's database (for checks of what was written). */
    Connection database() throws Exception {
        return DriverManager.getConnection(jdbcUrl, "keycloak", "keycloak");
    }

    interface Step {
        void run() throws Exception;
    }

    void timed(String what, Step step) throws Exception {
        long start = System.nanoTime();
        try {
            step.run();
        } finally {
            timings.putIfAbsent(what, (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Override
    public void close() {
        a.stop();
        b.stop();
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        if (mail != null) {
            mail.close();
            mail = null;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // already shutting down (this is the hook) or never registered
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the postgres profile sets it)");
        }
        return value;
    }
}
