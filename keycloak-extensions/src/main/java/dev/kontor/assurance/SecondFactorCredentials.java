package dev.kontor.assurance;

import dev.kontor.rollout.SecondFactorMethods;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a user holds a credential that makes the second factor required: a method (authenticator
 * app, email code) or recovery codes. Each of these types counts as configured as soon as the user
 * has one stored credential of it (that is what their providers' {@code isConfiguredFor} answer),
 * so the user's stored credentials are read once, from Keycloak's user cache, which drops them on
 * every credential change on every node. Asking {@code credentialManager().isConfiguredFor} once
 * per type gives the same answer but looks up every credential provider factory with reflection
 * each time; on the portal API, which asks on every request, that was the larger part of the
 * second-factor check (docs/BENCHMARKS.md). A user of a user-storage federation may have
 * credentials the federation keeps, so for them the credential manager is asked after all.
 */
final class SecondFactorCredentials {

    static final Set<String> TYPES = types();

    private SecondFactorCredentials() {
    }

    static boolean anyHeldBy(UserModel user) {
        if (user.getFederationLink() != null) {
            return TYPES.stream().anyMatch(type -> user.credentialManager().isConfiguredFor(type));
        }
        return user.credentialManager().getStoredCredentialsStream().anyMatch(c -> TYPES.contains(c.getType()));
    }

    private static Set<String> types() {
        Set<String> types = new HashSet<>(SecondFactorMethods.CREDENTIAL_TYPES);
        types.add(RecoveryAuthnCodesCredentialModel.TYPE);
        return Set.copyOf(types);
    }
}
