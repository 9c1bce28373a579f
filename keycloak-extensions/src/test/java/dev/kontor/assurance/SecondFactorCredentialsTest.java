package dev.kontor.assurance;

import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.UserModel;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecondFactorCredentialsTest {

    private final List<String> askedTypes = new ArrayList<>();

    @Test
    void eachSecondFactorTypeCounts() {
        for (String type : List.of("otp", "kontor-email-code", "recovery-authn-codes")) {
            assertTrue(SecondFactorCredentials.anyHeldBy(user(null, Set.of(), "password", type)), type);
        }
        assertEquals(List.of(), askedTypes, "a local user's stored credentials are read, no provider is asked");
    }

    @Test
    void passwordAndPasskeysAloneDoNotCount() {
        assertFalse(SecondFactorCredentials.anyHeldBy(user(null, Set.of(), "password", "webauthn-passwordless")));
        assertFalse(SecondFactorCredentials.anyHeldBy(user(null, Set.of())));
    }

    @Test
    void aFederatedUserIsAskedThroughTheCredentialManager() {
        assertTrue(SecondFactorCredentials.anyHeldBy(user("ldap", Set.of("otp"), "password")));
        assertFalse(SecondFactorCredentials.anyHeldBy(user("ldap", Set.of(), "password")));
        assertTrue(askedTypes.contains("otp"));
    }

    /** A user with these stored credential types; {@code configured} is what the credential manager says per type. */
    private UserModel user(String federationLink, Set<String> configured, String... storedTypes) {
        SubjectCredentialManager credentials = (SubjectCredentialManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{SubjectCredentialManager.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getStoredCredentialsStream":
                            return Stream.of(storedTypes).map(SecondFactorCredentialsTest::credential);
                        case "isConfiguredFor":
                            askedTypes.add((String) args[0]);
                            return configured.contains((String) args[0]);
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        return (UserModel) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{UserModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "credentialManager" -> credentials;
                    case "getFederationLink" -> federationLink;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static CredentialModel credential(String type) {
        CredentialModel credential = new CredentialModel();
        credential.setType(type);
        return credential;
    }
}
