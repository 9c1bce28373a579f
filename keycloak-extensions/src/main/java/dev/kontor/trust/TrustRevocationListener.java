package dev.kontor.trust;

import dev.kontor.rollout.SecondFactorMethods;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Revokes a user's trusted browsers once they have no second factor left, whoever removed it: the
 * customer on the account console's Signing-in page, or an admin on the user's Credentials tab
 * (the usual answer to "lost phone"). Otherwise browsers trusted under the old method would skip
 * the code again as soon as a new method is set up. Recovery codes go with the last method: alone
 * they would keep the login asking for a second factor, and the account REST endpoint that could
 * remove them is closed ({@code CredentialRemovalGuard}), so the console turns 2FA off with one
 * {@code delete_credential} action per method.
 */
public class TrustRevocationListener implements EventListenerProvider {

    private static final Pattern CREDENTIAL_PATH = Pattern.compile("^users/([^/]+)/credentials/[^/]+$");

    private final KeycloakSession session;

    TrustRevocationListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if ((event.getType() == EventType.REMOVE_CREDENTIAL || event.getType() == EventType.REMOVE_TOTP)
                && event.getUserId() != null) {
            revokeIfNoSecondFactor(event.getRealmId(), event.getUserId());
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // Keycloak records "remove credential" as an ACTION on users/{id}/credentials/{credentialId}.
        boolean removal = event.getOperationType() == OperationType.ACTION || event.getOperationType() == OperationType.DELETE;
        if (event.getResourceType() != ResourceType.USER || !removal || event.getResourcePath() == null) {
            return;
        }
        Matcher matcher = CREDENTIAL_PATH.matcher(event.getResourcePath());
        if (matcher.matches()) {
            revokeIfNoSecondFactor(event.getRealmId(), matcher.group(1));
        }
    }

    /**
     * In the request's own transaction while it is open: only there is the credential already gone
     * (a fresh transaction would still see it). Otherwise in a transaction of its own.
     */
    private void revokeIfNoSecondFactor(String realmId, String userId) {
        if (session.getTransactionManager().isActive()) {
            revokeIfNoSecondFactor(session, realmId, userId);
        } else {
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(),
                    fresh -> revokeIfNoSecondFactor(fresh, realmId, userId));
        }
    }

    private static void revokeIfNoSecondFactor(KeycloakSession session, String realmId, String userId) {
        RealmModel realm = session.realms().getRealm(realmId);
        UserModel user = realm == null ? null : session.users().getUserById(realm, userId);
        if (user != null && !SecondFactorMethods.hasAny(user)) {
            user.credentialManager().getStoredCredentialsByTypeStream(RecoveryAuthnCodesCredentialModel.TYPE).toList()
                    .forEach(codes -> user.credentialManager().removeStoredCredentialById(codes.getId()));
            new TrustedBrowserStore(session).deleteAllForUser(realm.getId(), user.getId());
        }
    }

    @Override
    public void close() {
    }
}
