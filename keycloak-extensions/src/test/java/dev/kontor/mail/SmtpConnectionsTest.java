package dev.kontor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.email.DefaultEmailAuthenticator;
import org.keycloak.email.EmailAuthenticator;
import org.keycloak.email.EmailException;

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
        assertEquals("\"Kontor Kundenportal\" <noreply@kontor.dev>", received.getHeader("From")[0]);
        assertEquals("anna@xn--mller-kva.de", received.getHeader("To")[0]);
        assertEquals("auto-generated", received.getHeader("Auto-Submitted")[0]);
        Multipart parts = (Multipart) received.getContent();
        assertEquals("Code: 123456", parts.getBodyPart(0).getContent());
        assertEquals("<p>Code: 123456</p>", parts.getBodyPart(1).getContent());
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
    void anUnknownAuthTypeIsRefusedByValidation() {
        Map<String, String> config = config();
        config.put("auth", "true");
        config.put("authType", "kerberos");
        EmailException e = assertThrows(EmailException.class, () -> sender(30_000).validate(config));
        assertTrue(e.getMessage().contains("kerberos"), e.getMessage());
    }

    private KontorEmailSenderProvider sender(long idleMillis) {
        connections = new SmtpConnections(idleMillis, 4, clock::get);
        Map<EmailAuthenticator.AuthenticatorType, EmailAuthenticator> authenticators = new EnumMap<>(EmailAuthenticator.AuthenticatorType.class);
        authenticators.put(EmailAuthenticator.AuthenticatorType.NONE, new DefaultEmailAuthenticator());
        return new KontorEmailSenderProvider(null, connections, authenticators, "TLSv1.3", 64);
    }

    private Map<String, String> config() {
        Map<String, String> config = new java.util.HashMap<>();
        config.put("host", "127.0.0.1");
        config.put("port", Integer.toString(smtp.getSmtp().getPort()));
        config.put("from", "noreply@kontor.dev");
        return config;
    }
}
