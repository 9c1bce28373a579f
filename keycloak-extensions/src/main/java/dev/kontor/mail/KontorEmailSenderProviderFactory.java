package dev.kontor.mail;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.keycloak.Config;
import org.keycloak.email.DefaultEmailAuthenticator;
import org.keycloak.email.EmailAuthenticator;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.email.EmailSenderProviderFactory;
import org.keycloak.email.PasswordAuthEmailAuthenticator;
import org.keycloak.email.TokenAuthEmailAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.utils.EmailValidationUtil;

import org.jboss.logging.Logger;

/**
 * Registers {@value #PROVIDER_ID} as an email sender, opt-in: installing the jar leaves Keycloak's
 * "default" sender the server's sender (this factory keeps the default {@code order()} of 0, which
 * Keycloak does not count when it picks a default provider). The build option
 * {@code --spi-email-sender--provider=kontor-smtp} ({@code KC_SPI_EMAIL_SENDER__PROVIDER}) selects it,
 * as Kontor's own {@code ./kontor run}, bench, compose file and integration tests do. Options:
 * {@code --spi-email-sender--kontor-smtp--idle-seconds} (how long an SMTP connection may idle for
 * reuse, 0 = a new connection per mail) and {@code --spi-email-sender--kontor-smtp--max-idle}
 * (idle connections kept per SMTP configuration).
 */
public class KontorEmailSenderProviderFactory implements EmailSenderProviderFactory {

    public static final String PROVIDER_ID = "kontor-smtp";
    static final int DEFAULT_IDLE_SECONDS = 30;
    static final int DEFAULT_MAX_IDLE = 4;
    private static final Logger LOG = Logger.getLogger(KontorEmailSenderProviderFactory.class);

    private final Map<EmailAuthenticator.AuthenticatorType, EmailAuthenticator> authenticators =
            new EnumMap<>(EmailAuthenticator.AuthenticatorType.class);
    private SmtpConnections connections;
    private String sslProtocols;
    private int maxLocalPartLength;

    @Override
    public EmailSenderProvider create(KeycloakSession session) {
        return new KontorEmailSenderProvider(session, connections, authenticators, sslProtocols, maxLocalPartLength);
    }

    @Override
    public void init(Config.Scope config) {
        int idleSeconds = Math.max(0, config.getInt("idleSeconds", DEFAULT_IDLE_SECONDS));
        int maxIdle = Math.max(0, config.getInt("maxIdle", DEFAULT_MAX_IDLE));
        connections = new SmtpConnections(idleSeconds * 1000L, maxIdle, System::currentTimeMillis);
        authenticators.put(EmailAuthenticator.AuthenticatorType.NONE, new DefaultEmailAuthenticator());
        authenticators.put(EmailAuthenticator.AuthenticatorType.BASIC, new PasswordAuthEmailAuthenticator());
        authenticators.put(EmailAuthenticator.AuthenticatorType.TOKEN, new TokenAuthEmailAuthenticator());
        sslProtocols = supportedSslProtocols();
        // the same setting Keycloak's address check reads (on every call)
        maxLocalPartLength = Config.scope("user-profile", "declarative-user-profile")
                .getInt(EmailValidationUtil.MAX_EMAIL_LOCAL_PART_LENGTH, EmailValidationUtil.MAX_LOCAL_PART_LENGTH);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
        if (connections != null) {
            connections.close();
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("idleSeconds").type("int").defaultValue(DEFAULT_IDLE_SECONDS)
                .helpText("Seconds an SMTP connection may stay idle for reuse by the next mail; 0 opens a new connection per mail.")
                .add()
                .property().name("maxIdle").type("int").defaultValue(DEFAULT_MAX_IDLE)
                .helpText("Idle SMTP connections kept per SMTP configuration.")
                .add()
                .build();
    }

    private static String supportedSslProtocols() {
        try {
            return String.join(" ", SSLContext.getDefault().getSupportedSSLParameters().getProtocols());
        } catch (Exception e) {
            LOG.warn("Could not read the JVM's supported TLS protocols", e);
            return null;
        }
    }
}
