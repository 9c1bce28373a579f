package dev.kontor.it;

import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kontor pages of the account console (issue 6) in headless Chromium against the real server:
 * two-factor set-up, switch and disable through Keycloak's application-initiated actions (removal
 * always with a fresh sign-in, see {@link TwoFactorConsoleIT}), saved
 * browsers, the overview, the translations, and screenshots of every page at desktop and phone
 * width. The commerce pages with real orders, returns, invoices and addresses are in
 * {@link AccountCommercePagesIT}.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class AccountConsolePagesIT extends AbstractSecondFactorIT {

    private static final By TWO_FACTOR = By.cssSelector("[data-testid='kontor-2fa-current']");

    @Test
    void emailCodeIsSetUpAndTurnedOffOnTheTwoFactorPage() throws Exception {
        String email = TestUsers.create(realm, "console-2fa", "en");
        WebDriver driver = openConsole("two-factor", email);
        awaitMethod(driver, "none");
        screenshot(driver, "two-factor-off");

        click(driver, "kontor-setup-kontor-email-code");
        ShopLogin keycloak = new ShopLogin(driver, realmUrl());
        assertEquals(ShopLogin.Page.EMAIL_CODE_SETUP, keycloak.next(), "Keycloak's set-up page for the email code");
        keycloak.enterEmailCode(MailCodes.awaitCode(mailServer, email, 1), null);

        awaitMethod(driver, "kontor-email-code");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "Your change was saved."));
        driver.navigate().refresh();
        awaitMethod(driver, "kontor-email-code");
        assertTrue(text(driver, TWO_FACTOR).contains("Email code"), text(driver, TWO_FACTOR));
        assertTrue(TestUsers.credentialTypes(realm, email).contains("kontor-email-code"));
        screenshot(driver, "two-factor-email-code");

        // Turning it off is Keycloak's delete_credential action: password and code again first.
        click(driver, "kontor-disable");
        click(driver, "kontor-disable-dialog-confirm");
        assertEquals(ShopLogin.Page.EMAIL_CODE, keycloak.reauthenticate(TestUsers.PASSWORD));
        keycloak.enterEmailCode(MailCodes.awaitCode(mailServer, email, 2), null);
        keycloak.confirmCredentialRemoval();
        awaitMethod(driver, "none");
        driver.navigate().refresh();
        awaitMethod(driver, "none");
        assertFalse(TestUsers.credentialTypes(realm, email).contains("kontor-email-code"));
    }

    @Test
    void switchingFromEmailCodeToTheAppReplacesTheMethod() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        WebDriver driver = browser.driver();
        driver.navigate().to(realmUrl() + "/account/two-factor");
        BrowserLogin.submitCredentials(driver, email, TestUsers.PASSWORD);
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.next());
        shop.enterEmailCode(MailCodes.awaitCode(mailServer, email, 2), "none");
        awaitMethod(driver, "kontor-email-code");

        click(driver, "kontor-switch");
        assertEquals(ShopLogin.Page.TOTP_SETUP, shop.next(), "Keycloak's own authenticator-app set-up");
        String key = shop.completeTotpSetup();

        // Removing the old method is Keycloak's delete_credential action: password and a second factor again.
        ShopLogin.Page factor = shop.reauthenticate(TestUsers.PASSWORD);
        if (factor == ShopLogin.Page.TOTP) {
            long step = System.currentTimeMillis() / 30_000;
            shop.enterTotp(Totp.code(Totp.base32(key), step + 1 != shop.totpSetupStep() ? step + 1 : step), null);
        } else {
            assertEquals(ShopLogin.Page.EMAIL_CODE, factor);
            shop.enterEmailCode(MailCodes.awaitCode(mailServer, email, 3), null);
        }
        shop.confirmCredentialRemoval();

        awaitMethod(driver, "otp");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> !TestUsers.credentialTypes(realm, email).contains("kontor-email-code"));
        driver.navigate().refresh();
        awaitMethod(driver, "otp");
        assertTrue(TestUsers.credentialTypes(realm, email).contains("otp"));
    }

    @Test
    void savedBrowsersAreListedAndDeleteAllAsksForTheCodeAgain() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        signInWithCode(shop, email, 2, "save");

        WebDriver driver = browser.driver();
        driver.navigate().to(realmUrl() + "/account/two-factor");
        By rows = By.cssSelector("[data-testid='kontor-saved-browser']");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.numberOfElementsToBe(rows, 1));
        WebElement row = driver.findElement(rows);
        assertEquals("true", row.getAttribute("data-current"), "the browser of this session is marked");
        assertTrue(row.getText().contains("This browser"), row.getText());
        assertTrue(row.getText().contains("Chrome"), "browser name from the user agent: " + row.getText());
        screenshot(driver, "two-factor-saved-browsers");

        click(driver, "kontor-saved-browsers-delete-all");
        click(driver, "kontor-delete-all-dialog-confirm");
        awaitTestId(driver, "kontor-saved-browsers-empty");
        driver.navigate().refresh();
        awaitTestId(driver, "kontor-saved-browsers-empty");

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email), "after delete-all the next login asks for a code");
    }

    @Test
    void overviewShowsTheCustomerAndEveryPageHasScreenshots() throws Exception {
        String email = TestUsers.create(realm, "console-overview", "en");
        WebDriver driver = openConsole("", email);
        awaitTestId(driver, "kontor-customer-number");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid='kontor-customer-number']"), "900001"));
        assertEquals("Test Customer", text(driver, By.cssSelector("[data-testid='kontor-name']")));
        assertEquals(email, text(driver, By.cssSelector("[data-testid='kontor-email']")));
        WebElement status = awaitTestId(driver, "kontor-overview-2fa-status");
        assertEquals("none", status.getAttribute("data-method"));
        assertTrue(driver.findElements(By.cssSelector("[data-testid='kontor-overview-orders-error']")).isEmpty(),
                "missing or empty commerce data is not an error");

        List<String> pages = List.of("", "personal-info", "two-factor", "account-security/signing-in",
                "addresses", "orders", "returns", "invoices");
        try {
            for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
                driver.manage().window().setSize(new Dimension(size[0], size[1]));
                for (String page : pages) {
                    driver.navigate().to(realmUrl() + "/account/" + page);
                    awaitSettled(driver);
                    screenshot(driver, "console-" + (page.isEmpty() ? "overview" : page.replace('/', '-')) + "-" + size[0]);
                }
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void germanCustomerSeesGermanPages() throws Exception {
        assertTranslated("de", "Zwei-Faktor-Authentifizierung", "Gespeicherte Browser", "Bestellungen");
    }

    @Test
    void italianCustomerSeesItalianPages() throws Exception {
        assertTranslated("it", "Autenticazione a due fattori", "Browser salvati", "Ordini");
    }

    @Test
    void dutchCustomerSeesDutchPages() throws Exception {
        assertTranslated("nl", "Tweestapsverificatie", "Opgeslagen browsers", "Bestellingen");
    }

    private void assertTranslated(String locale, String heading, String savedBrowsers, String navOrders) throws IOException {
        String email = TestUsers.create(realm, "console-" + locale, locale);
        WebDriver driver = openConsole("two-factor", email);
        awaitMethod(driver, "none");
        awaitSettled(driver);
        assertEquals(heading, text(driver, By.cssSelector("h1[data-testid='page-heading']")));
        String body = driver.findElement(By.tagName("body")).getText();
        assertTrue(body.contains(savedBrowsers), body);
        assertTrue(driver.findElement(By.cssSelector("[data-testid='kontor-nav']")).getText().contains(navOrders), body);
        assertFalse(body.matches("(?s).*\\bkontor[A-Z][A-Za-z.]+.*"), "no untranslated message keys: " + body);
        screenshot(driver, "console-two-factor-" + locale);
    }

    /** Signs a customer in through the console's own login and opens a page of it. */
    private WebDriver openConsole(String page, String email) {
        WebDriver driver = browser.driver();
        BrowserLogin.forgetSessions(driver, realmUrl());
        driver.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
        driver.navigate().to(realmUrl() + "/account/" + page);
        BrowserLogin.submitCredentials(driver, email, TestUsers.PASSWORD);
        return driver;
    }

    private static void awaitMethod(WebDriver driver, String method) {
        try {
            new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> {
                List<WebElement> cards = d.findElements(TWO_FACTOR);
                return !cards.isEmpty() && method.equals(cards.get(0).getAttribute("data-method"));
            });
        } catch (TimeoutException e) {
            throw new AssertionError("expected method " + method + " at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static WebElement awaitTestId(WebDriver driver, String testId) {
        return new WebDriverWait(driver, BrowserLogin.TIMEOUT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='" + testId + "']")));
    }

    /** The page heading is there and nothing is loading any more. */
    private static void awaitSettled(WebDriver driver) {
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d ->
                !d.findElements(By.cssSelector("h1[data-testid='page-heading']")).isEmpty()
                        && d.findElements(By.cssSelector("[data-testid$='-loading'], .pf-v5-c-skeleton, .pf-v5-c-spinner")).isEmpty());
    }

    private static void click(WebDriver driver, String testId) {
        new WebDriverWait(driver, BrowserLogin.TIMEOUT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='" + testId + "']"))).click();
    }

    private static String text(WebDriver driver, By by) {
        return driver.findElement(by).getText().trim();
    }

    /** Kept as build artefacts under target/screenshots for people to look at. */
    private static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
