package dev.kontor.password;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/**
 * "Not the user's name" in the admin console's password-policy list; its value is the shortest
 * name part that counts.
 */
public class NotNamePasswordPolicyProviderFactory implements PasswordPolicyProviderFactory {

    public static final String ID = "kontorNotName";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new NotNamePasswordPolicyProvider(session);
    }

    @Override
    public String getDisplayName() {
        return "Not the user's name (Kontor)";
    }

    @Override
    public String getConfigType() {
        return PasswordPolicyProvider.INT_CONFIG_TYPE;
    }

    @Override
    public String getDefaultConfigValue() {
        return String.valueOf(NotNamePasswordPolicyProvider.DEFAULT_MIN_LENGTH);
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
