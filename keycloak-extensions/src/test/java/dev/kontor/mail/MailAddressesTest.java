package dev.kontor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keycloak.email.EmailException;

class MailAddressesTest {

    @Test
    void internationalDomainBecomesPunycode() throws EmailException {
        assertEquals("anna@xn--mller-kva.de", MailAddresses.forSmtp("anna@müller.de", false, "recipient", 64));
    }

    @Test
    void utf8LocalPartNeedsSmtpUtf8() throws EmailException {
        EmailException e = assertThrows(EmailException.class, () -> MailAddresses.forSmtp("jürgen@example.de", false, "recipient", 64));
        assertTrue(e.getMessage().contains("Allow UTF-8"), e.getMessage());
        assertEquals("jürgen@example.de", MailAddresses.forSmtp("jürgen@example.de", true, "recipient", 64));
    }

    @Test
    void invalidOrMissingAddressesAreRefusedWithTheirRole() {
        assertTrue(assertThrows(EmailException.class, () -> MailAddresses.forSmtp("not an address", false, "sender", 64))
                .getMessage().contains("sender"));
        assertTrue(assertThrows(EmailException.class, () -> MailAddresses.forSmtp(null, false, "sender", 64))
                .getMessage().contains("No sender address"));
    }
}
