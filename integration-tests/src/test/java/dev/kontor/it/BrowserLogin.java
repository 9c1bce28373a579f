package dev.kontor.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * Signs in through the real login page of the {@code kontor} theme.
 */
final class BrowserLogin {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private BrowserLogin() {
    }

    /** Starts from a clean browser for the Keycloak host, so earlier tests' sessions don't leak in. */
    static void forgetSessions(WebDriver driver, String realmUrl) {
        driver.navigate().to(realmUrl + "/account/non-existing-page-to-set-domain");
        driver.manage().deleteAllCookies();
    }

    /** Fills the username/password form that is on screen and submits it. */
    static void submitCredentials(WebDriver driver, String email, String password) {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }
}
