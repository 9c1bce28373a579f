package dev.kontor.secondfactor;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Registers required action {@value #PROVIDER_ID}. Its config (admin console → Authentication →
 * Required actions) has the same code limits as the login step, with the same seed defaults,
 * plus Keycloak's "maximum age of authentication" for application-initiated use.
 */
public class EmailCodeSetupRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "kontor-email-code-setup";
    private static final EmailCodeSetupRequiredAction SINGLETON = new EmailCodeSetupRequiredAction();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Set up email code (Kontor)";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        List<ProviderConfigProperty> properties = new ArrayList<>(MAX_AUTH_AGE_CONFIG_PROPERTIES);
        properties.addAll(EmailCodeConfigProperties.PROPERTIES);
        return properties;
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
