package dev.kontor.password;

import org.keycloak.models.KeycloakSession;
import org.keycloak.policy.PasswordPolicyProvider;

/**
 * "No keyboard-row run" in the admin console's password-policy list
 * (Authentication → Policies → Password policy); its value is the shortest forbidden run.
 */
public class NoKeyboardRunPasswordPolicyProviderFactory extends NumberPolicyFactory {

    public static final String ID = "kontorNoKeyboardRun";

    public NoKeyboardRunPasswordPolicyProviderFactory() {
        super(ID, "No keyboard-row run, QWERTZ or QWERTY (Kontor)", RunLength.DEFAULT);
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new NoKeyboardRunPasswordPolicyProvider(session.getContext());
    }
}
