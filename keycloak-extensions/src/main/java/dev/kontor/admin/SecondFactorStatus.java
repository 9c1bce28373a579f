package dev.kontor.admin;

import dev.kontor.http.PageRequest;
import dev.kontor.rollout.SecondFactorMethods;
import dev.kontor.trust.TrustedBrowserEntity;
import dev.kontor.trust.TrustedBrowserStore;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;

import java.util.List;

/**
 * What an admin sees of a user's second factor: the methods set up (preferred first), whether
 * recovery codes exist, and one page of the saved browsers (newest first) with their total.
 */
public record SecondFactorStatus(List<Method> methods, boolean recoveryCodes, long savedBrowserCount,
                                 List<SavedBrowser> savedBrowsers) {

    public record Method(String id, String type, String label, Long createdDate) {
    }

    public record SavedBrowser(String id, String name, String userAgent, long createdAt, long lastUsedAt, Long expiresAt) {
    }

    static SecondFactorStatus of(KeycloakSession session, RealmModel realm, UserModel user, PageRequest browsersPage) {
        List<Method> methods = user.credentialManager().getStoredCredentialsStream()
                .filter(c -> SecondFactorMethods.CREDENTIAL_TYPES.contains(c.getType()))
                .map(c -> new Method(c.getId(), c.getType(), c.getUserLabel(), c.getCreatedDate()))
                .toList();
        boolean recovery = user.credentialManager().isConfiguredFor(RecoveryAuthnCodesCredentialModel.TYPE);
        TrustedBrowserStore store = new TrustedBrowserStore(session);
        List<SavedBrowser> browsers = store.listSaved(realm.getId(), user.getId(), browsersPage.first(), browsersPage.max()).stream()
                .map(SecondFactorStatus::savedBrowser).toList();
        return new SecondFactorStatus(methods, recovery, store.countSaved(realm.getId(), user.getId()), browsers);
    }

    private static SavedBrowser savedBrowser(TrustedBrowserEntity b) {
        return new SavedBrowser(b.getId(), b.getName(), b.getUserAgent(), b.getCreatedAt(), b.getLastUsedAt(), b.getExpiresAt());
    }
}
