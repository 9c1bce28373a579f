package dev.kontor.password;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/**
 * "No alphabetic or numeric run" in the admin console's password-policy list
 * (Authentication → Policies → Password policy); its value is the shortest forbidden run.
 */
public class NoRunPasswordPolicyProviderFactory implements PasswordPolicyProviderFactory {

    public static final String ID = "kontorNoRun";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new NoRunPasswordPolicyProvider(session.getContext());
    }

    @Override
    public String getDisplayName() {
        return "No alphabetic or numeric run (Kontor)";
    }

    @Override
    public String getConfigType() {
        return PasswordPolicyProvider.INT_CONFIG_TYPE;
    }

    @Override
    public String getDefaultConfigValue() {
        return String.valueOf(RunLength.DEFAULT);
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
