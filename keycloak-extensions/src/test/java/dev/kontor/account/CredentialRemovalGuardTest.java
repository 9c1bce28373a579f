package dev.kontor.account;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialRemovalGuardTest {

    @Test
    void matchesTheAccountCredentialEndpointWithOrWithoutVersion() {
        assertTrue(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "account", "credentials", "abc")));
        assertTrue(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "account", "v1alpha1", "credentials", "abc")));
        assertTrue(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "", "kontor", "account", "", "credentials", "abc", "")),
                "double slashes do not get around it");
    }

    @Test
    void leavesEverythingElseAlone() {
        assertFalse(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "account", "sessions", "abc")));
        assertFalse(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "portal", "trusted-browsers", "abc")));
        assertFalse(CredentialRemovalGuard.isAccountCredentialPath(path("admin", "realms", "kontor", "users", "u", "credentials", "c")),
                "the admin API has its own rules");
        assertFalse(CredentialRemovalGuard.isAccountCredentialPath(path("realms", "kontor", "account")));
    }

    private static List<PathSegment> path(String... parts) {
        return Arrays.stream(parts).map(CredentialRemovalGuardTest::segment).toList();
    }

    private static PathSegment segment(String part) {
        return new PathSegment() {
            @Override
            public String getPath() {
                return part;
            }

            @Override
            public MultivaluedMap<String, String> getMatrixParameters() {
                return new MultivaluedHashMap<>();
            }
        };
    }
}
