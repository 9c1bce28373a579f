package dev.kontor.account;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialRemovalGuardTest {

    @Test
    void matchesTheAccountCredentialEndpointWithOrWithoutVersion() {
        assertTrue(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "account", "credentials", "abc")));
        assertTrue(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "account", "v1alpha1", "credentials", "abc")));
        assertTrue(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "", "kontor", "account", "", "credentials", "abc", "")),
                "double slashes do not get around it");
        assertTrue(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "account;v=1", "credentials;x", "abc")),
                "neither do matrix parameters");
    }

    @Test
    void oddIdsAreDecodedOnceWithoutFailing() {
        assertTrue(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "account", "credentials", "%")));
        assertFalse(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "portal", "addresses", "%")));
    }

    @Test
    void leavesEverythingElseAlone() {
        assertFalse(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "account", "sessions", "abc")));
        assertFalse(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "portal", "trusted-browsers", "abc")));
        assertFalse(CredentialRemovalGuard.isAccountCredentialPath(path("admin", "realms", "kontor", "users", "u", "credentials", "c")),
                "the admin API has its own rules");
        assertFalse(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "account")));
    }

    /** The path as RESTEasy hands it over: decoded once, relative to the base, with a leading slash. */
    private static String path(String... parts) {
        return "/" + String.join("/", parts);
    }
}
