package dev.kontor.it;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;

import static dev.kontor.it.ConsoleUi.awaitTestId;

/** Admins of the kontor realm and their way into its admin console (the kontor admin theme). */
final class AdminConsoleLogins {

    private AdminConsoleLogins() {
    }

    /** A login of the kontor realm with these realm-management roles and locale; returns its username. */
    static String consoleAdmin(ManagedRealm realm, String prefix, String locale, String... roles) {
        String email = TestUsers.create(realm, prefix, locale);
        ClientRepresentation management = realm.admin().clients().findByClientId("realm-management").get(0);
        List<RoleRepresentation> granted = Arrays.stream(roles)
                .map(role -> realm.admin().clients().get(management.getId()).roles().get(role).toRepresentation())
                .toList();
        realm.admin().users().get(TestUsers.id(realm, email)).roles().clientLevel(management.getId()).add(granted);
        return email;
    }

    /**
     * A token of this admin from a front end of the realm (the shop's PKCE login; admin-cli has no
     * password grant here). Keycloak judges admin calls by the user's roles, so the same roles hold
     * as in the console.
     */
    static String frontEndToken(WebDriver driver, HttpClient http, String realmUrl, String email) throws Exception {
        return PkceTokens.accessToken(driver, http, realmUrl, KontorRealm.SHOP_CLIENT, KontorRealm.SHOP_REDIRECT, email, TestUsers.PASSWORD);
    }

    static String consoleUrl(String realmUrl) {
        return realmUrl.replace("/realms/kontor", "/admin/kontor/console/");
    }

    /** Signs in to the realm's admin console as {@code email} and opens {@code #/kontor/<page>}, waiting for {@code readyTestId}. */
    static WebDriver open(WebDriver driver, String realmUrl, String email, String page, String readyTestId) {
        BrowserLogin.forgetSessions(driver, realmUrl);
        driver.manage().window().setSize(new Dimension(1280, 900));
        String target = consoleUrl(realmUrl) + "#/kontor/" + page;
        driver.navigate().to(target);
        BrowserLogin.submitCredentials(driver, email, TestUsers.PASSWORD);
        BrowserLogin.waitForUrl(driver, consoleUrl(realmUrl));
        if (!driver.getCurrentUrl().endsWith("#/kontor/" + page)) {
            driver.navigate().to(target);
        }
        awaitTestId(driver, readyTestId);
        return driver;
    }
}
