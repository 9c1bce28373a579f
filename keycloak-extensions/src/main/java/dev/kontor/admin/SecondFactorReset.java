package dev.kontor.admin;

import dev.kontor.rollout.SecondFactorMethods;
import dev.kontor.trust.TrustedBrowserStore;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The admin reset for a lost phone or mailbox (2FA-6): every second-factor credential, the
 * recovery codes (they belong to the lost set-up) and all trusted browsers go. The user can sign
 * in with the password alone afterwards, and sets a method up again (or is asked to, by a rollout).
 */
public class SecondFactorReset {

    private static final Set<String> RESET_TYPES = Set.copyOf(Stream.concat(
            SecondFactorMethods.CREDENTIAL_TYPES.stream(), Stream.of(RecoveryAuthnCodesCredentialModel.TYPE)).toList());

    private final KeycloakSession session;
    private final RealmModel realm;

    public SecondFactorReset(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public Result reset(UserModel user) {
        List<CredentialModel> credentials = user.credentialManager().getStoredCredentialsStream()
                .filter(c -> RESET_TYPES.contains(c.getType()))
                .toList();
        credentials.forEach(c -> user.credentialManager().removeStoredCredentialById(c.getId()));
        int browsers = new TrustedBrowserStore(session).deleteAllForUser(realm.getId(), user.getId());
        return new Result(credentials.stream().map(CredentialModel::getType).toList(), browsers);
    }

    /** What the reset removed: credential types, and how many trusted-browser entries. */
    public record Result(List<String> removedCredentialTypes, int removedTrustedBrowsers) {
    }
}
