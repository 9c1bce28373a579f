package dev.kontor.it;

import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forgot password by customer number and email (REG-4) through the real pages and mails: the
 * answer never tells a match from a mismatch, and only a match is mailed a link.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class ResetByCustomerNumberIT extends AbstractCustomerPagesIT {

    @Test
    void resetByCustomerNumberAndEmailAnswersTheSameAndMailsOnlyOnMatch() throws Exception {
        String email = TestUsers.create(realm, "reset", "en"); // customer number 900001

        String noMatch = requestReset("900002", email);
        Thread.sleep(1_500);
        assertEquals(0, MailCodes.to(mailServer, email).size(), "a wrong number mails nothing");

        String unknownAddress = requestReset("900001", newEmail("nobody"));
        String match = requestReset("900001", email);
        assertEquals(noMatch, match, "match and mismatch look the same");
        assertEquals(noMatch, unknownAddress, "an unknown address looks the same");
        assertTrue(match.contains("You should receive an email shortly"), match);

        String link = MailCodes.awaitLink(mailServer, email, 1);
        BrowserLogin.forgetSessions(driver(), realmUrl());
        driver().navigate().to(link);
        proceedIfAsked();
        WebDriverWait wait = new WebDriverWait(driver(), BrowserLogin.TIMEOUT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys("Blume!Tor47");
        driver().findElement(By.id("password-confirm")).sendKeys("Blume!Tor47");
        WebElement save = driver().findElement(By.cssSelector("[type=submit]"));
        save.click();
        wait.until(ExpectedConditions.stalenessOf(save));

        BrowserLogin.forgetSessions(driver(), realmUrl());
        driver().navigate().to(realmUrl() + "/account/");
        BrowserLogin.submitCredentials(driver(), email, "Blume!Tor47");
        BrowserLogin.waitForUrl(driver(), realmUrl() + "/account");
    }

    private String requestReset(String number, String email) {
        openShopLogin();
        WebDriverWait wait = new WebDriverWait(driver(), BrowserLogin.TIMEOUT);
        WebElement forgot = wait.until(d -> d.findElement(By.cssSelector("a[href*='reset-credentials']")));
        forgot.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-reset-password-form")));
        assertTrue(body().contains("Enter your customer number and the email address you registered with"), body());
        typeInto("kontorCustomerNumber", number);
        typeInto("username", email);
        screenshot("reset-by-customer-number");
        submit(By.cssSelector("#kc-reset-password-form [type=submit]"));
        return body();
    }
}
