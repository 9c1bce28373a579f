package dev.kontor.it;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserSessionRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forgot password as an attacker who has the mailbox but not the second factor (issue 12, rows 2–4):
 * the reset link leads to the user's second factor before a new password, enrols nothing, ends the
 * user's trusted browsers and sessions, and reset mails are limited however many requests come at once.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class ResetSecondFactorIT extends AbstractSecondFactorIT {

    private static final String NEW_PASSWORD = "Blume!Tor47";
    private static final String NUMBER = "900001"; // TestUsers' customer number
    private static final String SENT = "You should receive an email shortly";

    @Test
    void totpUserIsAskedForTheAuthenticatorCodeAndNoSecondOneIsEnrolled() throws Exception {
        ShopLogin shop = shop();
        String email = TestUsers.create(realm, "reset-totp", "en");
        requireAction(email, "CONFIGURE_TOTP");
        assertEquals(ShopLogin.Page.TOTP_SETUP, shop.signIn(email));
        String key = shop.completeTotpSetup();
        assertEquals(ShopLogin.Page.SHOP, shop.next());
        shop.endKeycloakSession();

        shop.requestReset(NUMBER, email);
        openLink(shop, email, 1);
        assertEquals(ShopLogin.Page.TOTP, shop.next(), "the reset link asks for the authenticator code");

        shop.enterTotp(Totp.code(Totp.base32(key), System.currentTimeMillis() / 30_000 - 100), null);
        assertEquals(ShopLogin.Page.TOTP, shop.next(), "a wrong code is refused");
        assertFalse(shop.errorText().isEmpty(), "and says so");

        long step = System.currentTimeMillis() / 30_000;
        shop.enterTotp(Totp.code(Totp.base32(key), step + 1 != shop.totpSetupStep() ? step + 1 : step), null);
        assertEquals(ShopLogin.Page.NEW_PASSWORD, shop.next());
        shop.setNewPassword(NEW_PASSWORD, true);
        assertEquals(ShopLogin.Page.SHOP, shop.next(), "no authenticator set-up on the way");
        assertEquals(200, portalStatus("me", shop.accessToken(http)),
                "the session the reset signs in with passed the second factor: its token opens the portal");

        assertEquals(1, TestUsers.credentialTypes(realm, email).stream().filter("otp"::equals).count(),
                "still exactly the one authenticator");
    }

    @Test
    void emailCodeUserGetsACodeMailedAndMustEnterIt() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop); // mail 1: the set-up code

        shop.requestReset(NUMBER, email);           // mail 2: the link
        openLink(shop, email, 2);
        new WebDriverWait(browser.driver(), BrowserLogin.TIMEOUT).until(d -> !d.findElements(By.id("code")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("password-new")).isEmpty(), "no new password before the code");
        assertTrue(browser.driver().findElements(By.id("kontor-trust-none")).isEmpty(), "a reset offers no browser trust");

        shop.enterEmailCode("000000".equals(MailCodes.awaitCode(mailServer, email, 3)) ? "111111" : "000000", null);
        assertFalse(shop.errorText().isEmpty(), "a wrong code is refused");
        assertTrue(browser.driver().findElements(By.id("password-new")).isEmpty());

        shop.enterEmailCode(MailCodes.awaitCode(mailServer, email, 3), null);
        assertEquals(ShopLogin.Page.NEW_PASSWORD, shop.next());
        shop.setNewPassword(NEW_PASSWORD, true);
        assertEquals(ShopLogin.Page.SHOP, shop.next());
        assertEquals(List.of("kontor-email-code"), TestUsers.credentialTypes(realm, email).stream()
                .filter(t -> !t.startsWith("password")).toList(), "nothing enrolled on the way");
    }

    @Test
    void resetEndsSavedBrowsersAndOtherSessionsEvenWhenTheBoxIsCleared() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);         // mail 1
        signInWithCode(shop, email, 2, "save");              // mail 2
        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.SHOP, shop.signIn(email), "the saved browser skips the code before the reset");
        var user = realm.admin().users().get(TestUsers.id(realm, email));
        Set<String> before = user.getUserSessions().stream().map(UserSessionRepresentation::getId).collect(Collectors.toSet());
        assertTrue(before.size() >= 2, "the set-up's and the sign-ins' sessions: " + before.size());

        shop.endKeycloakSession();                           // keeps the trust cookie
        shop.requestReset(NUMBER, email);                    // mail 3: the link
        openLink(shop, email, 3);
        shop.enterEmailCode(MailCodes.awaitCode(mailServer, email, 4), null);
        assertEquals(ShopLogin.Page.NEW_PASSWORD, shop.next());
        shop.setNewPassword(NEW_PASSWORD, false);
        assertEquals(ShopLogin.Page.SHOP, shop.next());

        List<UserSessionRepresentation> after = user.getUserSessions();
        assertEquals(1, after.size(), "only the session of the reset itself is left");
        assertFalse(before.contains(after.get(0).getId()));
        assertEquals(0, browsersSeenByAdmins(email).get("total").asInt(), "no saved browser is listed");

        shop.endKeycloakSession();
        assertEquals(1, shop.trustCookies().size(), "the browser still sends its old trust cookie");
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email, NEW_PASSWORD), "the old cookie no longer skips the code");
    }

    @Test
    void userInRolloutScopeMeetsTheSetUpAfterTheReset() throws Exception {
        ShopLogin shop = shop();
        String email = TestUsers.create(realm, "reset-rollout", "en");
        GroupRepresentation group = realm.admin().groups().groups("2fa-required", 0, 1).get(0);
        realm.admin().users().get(TestUsers.id(realm, email)).joinGroup(group.getId());

        shop.requestReset(NUMBER, email);
        openLink(shop, email, 1);
        assertEquals(ShopLogin.Page.NEW_PASSWORD, shop.next(), "no second factor yet: nothing to ask");
        shop.setNewPassword(NEW_PASSWORD, true);
        assertEquals(ShopLogin.Page.CHOOSE_SECOND_FACTOR, shop.next(), "the rollout's set-up, as at sign-in");
    }

    @Test
    void twentyParallelRequestsMailOnceAndAnswerAlike() throws Exception {
        String email = TestUsers.create(realm, "reset-flood", "en");
        int parallel = 20;
        List<FormBrowser> sessions = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            sessions.add(new FormBrowser(realmUrl()).openReset());
        }
        List<String> pages = new ArrayList<>();
        for (HttpResponse<String> answer : FormBrowser.postAtOnce(sessions, i -> Map.of("kontorCustomerNumber", NUMBER, "username", email))) {
            assertEquals(200, answer.statusCode(), answer.body());
            pages.add(FormBrowser.visibleText(answer.body()));
        }

        Thread.sleep(1_000); // mails are sent inside the requests; this only lets GreenMail settle
        assertEquals(1, mailsTo(email), "1 reset mail a minute per user, whatever arrives at once");
        assertEquals(1, pages.stream().distinct().count(), "every answer is the same page: " + pages.stream().distinct().toList());
        assertTrue(pages.get(0).contains(SENT), pages.get(0));
        String unknown = requestOverHttp(NUMBER, "nobody-" + System.nanoTime() + "@example.com");
        assertEquals(pages.get(0), unknown, "the same page as for an address nobody has");

        List<EventRepresentation> limited = realm.admin().getEvents(List.of("SEND_RESET_PASSWORD_ERROR"), null,
                        TestUsers.id(realm, email), null, null, null, 0, 100).stream()
                .filter(e -> "reset_mail_limited".equals(e.getError())).toList();
        assertEquals(parallel - 1, limited.size(), "the other requests were counted and refused");
    }

    @Test
    void failingMailServerAnswersWithTheSamePage() throws Exception {
        String email = TestUsers.create(realm, "reset-smtp", "en");
        String normal = requestOverHttp(NUMBER, "nobody-" + System.nanoTime() + "@example.com");
        RealmRepresentation before = realm.admin().toRepresentation();
        Map<String, String> smtp = before.getSmtpServer();
        RealmRepresentation broken = new RealmRepresentation();
        broken.setSmtpServer(new java.util.HashMap<>(smtp));
        broken.getSmtpServer().put("port", "9"); // discard: nobody listens there
        realm.admin().update(broken);
        try {
            assertEquals(normal, requestOverHttp(NUMBER, email), "no error page, nothing that tells the address is known");
        } finally {
            RealmRepresentation restored = new RealmRepresentation();
            restored.setSmtpServer(smtp);
            realm.admin().update(restored);
        }
        assertEquals(0, mailsTo(email));
    }

    private String requestOverHttp(String number, String email) throws Exception {
        HttpResponse<String> response = new FormBrowser(realmUrl()).openReset()
                .post(Map.of("kontorCustomerNumber", number, "username", email));
        assertEquals(200, response.statusCode());
        return FormBrowser.visibleText(response.body());
    }

    /** Opens the reset link of mail number {@code mailNumber} in the shop's browser. */
    private void openLink(ShopLogin shop, String email, int mailNumber) throws Exception {
        String link = MailCodes.awaitLink(mailServer, email, mailNumber);
        browser.driver().navigate().to(link);
        List<WebElement> proceed = browser.driver().findElements(By.cssSelector("a[href*='action-token']"));
        if (!proceed.isEmpty()) {
            WebElement next = proceed.get(0);
            next.click();
            new WebDriverWait(browser.driver(), BrowserLogin.TIMEOUT).until(ExpectedConditions.stalenessOf(next));
        }
    }
}
