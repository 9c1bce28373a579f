package dev.kontor.it;

import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline in one customer journey: the realm import, the {@code kontor} login theme,
 * the npm-built {@code kontor} account console and the portal REST API behind its Overview page.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class AccountConsoleOverviewIT extends AbstractKontorIT {

    @InjectWebDriver
    ManagedWebDriver browser;

    @Test
    void customerSignsInAndSeesTheirCustomerNumber() throws IOException {
        WebDriver driver = browser.driver();
        BrowserLogin.forgetSessions(driver, realmUrl());

        driver.navigate().to(realmUrl() + "/account/");

        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(driver.getPageSource().contains("kontor.css"), "login page is rendered by the kontor login theme");
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Kontor"), "login page shows the Kontor brand");
        screenshot(driver, "login");

        BrowserLogin.submitCredentials(driver, KontorRealm.JOHN.email(), KontorRealm.DEMO_PASSWORD);

        WebDriverWait wait = new WebDriverWait(driver, BrowserLogin.TIMEOUT);
        By customerNumber = By.cssSelector("[data-testid='kontor-customer-number']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(customerNumber, KontorRealm.JOHN.customerNumber()));
        assertEquals(KontorRealm.JOHN.customerNumber(), driver.findElement(customerNumber).getText().trim());
        assertTrue(driver.getCurrentUrl().startsWith(realmUrl() + "/account"), driver.getCurrentUrl());
        screenshot(driver, "account-overview");
    }

    @Test
    void signingInPageOffersTheEmailCodeAsSecondFactor() throws IOException {
        WebDriver driver = browser.driver();
        BrowserLogin.forgetSessions(driver, realmUrl());
        driver.navigate().to(realmUrl() + "/account/account-security/signing-in");
        BrowserLogin.submitCredentials(driver, KontorRealm.MARCO.email(), KontorRealm.DEMO_PASSWORD);

        // Marco's locale is Italian: the credential type's name comes from the kontor account theme.
        try {
            new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("body"), "Codice via email"));
        } finally {
            screenshot(driver, "account-signing-in-it");
        }
        String page = driver.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("A ogni accesso da un browser non salvato"), page);
        assertFalse(page.contains("kontor-email-code"), "no untranslated message keys: " + page);
    }

    /** Kept as build artefacts under target/screenshots for people to look at. */
    private static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
