package dev.kontor.trust;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

import java.util.List;

/**
 * Registers {@link RememberBrowserAuthenticator}. Place it after the second-factor step, inside
 * the conditional sub-flow that "Condition - browser not trusted" guards.
 */
public class RememberBrowserAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "kontor-remember-browser";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENT_CHOICES = {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.DISABLED
    };

    @Override
    public Authenticator create(KeycloakSession session) {
        return RememberBrowserAuthenticator.SINGLETON;
    }

    @Override
    public void init(Config.Scope config) {
        // no-op
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // no-op
    }

    @Override
    public void close() {
        // no-op
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Kontor - remember browser";
    }

    @Override
    public String getReferenceCategory() {
        return "trusted-browser";
    }

    @Override
    public String getHelpText() {
        return "After the second factor: skips the code on this browser for the skip duration, or saves the "
                + "browser, when the user chose so on the code page (form field 'kontor-trust').";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENT_CHOICES;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of(TrustConfigProperties.skipHours(), TrustConfigProperties.savedDays(),
                TrustConfigProperties.cookiePrefix());
    }
}
