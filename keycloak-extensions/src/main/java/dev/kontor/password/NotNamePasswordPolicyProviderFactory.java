package dev.kontor.password;

import org.keycloak.models.KeycloakSession;
import org.keycloak.policy.PasswordPolicyProvider;

/**
 * "Not the user's name" in the admin console's password-policy list; its value is the shortest
 * name part that counts.
 */
public class NotNamePasswordPolicyProviderFactory extends NumberPolicyFactory {

    public static final String ID = "kontorNotName";

    public NotNamePasswordPolicyProviderFactory() {
        super(ID, "Not the user's name (Kontor)", NotNamePasswordPolicyProvider.DEFAULT_MIN_LENGTH);
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new NotNamePasswordPolicyProvider(session);
    }
}
