package dev.kontor.it;

import org.junit.jupiter.api.BeforeEach;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The customer check through the real pages and mails in headless Chromium: the browser and the
 * page steps registration, reset and the customer-number action share.
 */
abstract class AbstractCustomerPagesIT extends AbstractCustomerCheckIT {

    static final String PASSWORD = TestUsers.PASSWORD;

    @InjectWebDriver
    ManagedWebDriver browser;

    @BeforeEach
    void neverWaitImplicitly() {
        browser.driver().manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** Pages for people to look at: integration-tests/target/screenshots/. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return browser.driver();
    }

    String body() {
        return driver().findElement(By.tagName("body")).getText();
    }

    void submit(By button) {
        WebElement element = driver().findElement(button);
        element.click();
        new WebDriverWait(driver(), BrowserLogin.TIMEOUT).until(ExpectedConditions.stalenessOf(element));
    }

    void typeInto(String id, String text) {
        WebElement input = new WebDriverWait(driver(), BrowserLogin.TIMEOUT).until(d -> d.findElement(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    String fieldError(String field) {
        return new WebDriverWait(driver(), BrowserLogin.TIMEOUT)
                .until(d -> d.findElement(By.id("input-error-" + field))).getText().trim();
    }

    /** Keycloak asks "Click here to proceed" when an action link opens in a browser without the session. */
    void proceedIfAsked() {
        WebDriverWait wait = new WebDriverWait(driver(), BrowserLogin.TIMEOUT);
        wait.until(d -> !d.findElements(By.cssSelector("a[href*='action-token']")).isEmpty()
                || !d.findElements(By.id("password-new")).isEmpty()
                || body().contains("verified"));
        List<WebElement> proceed = driver().findElements(By.cssSelector("a[href*='action-token']"));
        if (!proceed.isEmpty()) {
            WebElement link = proceed.get(0);
            link.click();
            wait.until(ExpectedConditions.stalenessOf(link));
        }
    }

    /** The shop's login page (a PKCE authorization request), in a browser without any session. */
    void openShopLogin() {
        BrowserLogin.forgetSessions(driver(), realmUrl());
        driver().navigate().to(realmUrl() + "/protocol/openid-connect/auth?client_id=" + KontorRealm.SHOP_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + KontorRealm.SHOP_REDIRECT
                + "&code_challenge=" + PkceTokens.challenge(PkceTokens.randomUrlSafe(48)) + "&code_challenge_method=S256");
    }

    /** Email + password on the shop's login page, without waiting for any particular next page. */
    void submitShopLogin(String email) {
        openShopLogin();
        BrowserLogin.submitCredentials(driver(), email, PASSWORD);
    }
}
