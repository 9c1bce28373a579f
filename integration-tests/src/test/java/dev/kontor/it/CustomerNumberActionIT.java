package dev.kontor.it;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer number after registration, through the real pages: a login without one is asked
 * for it once (REG-6, the required action), and the profile page shows it read-only (REG-7).
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class CustomerNumberActionIT extends AbstractCustomerPagesIT {

    @Test
    void userWithoutCustomerNumberIsAskedForItThenLetThrough() throws Exception {
        String number = directory.importCustomer("Hoffmann Elektro KG", "company");
        String email = TestUsers.withoutCustomerNumber(realm, "legacy");

        submitShopLogin(email);
        WebDriverWait wait = new WebDriverWait(driver(), BrowserLogin.TIMEOUT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kontor-customer-number-form")));
        assertTrue(body().contains("Enter your customer number"), body());
        screenshot("customer-number-required-action");

        typeInto("kontorCustomerNumber", number);
        typeInto("lastName", "Hofmann Elektro KG");
        submit(By.id("kontor-customer-number-submit"));
        assertEquals(NOT_MATCHED, fieldError("kontorCustomerNumber"));
        assertEquals(NOT_MATCHED_NAME, fieldError("lastName"));

        typeInto("lastName", "hoffmann elektro kg");
        submit(By.id("kontor-customer-number-submit"));
        BrowserLogin.waitForUrl(driver(), KontorRealm.SHOP_REDIRECT);
        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        assertEquals(List.of(number), user.getAttributes().get("customerNumber"));

        BrowserLogin.forgetSessions(driver(), realmUrl());
        assertEquals(ShopLogin.Page.SHOP, new ShopLogin(driver(), realmUrl()).signIn(email), "asked only once");
    }

    @Test
    void customerNumberIsReadOnlyForTheUserOnTheProfilePage() throws Exception {
        String email = TestUsers.create(realm, "profile", "en");
        String id = TestUsers.id(realm, email);
        var user = realm.admin().users().get(id);
        UserRepresentation rep = user.toRepresentation();
        rep.setRequiredActions(List.of("UPDATE_PROFILE"));
        user.update(rep);

        submitShopLogin(email);
        WebElement number = new WebDriverWait(driver(), BrowserLogin.TIMEOUT)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("customerNumber")));
        assertEquals("900001", number.getAttribute("value"));
        assertTrue(number.getAttribute("disabled") != null || number.getAttribute("readonly") != null,
                "the customer number cannot be edited by the user");
        typeInto("firstName", "Renamed");
        submit(By.cssSelector("[type=submit]"));
        BrowserLogin.waitForUrl(driver(), KontorRealm.SHOP_REDIRECT);
        UserRepresentation after = user.toRepresentation();
        assertEquals("Renamed", after.getFirstName(), "profile edits keep working");
        assertEquals(List.of("900001"), after.getAttributes().get("customerNumber"));
    }
}
