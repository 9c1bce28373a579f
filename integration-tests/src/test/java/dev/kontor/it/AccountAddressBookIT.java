package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.Map;

import static dev.kontor.it.ConsoleUi.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The address book's conflict and delete paths in the account console, against the real API: an
 * edit made on another device meanwhile is not overwritten (412 shown in the form), and a deleted
 * address is gone from the page and from the database.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class AccountAddressBookIT extends AbstractCommerceIT {

    @Test
    void staleEditIsRefusedAndDeleteRemovesTheAddress() throws Exception {
        Buyer buyer = buyer("book", newCustomerNumber());
        String token = token(buyer);
        String berlinId = call("POST", portal("/addresses"), token, address("Hauptstraße", "10115", "DE")).ok(201)
                .body().get("id").asText();
        Map<String, Object> vienna = address("Ringstraße", "1010", "AT");
        vienna.put("city", "Wien");
        call("POST", portal("/addresses"), token, vienna).ok(201);

        WebDriver driver = openAddresses(buyer);
        awaitCount(driver, ADDRESS_CARDS, 2);

        // The customer opens the Berlin address; meanwhile another device changes it.
        card(driver, "Berlin").findElement(testId("kontor-address-edit")).click();
        WebElement form = awaitTestId(driver, "kontor-address-form");
        Reply current = get(portal("/addresses/" + berlinId), token).ok(200);
        Map<String, Object> otherDevice = address("Friedrichstraße", "10117", "DE");
        call("PUT", portal("/addresses/" + berlinId), token, otherDevice, "If-Match", current.header("ETag")).ok(200);

        type(form.findElement(By.id("kontor-address-street")), "Unter den Linden");
        click(driver, "kontor-address-save");
        WebElement error = awaitTestId(driver, "kontor-address-form-error");
        assertTrue(error.getText().contains("changed elsewhere"), error.getText());
        assertEquals("Friedrichstraße", get(portal("/addresses/" + berlinId), token).ok(200).body().get("street").asText(),
                "the other device's change is kept");
        screenshot(driver, "console-address-conflict-1280");
        click(driver, "kontor-address-cancel");

        // Delete Vienna through the confirmation dialog.
        driver.navigate().refresh();
        awaitCount(driver, ADDRESS_CARDS, 2);
        card(driver, "Wien").findElement(testId("kontor-address-delete")).click();
        awaitTestId(driver, "kontor-address-delete-dialog");
        click(driver, "kontor-address-delete-dialog-confirm");
        awaitCount(driver, ADDRESS_CARDS, 1);
        assertTrue(card(driver, "Berlin").getText().contains("Friedrichstraße"), "the page shows the stored address");

        JsonNode stored = get(portal("/addresses?max=10"), token).ok(200).body();
        assertEquals(1, stored.get("items").size(), stored.toString());
        assertEquals(berlinId, stored.get("items").get(0).get("id").asText());
    }

    private WebDriver openAddresses(Buyer buyer) {
        WebDriver driver = browser.driver();
        driver.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
        BrowserLogin.forgetSessions(driver, realmUrl());
        driver.navigate().to(realmUrl() + "/account/addresses");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> !d.findElements(By.id("username")).isEmpty());
        BrowserLogin.submitCredentials(driver, buyer.email(), TestUsers.PASSWORD);
        awaitSettled(driver);
        return driver;
    }
}
