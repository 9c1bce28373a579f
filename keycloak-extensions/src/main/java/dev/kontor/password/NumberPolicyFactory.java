package dev.kontor.password;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/**
 * What Kontor's password policies share in the admin console's policy list (Authentication →
 * Policies → Password policy): one whole-number value with a default, used once per policy.
 */
abstract class NumberPolicyFactory implements PasswordPolicyProviderFactory {

    private final String id;
    private final String displayName;
    private final int defaultValue;

    NumberPolicyFactory(String id, String displayName, int defaultValue) {
        this.id = id;
        this.displayName = displayName;
        this.defaultValue = defaultValue;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayName() {
        return displayName;
    }

    @Override
    public final String getConfigType() {
        return PasswordPolicyProvider.INT_CONFIG_TYPE;
    }

    @Override
    public final String getDefaultConfigValue() {
        return String.valueOf(defaultValue);
    }

    @Override
    public final boolean isMultiplSupported() {
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
