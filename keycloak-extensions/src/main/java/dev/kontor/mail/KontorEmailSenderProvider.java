package dev.kontor.mail;

import java.util.Map;

import javax.net.ssl.SSLSocketFactory;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.keycloak.common.enums.HostnameVerificationPolicy;
import org.keycloak.email.EmailAuthenticator;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.truststore.JSSETruststoreConfigurator;

import org.jboss.logging.Logger;

/**
 * Sends Keycloak's mails (login codes, verification, password reset, ...) with the realm's SMTP
 * settings, like Keycloak's own sender, but on a cached mail session and reused SMTP connections
 * ({@link SmtpConnections}), the message built with Jakarta Mail ({@link MailMessage}).
 * Authentication stays Keycloak's: the {@link EmailAuthenticator} for none, basic or token auth.
 */
final class KontorEmailSenderProvider implements EmailSenderProvider {

    private static final Logger LOG = Logger.getLogger(KontorEmailSenderProvider.class);
    static final String SEND_FAILED = "Error when attempting to send the email to the server. More information is available in the server log.";

    private final KeycloakSession session;
    private final SmtpConnections connections;
    private final Map<EmailAuthenticator.AuthenticatorType, EmailAuthenticator> authenticators;
    private final String sslProtocols;
    private final int maxLocalPartLength;

    KontorEmailSenderProvider(KeycloakSession session, SmtpConnections connections,
                              Map<EmailAuthenticator.AuthenticatorType, EmailAuthenticator> authenticators, String sslProtocols,
                              int maxLocalPartLength) {
        this.session = session;
        this.connections = connections;
        this.authenticators = authenticators;
        this.sslProtocols = sslProtocols;
        this.maxLocalPartLength = maxLocalPartLength;
    }

    @Override
    public void send(Map<String, String> config, UserModel user, String subject, String textBody, String htmlBody) throws EmailException {
        if (user.getEmail() == null) {
            throw new EmailException("No email address configured for the user");
        }
        send(config, user.getEmail(), subject, textBody, htmlBody);
    }

    @Override
    public void send(Map<String, String> config, String address, String subject, String textBody, String htmlBody) throws EmailException {
        SmtpSettings settings = new SmtpSettings(config);
        boolean utf8 = settings.allowUtf8();
        String to = MailAddresses.forSmtp(address, utf8, "recipient", maxLocalPartLength);
        String from = MailAddresses.forSmtp(settings.from(), utf8, "sender", maxLocalPartLength);
        String replyTo = isBlank(settings.replyTo()) ? null : MailAddresses.forSmtp(settings.replyTo(), utf8, "reply-to", maxLocalPartLength);
        EmailAuthenticator authenticator = authenticator(settings);

        MailMessage mail = new MailMessage(from, settings.fromDisplayName(), replyTo, settings.replyToDisplayName(), to,
                subject, textBody, htmlBody);
        try {
            Session mailSession = connections.session(settings,
                    () -> Session.getInstance(settings.sessionProperties(from, trust(settings), sslProtocols)));
            MimeMessage message = mail.toMimeMessage(mailSession);
            connections.send(settings, mailSession, message, message.getAllRecipients(),
                    transport -> authenticator.connect(session, settings.config(), transport));
        } catch (Exception e) {
            LOG.errorf(e, "Failed to send email");
            throw new EmailException(SEND_FAILED, e);
        }
    }

    @Override
    public void validate(Map<String, String> config) throws EmailException {
        // static checks only, like Keycloak's sender: the admin's "Test connection" sends a real mail
        SmtpSettings settings = new SmtpSettings(config);
        MailAddresses.forSmtp(settings.from(), settings.allowUtf8(), "sender", maxLocalPartLength);
        if (!isBlank(settings.replyTo())) {
            MailAddresses.forSmtp(settings.replyTo(), settings.allowUtf8(), "reply-to", maxLocalPartLength);
        }
        authenticator(settings);
    }

    private EmailAuthenticator authenticator(SmtpSettings settings) throws EmailException {
        if (!settings.auth()) {
            return authenticators.get(EmailAuthenticator.AuthenticatorType.NONE);
        }
        String type = settings.config().getOrDefault("authType", "basic");
        try {
            return authenticators.get(EmailAuthenticator.AuthenticatorType.valueOf(type.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new EmailException("Unknown SMTP authentication type '" + type + "' (basic or token)");
        }
    }

    private SmtpSettings.TrustSettings trust(SmtpSettings settings) {
        if (!settings.needsTruststore()) {
            return null;
        }
        JSSETruststoreConfigurator configurator = new JSSETruststoreConfigurator(session);
        SSLSocketFactory factory = configurator.getSSLSocketFactory();
        if (factory == null) {
            return null;
        }
        return new SmtpSettings.TrustSettings(factory, configurator.getProvider().getPolicy() == HostnameVerificationPolicy.ANY);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public void close() {
    }
}
