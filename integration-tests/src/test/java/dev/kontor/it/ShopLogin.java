package dev.kontor.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/**
 * A customer signing in to the shop ({@code kontor-shop}, PKCE) step by step, so tests can stop at
 * each page: password, code, set-up. Ending the Keycloak session keeps the browser's Kontor trust
 * cookies, the way closing and reopening a browser would.
 */
final class ShopLogin {

    static final String TRUST_COOKIE_PREFIX = "KONTOR_TRUST";

    private final WebDriver driver;
    private final String realmUrl;
    private String verifier;

    ShopLogin(WebDriver driver, String realmUrl) {
        this.driver = driver;
        this.realmUrl = realmUrl;
        // Page detection looks for elements that are absent on most pages: never wait for them.
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** Opens the shop's login and submits email + password; returns what the browser shows next. */
    Page signIn(String email) {
        return signIn(email, TestUsers.PASSWORD);
    }

    Page signIn(String email, String password) {
        openLogin();
        BrowserLogin.submitCredentials(driver, email, password);
        return next();
    }

    /** "Forgot password?" on the shop's login page, with customer number and email. */
    void requestReset(String customerNumber, String email) {
        openLogin();
        WebDriverWait wait = new WebDriverWait(driver, BrowserLogin.TIMEOUT);
        WebElement forgot = wait.until(d -> d.findElement(By.cssSelector("a[href*='reset-credentials']")));
        forgot.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-reset-password-form")));
        type(By.id("kontorCustomerNumber"), customerNumber);
        type(By.id("username"), email);
        submit(By.cssSelector("#kc-reset-password-form [type=submit]"));
    }

    /**
     * On the new-password page: types the password twice and saves it. With {@code signOutOthers}
     * false the "sign out from other devices" box is cleared, as a customer may do.
     */
    void setNewPassword(String password, boolean signOutOthers) {
        type(By.id("password-new"), password);
        type(By.id("password-confirm"), password);
        for (WebElement box : driver.findElements(By.id("logout-sessions"))) {
            if (box.isSelected() != signOutOthers) {
                box.click();
            }
        }
        submit(By.id("kc-submit"));
    }

    private void openLogin() {
        verifier = PkceTokens.randomUrlSafe(48);
        driver.navigate().to(realmUrl + "/protocol/openid-connect/auth?client_id=" + KontorRealm.SHOP_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + KontorRealm.SHOP_REDIRECT
                + "&code_challenge=" + PkceTokens.challenge(verifier) + "&code_challenge_method=S256");
    }

    /** Waits for the next page after a submit and says which one it is. */
    Page next() {
        try {
            return new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> Page.of(d));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No known login page at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    void enterEmailCode(String code, String trustChoice) {
        type(By.id("code"), code);
        chooseTrust(trustChoice);
        submit(By.id("kc-login"));
    }

    void enterTotp(String code, String trustChoice) {
        type(By.id("otp"), code);
        chooseTrust(trustChoice);
        submit(By.id("kc-login"));
    }

    /**
     * Keycloak's re-authentication before an application-initiated action: the user is known, so
     * the page asks for the password only. Returns what comes next.
     */
    Page reauthenticate(String password) {
        WebElement field = new WebDriverWait(driver, BrowserLogin.TIMEOUT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        field.sendKeys(password);
        submit(By.id("kc-login"));
        return next();
    }

    /** Keycloak's "delete credential?" page of the delete_credential action: yes. */
    void confirmCredentialRemoval() {
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.elementToBeClickable(By.id("kc-accept")));
        submit(By.id("kc-accept"));
    }

    /** Clicks a submit button and waits until the page it was on is gone. */
    void submit(By button) {
        WebElement element = driver.findElement(button);
        element.click();
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.stalenessOf(element));
    }

    /** On Keycloak's own TOTP set-up page: switch to the manual key, read it, answer with a code. */
    String completeTotpSetup() {
        driver.findElement(By.id("mode-manual")).click();
        String key = new WebDriverWait(driver, BrowserLogin.TIMEOUT)
                .until(d -> d.findElement(By.id("kc-totp-secret-key"))).getText();
        totpSetupStep = System.currentTimeMillis() / 30_000 + 1;
        type(By.id("totp"), Totp.code(Totp.base32(key), totpSetupStep));
        submit(By.id("saveTOTPBtn"));
        return key;
    }

    /** The time step whose code completed the last TOTP set-up: Keycloak refuses that code once more. */
    long totpSetupStep() {
        return totpSetupStep;
    }

    private long totpSetupStep;

    void chooseTrust(String choice) {
        if (choice != null) {
            driver.findElement(By.id("kontor-trust-" + choice)).click();
        }
    }

    String errorText() {
        List<WebElement> errors = driver.findElements(By.cssSelector(".pf-v5-c-alert, .pf-v5-c-helper-text__item-text, #input-error-otp-code, #input-error-code"));
        return errors.stream().map(WebElement::getText).reduce("", (a, b) -> a + " " + b).trim();
    }

    /** Forgets the Keycloak SSO session but keeps Kontor's trust cookies. */
    void endKeycloakSession() {
        driver.navigate().to(realmUrl + "/.well-known/openid-configuration");
        for (Cookie cookie : driver.manage().getCookies()) {
            if (!cookie.getName().startsWith(TRUST_COOKIE_PREFIX)) {
                driver.manage().deleteCookie(cookie);
            }
        }
    }

    List<Cookie> trustCookies() {
        driver.navigate().to(realmUrl + "/.well-known/openid-configuration");
        return driver.manage().getCookies().stream().filter(c -> c.getName().startsWith(TRUST_COOKIE_PREFIX)).toList();
    }

    /** Exchanges the code the shop received for tokens, as the shop's back end would. */
    String accessToken(HttpClient http) throws Exception {
        return PkceTokens.exchange(http, realmUrl, KontorRealm.SHOP_CLIENT, KontorRealm.SHOP_REDIRECT, verifier,
                driver.getCurrentUrl());
    }

    private void type(By field, String text) {
        WebElement input = new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> d.findElement(field));
        input.clear();
        input.sendKeys(text);
    }

    /** The pages a login can stop at. */
    enum Page {
        SHOP, PASSWORD, NEW_PASSWORD, EMAIL_CODE, EMAIL_CODE_SETUP, TOTP, TOTP_SETUP, CHOOSE_SECOND_FACTOR;

        static Page of(WebDriver driver) {
            String url = driver.getCurrentUrl();
            if (url.startsWith(KontorRealm.SHOP_REDIRECT)) {
                return SHOP;
            }
            if (present(driver, "kontor-second-factor-setup-form")) {
                return CHOOSE_SECOND_FACTOR;
            }
            if (present(driver, "kc-totp-settings-form")) {
                return TOTP_SETUP;
            }
            if (present(driver, "otp")) {
                return TOTP;
            }
            if (present(driver, "code")) {
                return present(driver, "kontor-trust-none") ? EMAIL_CODE : EMAIL_CODE_SETUP;
            }
            if (present(driver, "password-new")) {
                return NEW_PASSWORD;
            }
            if (present(driver, "password")) {
                return PASSWORD;
            }
            return null;
        }

        private static boolean present(WebDriver driver, String id) {
            return !driver.findElements(By.id(id)).isEmpty();
        }
    }
}
