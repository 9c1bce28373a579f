package dev.kontor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void plainServerGetsHostPortTimeoutsAndSender() {
        Properties props = new SmtpSettings(Map.of("host", "mail.local", "port", "2525", "from", "a@kontor.dev"))
                .sessionProperties("a@kontor.dev", null, "TLSv1.3");

        assertEquals("mail.local", props.getProperty("mail.smtp.host"));
        assertEquals("2525", props.getProperty("mail.smtp.port"));
        assertEquals("10000", props.getProperty("mail.smtp.timeout"));
        assertEquals("10000", props.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("10000", props.getProperty("mail.smtp.writetimeout"));
        assertEquals("a@kontor.dev", props.getProperty("mail.from"));
        assertNull(props.getProperty("mail.smtp.auth"));
        assertNull(props.getProperty("mail.smtp.ssl.protocols"), "no TLS, no protocol list");
    }

    @Test
    void tlsAuthTokenUtf8AndEnvelopeSettingsAreMapped() {
        Map<String, String> config = new HashMap<>();
        config.put("host", "smtp.example.com");
        config.put("ssl", "true");
        config.put("starttls", "true");
        config.put("auth", "true");
        config.put("authType", "token");
        config.put("allowutf8", "true");
        config.put("envelopeFrom", "bounces@kontor.dev");
        config.put("timeout", "5000");
        Properties props = new SmtpSettings(config).sessionProperties("a@kontor.dev", null, "TLSv1.2 TLSv1.3");

        assertEquals("true", props.getProperty("mail.smtp.ssl.enable"));
        assertEquals("true", props.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", props.getProperty("mail.smtp.starttls.required"), "no silent downgrade to clear text");
        assertEquals("true", props.getProperty("mail.smtp.auth"));
        assertEquals("XOAUTH2", props.getProperty("mail.smtp.auth.mechanisms"));
        assertEquals("true", props.getProperty("mail.mime.allowutf8"));
        assertEquals("bounces@kontor.dev", props.getProperty("mail.smtp.from"));
        assertEquals("5000", props.getProperty("mail.smtp.timeout"));
        assertEquals("TLSv1.2 TLSv1.3", props.getProperty("mail.smtp.ssl.protocols"));
    }

    @Test
    void equalSettingsAreEqualCacheKeysWhateverTheMapType() {
        Map<String, String> a = new HashMap<>(Map.of("host", "h", "port", "25", "from", "a@b.c"));
        assertEquals(new SmtpSettings(a), new SmtpSettings(Map.of("port", "25", "from", "a@b.c", "host", "h")));
        a.put("password", "changed");
        assertFalse(new SmtpSettings(a).equals(new SmtpSettings(Map.of("port", "25", "from", "a@b.c", "host", "h"))));
    }
}
