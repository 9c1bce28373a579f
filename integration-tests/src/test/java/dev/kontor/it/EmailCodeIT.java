package dev.kontor.it;

import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The email-code second factor (2FA-1, 2FA-2): set-up, login, wrong codes, resend limits.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class EmailCodeIT extends AbstractSecondFactorIT {

    @Test
    void enrolledCustomerIsAskedForTheCodeFromTheMail() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        assertTrue(TestUsers.credentialTypes(realm, email).contains("kontor-email-code"));

        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email));
        shop.enterEmailCode(MailCodes.awaitCode(mailServer, email, 2), "none");

        assertEquals(ShopLogin.Page.SHOP, shop.next());
    }

    @Test
    void germanCustomerGetsGermanPagesAndMail() throws Exception {
        ShopLogin shop = shop();
        String email = TestUsers.create(realm, "deutsch", "de");
        requireAction(email, EMAIL_CODE_SETUP);
        assertEquals(ShopLogin.Page.EMAIL_CODE_SETUP, shop.signIn(email));
        assertTrue(bodyText().contains("Anmeldecodes per E-Mail einrichten"), bodyText());

        MailCodes.awaitCode(mailServer, email, 1);
        jakarta.mail.internet.MimeMessage mail = MailCodes.to(mailServer, email).get(0);
        assertEquals("Ihr Kontor-Sicherheitscode", mail.getSubject());
        assertTrue(MailCodes.text(mail).contains("Ihr Kontor-Kundenservice"));
        // sent by Kontor's sender (dev.kontor.mail), which the IT server selects (KontorServerConfig: --spi-email-sender--provider)
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted")[0]);
    }

    private String bodyText() {
        return browser.driver().findElement(org.openqa.selenium.By.tagName("body")).getText();
    }

    @Test
    void customerWithoutSecondFactorGoesStraightThrough() {
        String email = TestUsers.create(realm, "plain", "en");
        assertEquals(ShopLogin.Page.SHOP, shop().signIn(email));
        assertEquals(0, mailsTo(email));
    }

    @Test
    void reloadingTheCodePageSendsNoNewMail() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email));
        String code = MailCodes.awaitCode(mailServer, email, 2);

        browser.driver().navigate().refresh();
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.next());
        Thread.sleep(1000);

        assertEquals(2, mailsTo(email), "set-up mail and one login mail, no more");
        shop.enterEmailCode(code, "none");
        assertEquals(ShopLogin.Page.SHOP, shop.next());
    }

    @Test
    void tooManyWrongCodesVoidTheCode() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email));
        String code = MailCodes.awaitCode(mailServer, email, 2);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 5; attempt++) {
            shop.enterEmailCode(wrong, "none");
            assertEquals(ShopLogin.Page.EMAIL_CODE, shop.next(), "attempt " + attempt);
        }
        assertNotEquals("", shop.errorText());

        shop.enterEmailCode(code, "none");
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.next(), "the right code no longer works once voided");
        assertEquals(2, mailsTo(email), "wrong codes never trigger a mail by themselves");
    }

    @Test
    void resendIsRefusedDuringTheCoolDown() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email));
        MailCodes.awaitCode(mailServer, email, 2);

        shop.submit(org.openqa.selenium.By.id("kontor-resend"));
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.next());
        Thread.sleep(1000);

        assertEquals(2, mailsTo(email), "a resend within the cool-down sends nothing");
        assertNotEquals("", shop.errorText(), "the page says why");
    }
}
