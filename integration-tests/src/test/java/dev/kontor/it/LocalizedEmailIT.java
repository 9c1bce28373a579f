package dev.kontor.it;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mails leave the realm through SMTP into GreenMail, rendered by the {@code kontor} email theme
 * in the recipient's own locale.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class LocalizedEmailIT extends AbstractKontorIT {

    @Test
    void germanCustomerGetsGermanKontorMail() throws Exception {
        MimeMessage mail = sendUpdatePasswordMail(KontorRealm.ANNA);

        assertEquals("Kontor-Konto aktualisieren", mail.getSubject());
        String body = MailCodes.text(mail);
        assertTrue(body.contains("Ihr Kontor-Kundenservice"), body);
        assertTrue(body.contains("/realms/kontor/login-actions/action-token?key="), "mail holds the action link");
    }

    @Test
    void englishCustomerGetsEnglishKontorMail() throws Exception {
        MimeMessage mail = sendUpdatePasswordMail(KontorRealm.JOHN);

        assertEquals("Update your Kontor account", mail.getSubject());
        assertTrue(MailCodes.text(mail).contains("Your Kontor customer service"));
    }

    private MimeMessage sendUpdatePasswordMail(KontorRealm.DemoUser user) throws MessagingException {
        int before = mailServer.getReceivedMessages().length;
        realm.admin().users().get(userId(user)).executeActionsEmail(List.of("UPDATE_PASSWORD"));
        assertTrue(mailServer.waitForIncomingEmail(before + 1), "no mail arrived");

        MimeMessage mail = Arrays.stream(mailServer.getReceivedMessages())
                .skip(before)
                .filter(m -> MailCodes.recipient(m).equalsIgnoreCase(user.email()))
                .findFirst().orElse(null);
        assertNotNull(mail, "mail to " + user.email());
        return mail;
    }
}
