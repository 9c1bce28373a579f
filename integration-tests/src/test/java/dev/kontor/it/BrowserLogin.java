package dev.kontor.it;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    /**
     * Starts from a clean browser for the Keycloak host, so earlier tests' sessions don't leak in.
     * The page opened to reach the host's cookie jar is plain JSON: a page with scripts (the
     * account console) could still redirect the browser after the cookies are gone.
     */
    static void forgetSessions(WebDriver driver, String realmUrl) {
        driver.navigate().to(realmUrl + "/.well-known/openid-configuration");
        driver.manage().deleteAllCookies();
    }

    /** Waits until the browser is at a URL starting with {@code prefix}; says where it is instead if not. */
    static void waitForUrl(WebDriver driver, String prefix) {
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> d.getCurrentUrl().startsWith(prefix));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected to reach " + prefix + " but the browser is at " + driver.getCurrentUrl()
                    + " showing \"" + driver.getTitle() + "\": "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Fills the username/password form that is on screen and submits it. */
    static void submitCredentials(WebDriver driver, String email, String password) {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement login = driver.findElement(By.id("kc-login"));
        login.click();
        wait.until(ExpectedConditions.stalenessOf(login));
    }
}
