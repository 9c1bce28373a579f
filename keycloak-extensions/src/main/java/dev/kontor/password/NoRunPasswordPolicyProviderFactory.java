package dev.kontor.password;

import org.keycloak.models.KeycloakSession;
import org.keycloak.policy.PasswordPolicyProvider;

/**
 * "No alphabetic or numeric run" in the admin console's password-policy list
 * (Authentication → Policies → Password policy); its value is the shortest forbidden run.
 */
public class NoRunPasswordPolicyProviderFactory extends NumberPolicyFactory {

    public static final String ID = "kontorNoRun";

    public NoRunPasswordPolicyProviderFactory() {
        super(ID, "No alphabetic or numeric run (Kontor)", RunLength.DEFAULT);
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new NoRunPasswordPolicyProvider(session.getContext());
    }
}
