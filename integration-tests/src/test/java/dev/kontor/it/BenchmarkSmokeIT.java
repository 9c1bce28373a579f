package dev.kontor.it;

import dev.kontor.bench.AdminClient;
import dev.kontor.bench.BenchRealmSetup;
import dev.kontor.bench.BenchUser;
import dev.kontor.bench.CodeMailbox;
import dev.kontor.bench.LoginDriver;
import dev.kontor.bench.MailSink;
import dev.kontor.bench.PngChart;
import dev.kontor.bench.Scenario;
import dev.kontor.bench.ScenarioResult;
import dev.kontor.bench.ScenarioRunner;
import dev.kontor.bench.ServerCpu;
import dev.kontor.bench.UserFactory;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark driver ({@code ./kontor bench}) on a tiny load against the test server: every login
 * scenario, with the driver's own realm preparation, must still end at the client without errors,
 * and a chart must still be drawn. Benchmarks themselves never run in the test suite.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class BenchmarkSmokeIT extends AbstractKontorIT {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void everyLoginScenarioRunsOnATinyLoad() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String baseUrl = realmUrl().substring(0, realmUrl().indexOf("/realms/"));
        AdminClient admin = new AdminClient(http, baseUrl, "admin", "admin");
        RealmRepresentation before = realm.admin().toRepresentation();
        try {
            new BenchRealmSetup(admin, "kontor").apply();
            UserFactory users = new UserFactory(admin, "kontor", "smoke");
            ScenarioRunner runner = new ScenarioRunner(new LoginDriver(http, baseUrl, "kontor", new TestMailbox()),
                    new ServerCpu(0, 100), 2);
            List<ScenarioResult> results = new ArrayList<>();
            for (Scenario scenario : Scenario.values()) {
                List<BenchUser> group = users.create(scenario.name().toLowerCase(), scenario.userKind(), 2);
                if (scenario.savedBrowser()) {
                    runner.saveBrowsers(group);
                }
                ScenarioResult result = new ScenarioResult(scenario);
                runner.measure(scenario, group, result);
                assertEquals(0, result.errorCount(), scenario + ": " + result.sampleErrors());
                assertEquals(2, result.logins(), scenario + " logins");
                results.add(result);
            }

            Path chart = Files.createTempFile("kontor-bench-smoke", ".png");
            Map<String, double[]> series = PngChart.series();
            series.put("median", results.stream().mapToDouble(r -> r.stats().percentileMillis(50)).toArray());
            PngChart.bars(chart, "smoke", "ms", results.stream().map(r -> r.scenario().name()).toList(), series);
            byte[] head = new byte[4];
            System.arraycopy(Files.readAllBytes(chart), 0, head, 0, 4);
            assertArrayEquals(PNG_MAGIC, head, "the chart is a PNG");
            Files.delete(chart);
        } finally {
            // the driver lowers the hashing cost and lengthens tokens; the other test classes get
            // the realm as shipped (written back whole: a partial representation can drop attributes)
            RealmRepresentation restore = realm.admin().toRepresentation();
            restore.setPasswordPolicy(before.getPasswordPolicy());
            restore.setAccessTokenLifespan(before.getAccessTokenLifespan());
            realm.admin().update(restore);
        }
    }

    /** The test framework's GreenMail as the driver's code mailbox. */
    private final class TestMailbox implements CodeMailbox {

        @Override
        public int count(String address) {
            return MailCodes.to(mailServer, address).size();
        }

        @Override
        public String awaitCode(String address, int seen, long timeoutMillis) throws Exception {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (System.currentTimeMillis() < deadline) {
                List<MimeMessage> mails = MailCodes.to(mailServer, address);
                if (mails.size() > seen) {
                    String code = MailSink.codeIn(mails.get(mails.size() - 1));
                    assertTrue(code != null, "a code in the mail to " + address);
                    return code;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no mail to " + address + " within " + timeoutMillis + " ms");
        }
    }
}
