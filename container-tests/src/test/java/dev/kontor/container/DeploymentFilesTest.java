package dev.kontor.container;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production files under deploy/ cannot run here (no container engine), so they are kept in
 * line with what does run: the pom's versions, the jars and build options of {@code ./kontor} and
 * of the integration tests' server. A build option that ./kontor or the ITs use and the image
 * lacks, a run-time option given to {@code kc.sh build} (which ignores it), or a build-time option
 * set at run time (which an optimized image does not apply) fails here.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("kontor.root", "..")).toAbsolutePath().normalize();
    private static final String KEYCLOAK_VERSION = System.getProperty("kontor.keycloak.version");
    private static final String PROJECT_VERSION = System.getProperty("kontor.project.version");
    /** The modules whose jars go into providers/ (./kontor's install_providers loop). */
    private static final Pattern KONTOR_PROVIDER_LOOP = Pattern.compile(
            "install_providers\\(\\) \\{[^}]*?for m in ([a-z -]+); do");

    private final String containerfile = read("deploy/Containerfile");
    private final String kontorScript = read("kontor");

    @Test
    void imageIsBuiltOnThePomsKeycloakVersion() {
        List<String> bases = all(Pattern.compile("(?m)^FROM (\\S+)"), containerfile);
        assertEquals(List.of("quay.io/keycloak/keycloak:" + KEYCLOAK_VERSION, "quay.io/keycloak/keycloak:" + KEYCLOAK_VERSION),
                bases, "both stages on the official image of keycloak.version");
        assertEquals(PROJECT_VERSION, first(Pattern.compile("(?m)^ARG KONTOR_VERSION=(\\S+)$"), containerfile),
                "KONTOR_VERSION names the jars of this build");
    }

    @Test
    void imageGetsTheJarsPasswordListAndRealmThatKontorRunInstalls() {
        String modules = first(KONTOR_PROVIDER_LOOP, kontorScript);
        Set<String> expected = new TreeSet<>();
        for (String module : modules.trim().split("\\s+")) {
            expected.add(module + "/target/kontor-" + module + "-${KONTOR_VERSION}.jar");
        }
        Set<String> copied = new TreeSet<>(all(Pattern.compile("(?m)^COPY --chown=keycloak:keycloak (\\S+/target/\\S+\\.jar) /opt/keycloak/providers/$"), containerfile));
        assertEquals(expected, copied, "the provider jars ./kontor copies into providers/");

        // The sources of the other COPYs exist, and land where ./kontor and docker-compose.yml put them.
        assertTrue(containerfile.contains("COPY --chown=keycloak:keycloak realm-config/src/main/resources/password-blacklists/*.txt /opt/keycloak/data/password-blacklists/"));
        assertTrue(containerfile.contains("COPY --chown=keycloak:keycloak realm-config/src/main/resources/realm/kontor-realm.json /opt/keycloak/data/import/"));
        assertTrue(Files.isRegularFile(ROOT.resolve("realm-config/src/main/resources/password-blacklists/kontor-common-passwords.txt")));
        assertTrue(Files.isRegularFile(ROOT.resolve("realm-config/src/main/resources/realm/kontor-realm.json")));
        assertTrue(kontorScript.contains("PASSWORD_LISTS=\"$ROOT/realm-config/src/main/resources/password-blacklists\""));
        assertTrue(kontorScript.contains("\"$1/data/password-blacklists\""), "./kontor installs the lists into data/password-blacklists");
    }

    @Test
    void everyBuildOptionOfTheImageIsABuildTimeOption() {
        Map<String, String> build = imageBuildOptions();
        assertFalse(build.isEmpty(), "the Containerfile runs kc.sh build with options");
        for (String option : build.keySet()) {
            assertTrue(isBuildTime(option), "--" + option + " is a run-time option: kc.sh build ignores it; set it where the image runs");
        }
    }

    @Test
    void imageHasEveryBuildOptionThatKontorAndTheTestsUse() {
        Map<String, String> build = imageBuildOptions();
        Map<String, Set<String>> used = new LinkedHashMap<>();
        // ./kontor: run (start-dev builds its options in), bench (kc.sh build), the mail sender option.
        Matcher cli = Pattern.compile("(?<![\\w-])--([a-z][a-z0-9-]*)=([A-Za-z0-9][A-Za-z0-9._:/-]*)").matcher(kontorScript);
        while (cli.find()) {
            if (isBuildTime(cli.group(1))) {
                used.computeIfAbsent(cli.group(1), k -> new TreeSet<>()).add(cli.group(2));
            }
        }
        // The integration tests' server (KontorServerConfig: .option("name", "value")).
        String itServer = read("integration-tests/src/test/java/dev/kontor/it/KontorServerConfig.java");
        Matcher option = Pattern.compile("\\.option\\(\"([a-z0-9-]+)\", \"([^\"]*)\"\\)").matcher(itServer);
        while (option.find()) {
            if (isBuildTime(option.group(1))) {
                used.computeIfAbsent(option.group(1), k -> new TreeSet<>()).add(option.group(2));
            }
        }
        assertFalse(itServer.contains(".features("), "the IT server enables features: enable them in deploy/Containerfile's kc.sh build too, and compare them here");
        // ./kontor run's default dev-file database is the developer's; production is PostgreSQL (run --db postgres, bench).
        used.getOrDefault("db", new TreeSet<>()).remove("dev-file");

        assertEquals(Set.of("kontor-smtp"), used.get("spi-email-sender--provider"), "the mail sender option is found in ./kontor and the ITs");
        assertEquals(Set.of("postgres"), used.get("db"));
        for (Map.Entry<String, Set<String>> entry : used.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                assertEquals(entry.getValue(), Set.of(String.valueOf(build.get(entry.getKey()))),
                        "--" + entry.getKey() + " as ./kontor or the ITs use it, in deploy/Containerfile's kc.sh build " + build);
            }
        }
    }

    /** The cluster test claims to run the image's server without containers: the same kc.sh build. */
    @Test
    void clusterTestBuildsWithTheImagesOptions() {
        String cluster = read("cluster-tests/src/test/java/dev/kontor/cluster/TwoNodeCluster.java");
        Matcher list = Pattern.compile("BUILD_OPTIONS = List\\.of\\(([^;]*)\\);").matcher(cluster);
        assertTrue(list.find(), "TwoNodeCluster.BUILD_OPTIONS");
        Map<String, String> options = new LinkedHashMap<>();
        Matcher option = Pattern.compile("\"--([a-z][a-z0-9-]*)=([^\"]*)\"").matcher(list.group(1));
        while (option.find()) {
            options.put(option.group(1), option.group(2));
        }
        assertEquals(imageBuildOptions(), options, "ClusterIT's kc.sh build options are deploy/Containerfile's");
    }

    @Test
    void runTimeFilesSetNoBuildTimeOption() {
        // An optimized image runs with what it was built with; a build-time KC_* at run time is ignored or refused.
        for (String file : List.of("deploy/compose.production.yml", "deploy/keycloak-operator.yaml")) {
            String text = read(file);
            for (String env : all(Pattern.compile("(?m)^\\s+(KC_[A-Z0-9_]+):"), text)) {
                String option = env.substring(3).toLowerCase().replace("__", "--").replace('_', '-');
                assertFalse(isBuildTime(option), file + " sets the build-time option " + env + ": put it into deploy/Containerfile");
            }
            for (String name : all(Pattern.compile("(?m)^\\s+- name: ([a-z0-9-]+)$"), text)) {
                assertFalse(isBuildTime(name), file + " sets the build-time option " + name + ": put it into deploy/Containerfile");
            }
        }
    }

    @Test
    void proxyAndNodesAgree() {
        String compose = read("deploy/compose.production.yml");
        String haproxy = read("deploy/haproxy.cfg");
        Set<String> servers = new TreeSet<>(all(Pattern.compile("(?m)^\\s+server (\\S+) (\\S+):8080 "), haproxy));
        Set<String> targets = new TreeSet<>(all(Pattern.compile("(?m)^\\s+server \\S+ (\\S+):8080 "), haproxy));
        Set<String> nodes = new TreeSet<>(all(Pattern.compile("(?m)^  (keycloak-\\d+):$"), compose));
        assertEquals(Set.of("keycloak-1", "keycloak-2"), nodes, "two Keycloak nodes in the compose file");
        assertEquals(nodes, targets, "HAProxy forwards to exactly the compose file's nodes");
        assertEquals(2, servers.size());
        assertTrue(haproxy.contains("check port 9000"), "health checks on the management port");
        assertTrue(haproxy.contains("uri /health/ready"), "health checks on readiness");

        String trusted = first(Pattern.compile("KC_PROXY_TRUSTED_ADDRESSES: (\\S+)"), compose);
        String proxyAddress = first(Pattern.compile("(?s)  haproxy:.*?ipv4_address: (\\S+)"), compose);
        assertEquals(proxyAddress, trusted, "the nodes trust X-Forwarded-* from HAProxy's address only");
        assertEquals(1, all(Pattern.compile("(dockerfile: deploy/Containerfile)"), compose).size(), "one node definition, built from deploy/Containerfile");
        assertEquals(2, all(Pattern.compile("(<<: \\*keycloak)\\n"), compose).size(), "both nodes use it");
    }

    /** The options of the Containerfile's {@code RUN /opt/keycloak/bin/kc.sh build \ ...}. */
    private Map<String, String> imageBuildOptions() {
        String run = first(Pattern.compile("(?s)RUN /opt/keycloak/bin/kc\\.sh build((?: \\\\\\n\\s+--\\S+)+)"), containerfile);
        Map<String, String> options = new LinkedHashMap<>();
        for (String token : run.replace("\\", " ").trim().split("\\s+")) {
            String[] parts = token.substring(2).split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "true");
        }
        return options;
    }

    private static boolean isBuildTime(String option) {
        return BuildTimeOptions.PATTERNS.stream().anyMatch(p -> p.matcher(option).matches());
    }

    /** keycloak-build-time-options.txt, checked against the pom's Keycloak version. */
    private static final class BuildTimeOptions {
        static final List<Pattern> PATTERNS = load();

        private static List<Pattern> load() {
            List<String> lines;
            try (var in = DeploymentFilesTest.class.getResourceAsStream("/keycloak-build-time-options.txt")) {
                lines = new String(in.readAllBytes()).lines()
                        .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertEquals("keycloak-version " + KEYCLOAK_VERSION, lines.get(0),
                    "keycloak-build-time-options.txt lists another Keycloak's options: regenerate it (see its header)");
            List<Pattern> patterns = new ArrayList<>();
            for (String option : lines.subList(1, lines.size())) {
                patterns.add(Pattern.compile(Pattern.quote(option).replaceAll("<[a-z-]+>", "\\\\E[a-z0-9]+(?:-[a-z0-9]+)*\\\\Q")));
            }
            return patterns;
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), "no match for " + pattern);
        return m.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
