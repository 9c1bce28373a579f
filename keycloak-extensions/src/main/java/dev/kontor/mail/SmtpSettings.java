package dev.kontor.mail;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import javax.net.ssl.SSLSocketFactory;

/**
 * The realm's SMTP settings (the "Email" tab of the admin console, {@code RealmModel#getSmtpConfig()}),
 * read with the meaning Keycloak gives them, and turned into Jakarta Mail session properties.
 */
record SmtpSettings(Map<String, String> config) {

    static final String DEFAULT_TIMEOUT_MILLIS = "10000";

    SmtpSettings {
        // A sorted copy: equal settings make equal keys for the session and connection cache.
        config = java.util.Collections.unmodifiableMap(new TreeMap<>(config));
    }

    boolean ssl() {
        return isTrue("ssl");
    }

    boolean starttls() {
        return isTrue("starttls");
    }

    boolean auth() {
        return isTrue("auth");
    }

    /** OAuth2 client-credentials token instead of a password (Keycloak's "token" auth type). */
    boolean tokenAuth() {
        return "token".equals(config.get("authType"));
    }

    boolean allowUtf8() {
        return isTrue("allowutf8");
    }

    String from() {
        return config.get("from");
    }

    String fromDisplayName() {
        return config.get("fromDisplayName");
    }

    String replyTo() {
        return config.get("replyTo");
    }

    String replyToDisplayName() {
        return config.get("replyToDisplayName");
    }

    /** TLS is in play (and with it the truststore): SSL, STARTTLS, or credentials on the wire. */
    boolean needsTruststore() {
        return ssl() || starttls() || auth();
    }

    /**
     * Session properties for the settings. {@code trust} is the server truststore's socket factory
     * (null: the JVM default); {@code sslProtocols} the protocols this JVM supports.
     */
    Properties sessionProperties(String fromAddress, TrustSettings trust, String sslProtocols) {
        Properties props = new Properties();
        putIfPresent(props, "mail.smtp.host", config.get("host"));
        putIfPresent(props, "mail.smtp.port", config.get("port"));
        if (auth()) {
            props.setProperty("mail.smtp.auth", "true");
        }
        if (tokenAuth()) {
            props.setProperty("mail.smtp.auth.mechanisms", "XOAUTH2");
        }
        if (isTrue("debug")) {
            props.setProperty("mail.debug", "true");
        }
        if (ssl()) {
            props.setProperty("mail.smtp.ssl.enable", "true");
        }
        if (starttls()) {
            // "Enable StartTLS" in the realm means TLS or no mail: without .required, Jakarta Mail
            // silently sends in clear text (and the password, if any) to a server that does not
            // offer STARTTLS, or to anyone in the middle who strips the offer.
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
        }
        if (needsTruststore()) {
            putIfPresent(props, "mail.smtp.ssl.protocols", sslProtocols);
            if (trust != null && trust.socketFactory() != null) {
                props.put("mail.smtp.ssl.socketFactory", trust.socketFactory());
                if (trust.anyHostname()) {
                    props.setProperty("mail.smtp.ssl.trust", "*");
                    props.setProperty("mail.smtp.ssl.checkserveridentity", "false");
                } else {
                    props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
                }
            }
        }
        props.setProperty("mail.smtp.timeout", config.getOrDefault("timeout", DEFAULT_TIMEOUT_MILLIS));
        props.setProperty("mail.smtp.connectiontimeout", config.getOrDefault("connectionTimeout", DEFAULT_TIMEOUT_MILLIS));
        props.setProperty("mail.smtp.writetimeout", config.getOrDefault("writeTimeout", DEFAULT_TIMEOUT_MILLIS));
        String envelopeFrom = config.get("envelopeFrom");
        if (envelopeFrom != null && !envelopeFrom.isBlank()) {
            props.setProperty("mail.smtp.from", envelopeFrom);
        }
        if (allowUtf8()) {
            props.setProperty("mail.mime.allowutf8", "true");
        }
        // Without mail.from, Jakarta Mail would look up the canonical host name: slow, and it leaks it.
        props.setProperty("mail.from", fromAddress);
        return props;
    }

    private boolean isTrue(String key) {
        return "true".equals(config.get(key));
    }

    private static void putIfPresent(Properties props, String key, String value) {
        if (value != null) {
            props.setProperty(key, value);
        }
    }

    /** The server truststore as Jakarta Mail needs it. */
    record TrustSettings(SSLSocketFactory socketFactory, boolean anyHostname) {
    }
}
