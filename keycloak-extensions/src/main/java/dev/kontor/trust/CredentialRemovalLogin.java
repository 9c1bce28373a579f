package dev.kontor.trust;

import org.keycloak.authentication.requiredactions.DeleteCredentialAction;
import org.keycloak.models.Constants;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Whether this login leads to Keycloak's {@code delete_credential} action (the account console's
 * "remove method" and "turn off"). That sign-in must prove the second factor itself: a 24-hour
 * skip or a saved browser is exactly what someone at a shared PC has, so it must not count.
 */
final class CredentialRemovalLogin {

    private CredentialRemovalLogin() {
    }

    static boolean isUnderway(AuthenticationSessionModel authSession) {
        return authSession != null
                && DeleteCredentialAction.PROVIDER_ID.equals(authSession.getClientNote(Constants.KC_ACTION));
    }
}
