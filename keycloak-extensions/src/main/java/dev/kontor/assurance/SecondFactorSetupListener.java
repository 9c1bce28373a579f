package dev.kontor.assurance;

import dev.kontor.secondfactor.EmailCodeCredentialModel;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.Set;

/**
 * Marks a session {@link SecondFactorLevel#PASSED} when its user sets up a second factor in it:
 * both set-ups (Keycloak's authenticator app, Kontor's email code) prove the factor with a code
 * before they store it. Without this, a customer who signed in without a factor and set one up in
 * the account console would be shut out of the portal API for the rest of that session. The note
 * goes to the authentication session of the set-up request, which Keycloak copies into the user
 * session when the required action completes; other sessions of the user are not touched.
 */
public class SecondFactorSetupListener implements EventListenerProvider {

    private static final Set<String> PROVEN_TYPES = Set.of(OTPCredentialModel.TYPE, EmailCodeCredentialModel.TYPE);

    private final KeycloakSession session;

    SecondFactorSetupListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (!isFactorSetUp(event)) {
            return;
        }
        AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
        UserModel user = authSession == null ? null : authSession.getAuthenticatedUser();
        if (user != null && user.getId().equals(event.getUserId())) {
            SessionSecondFactor.record(authSession, SecondFactorLevel.PASSED);
        }
    }

    private static boolean isFactorSetUp(Event event) {
        if (event.getType() == EventType.UPDATE_TOTP) {
            return true;
        }
        String type = event.getDetails() == null ? null : event.getDetails().get(Details.CREDENTIAL_TYPE);
        return event.getType() == EventType.UPDATE_CREDENTIAL && type != null && PROVEN_TYPES.contains(type);
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // An admin adding a credential proves nothing about anyone's session.
    }

    @Override
    public void close() {
    }
}
