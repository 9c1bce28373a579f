package dev.kontor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.email.DefaultEmailAuthenticator;
import org.keycloak.email.EmailAuthenticator;
import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.truststore.TruststoreProvider;
import org.keycloak.truststore.TruststoreProviderFactory;

/** The sender against a real SMTP server (GreenMail on a free loopback port). */
class SmtpConnectionsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private GreenMail smtp;
    private SmtpConnections connections;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        if (connections != null) {
            connections.close();
        }
        smtp.stop();
    }

    @Test
    void mailsShareOneConnectionWhileItIsFresh() throws Exception {
        KontorEmailSenderProvider sender = sender(30_000);

        for (int i = 0; i < 3; i++) {
            sender.send(config(), "anna" + i + "@example.de", "Code " + i, "Ihr Code: 12345" + i, "<p>12345" + i + "</p>");
        }

        assertEquals(3, smtp.getReceivedMessages().length);
        assertEquals(1, connections.openedConnections(), "one SMTP connection for three mails");
        assertEquals(1, connections.idleConnections());
    }

    @Test
    void aConnectionIdleLongerThanAllowedIsReplaced() throws Exception {
        KontorEmailSenderProvider sender = sender(30_000);
        sender.send(config(), "anna@example.de", "one", "1", null);

        clock.addAndGet(30_001);
        sender.send(config(), "anna@example.de", "two", "2", null);

        assertEquals(2, smtp.getReceivedMessages().length);
        assertEquals(2, connections.openedConnections());
        assertEquals(1, connections.idleConnections(), "the expired connection was closed, not kept");
    }

    @Test
    void withoutReuseEveryMailOpensAndClosesItsConnection() throws Exception {
        KontorEmailSenderProvider sender = sender(0);
        sender.send(config(), "anna@example.de", "one", "1", null);
        sender.send(config(), "anna@example.de", "two", "2", null);

        assertEquals(2, connections.openedConnections());
        assertEquals(0, connections.idleConnections());
    }

    @Test
    void aConnectionWhoseConfigurationWasDroppedMeanwhileIsClosedNotKept() throws Exception {
        connections = new SmtpConnections(30_000, 4, clock::get);
        SmtpSettings settings = new SmtpSettings(config());
        jakarta.mail.Session session = connections.session(settings,
                () -> jakarta.mail.Session.getInstance(settings.sessionProperties("noreply@kontor.dev", null, null)));
        jakarta.mail.Transport[] used = new jakarta.mail.Transport[1];
        MimeMessage message = new MimeMessage(session);
        message.setFrom("noreply@kontor.dev");
        message.setText("t");

        // another thread drops every configuration (cache overflow or shutdown) while this mail is being sent
        connections.send(settings, session, message, jakarta.mail.internet.InternetAddress.parse("anna@example.de"), transport -> {
            transport.connect();
            used[0] = transport;
            connections.close();
        });

        assertEquals(1, smtp.getReceivedMessages().length);
        assertEquals(0, connections.idleConnections());
        assertTrue(!used[0].isConnected(), "the connection was closed, not left open in a dropped queue");
    }

    @Test
    void aConnectionTheServerDroppedIsRetriedOnANewOne() throws Exception {
        KontorEmailSenderProvider sender = sender(30_000);
        sender.send(config(), "anna@example.de", "before restart", "1", null);
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        sender.send(config(), "anna@example.de", "after restart", "2", null);

        assertEquals(1, smtp.getReceivedMessages().length);
        assertEquals("after restart", smtp.getReceivedMessages()[0].getSubject());
        assertEquals(2, connections.openedConnections());
    }

    @Test
    void theReceivedMailHasTheRealmsSenderPunycodeRecipientAndBothParts() throws Exception {
        Map<String, String> config = config();
        config.put("fromDisplayName", "Kontor Kundenportal");
        sender(30_000).send(config, "anna@müller.de", "Ihr Anmeldecode für Kontor", "Code: 123456", "<p>Code: 123456</p>");

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals("Ihr Anmeldecode für Kontor", received.getSubject());
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("noreply@kontor.dev", from.getAddress());
        assertEquals("Kontor Kundenportal", from.getPersonal());
        assertEquals("anna@xn--mller-kva.de", received.getHeader("To")[0]);
        assertEquals("auto-generated", received.getHeader("Auto-Submitted")[0]);
        Multipart parts = (Multipart) received.getContent();
        assertEquals("Code: 123456", parts.getBodyPart(0).getContent());
        assertEquals("<p>Code: 123456</p>", parts.getBodyPart(1).getContent());
    }

    @Test
    void everyLineBreakIsSentAsCrlf() throws Exception {
        sender(30_000).send(config(), "anna@example.de", "s", "one\ntwo\rthree\r\nfour", null);

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertTrue(received.isMimeType("text/plain"), "a single part when there is no HTML");
        assertEquals("one\r\ntwo\r\nthree\r\nfour", received.getContent());
    }

    @Test
    void anUnreachableServerIsAnEmailExceptionWithTheUsualMessage() throws Exception {
        Map<String, String> config = config();
        smtp.stop();
        EmailException e = assertThrows(EmailException.class,
                () -> sender(30_000).send(config, "anna@example.de", "s", "t", null));
        assertEquals(KontorEmailSenderProvider.SEND_FAILED, e.getMessage());
        assertEquals(0, connections.idleConnections());
        smtp.start();
    }

    @Test
    void starttlsConfiguredButNotOfferedByTheServerFailsInsteadOfSendingInClearText() {
        Map<String, String> config = config();
        config.put("starttls", "true");
        EmailException e = assertThrows(EmailException.class,
                () -> sender(30_000, sessionWithoutTruststore()).send(config, "anna@example.de", "Ihr Code", "Code: 123456", null));
        assertEquals(KontorEmailSenderProvider.SEND_FAILED, e.getMessage());
        assertTrue(causes(e).contains("STARTTLS is required"), causes(e));
        assertEquals(0, smtp.getReceivedMessages().length, "nothing reached the server without TLS");
        assertEquals(0, connections.idleConnections());
    }

    @Test
    void anUnknownAuthTypeIsRefusedByValidation() {
        Map<String, String> config = config();
        config.put("auth", "true");
        config.put("authType", "kerberos");
        EmailException e = assertThrows(EmailException.class, () -> sender(30_000).validate(config));
        assertTrue(e.getMessage().contains("kerberos"), e.getMessage());
    }

    private KontorEmailSenderProvider sender(long idleMillis) {
        return sender(idleMillis, null);
    }

    private KontorEmailSenderProvider sender(long idleMillis, KeycloakSession session) {
        connections = new SmtpConnections(idleMillis, 4, clock::get);
        Map<EmailAuthenticator.AuthenticatorType, EmailAuthenticator> authenticators = new EnumMap<>(EmailAuthenticator.AuthenticatorType.class);
        authenticators.put(EmailAuthenticator.AuthenticatorType.NONE, new DefaultEmailAuthenticator());
        return new KontorEmailSenderProvider(session, connections, authenticators, "TLSv1.3", 64);
    }

    /** A Keycloak session whose server has no truststore configured (the JVM default then applies). */
    private static KeycloakSession sessionWithoutTruststore() {
        TruststoreProvider noTruststore = proxy(TruststoreProvider.class, (p, m, a) -> null);
        TruststoreProviderFactory factory = proxy(TruststoreProviderFactory.class,
                (p, m, a) -> "create".equals(m.getName()) ? noTruststore : null);
        KeycloakSessionFactory sessionFactory = proxy(KeycloakSessionFactory.class,
                (p, m, a) -> "getProviderFactory".equals(m.getName()) ? factory : null);
        return proxy(KeycloakSession.class, (p, m, a) -> "getKeycloakSessionFactory".equals(m.getName()) ? sessionFactory : null);
    }

    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private Map<String, String> config() {
        Map<String, String> config = new java.util.HashMap<>();
        config.put("host", "127.0.0.1");
        config.put("port", Integer.toString(smtp.getSmtp().getPort()));
        config.put("from", "noreply@kontor.dev");
        return config;
    }
}
