package dev.kontor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keycloak.email.DefaultEmailSenderProviderFactory;

class KontorEmailSenderProviderFactoryTest {

    /**
     * Keycloak picks as default provider an explicitly configured one, else the highest order above 0,
     * else the one with id "default": with order 0, a server that installs the jar keeps Keycloak's sender.
     */
    @Test
    void isOptInAndDoesNotOutrankKeycloaksSender() {
        KontorEmailSenderProviderFactory kontor = new KontorEmailSenderProviderFactory();

        assertTrue(kontor.order() <= 0, "order " + kontor.order() + " would make kontor-smtp every realm's sender");
        assertTrue(kontor.order() <= new DefaultEmailSenderProviderFactory().order());
        assertEquals("kontor-smtp", kontor.getId(), "the id ./kontor, compose and the ITs select");
    }
}
