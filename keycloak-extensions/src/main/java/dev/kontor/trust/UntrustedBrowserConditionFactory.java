package dev.kontor.trust;

import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

import java.util.List;

/**
 * Registers {@link UntrustedBrowserCondition}. Put it first in the conditional second-factor
 * sub-flow, next to "Condition - user configured".
 */
public class UntrustedBrowserConditionFactory implements ConditionalAuthenticatorFactory {

    public static final String PROVIDER_ID = "kontor-condition-untrusted-browser";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENT_CHOICES = {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.DISABLED
    };

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
        return "Condition - browser not trusted";
    }

    @Override
    public String getHelpText() {
        return "Flow is executed only if this browser is not trusted for the user: no valid 24-hour skip "
                + "and not a saved browser. Use the same cookie prefix as in 'Kontor - remember browser'.";
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
        return List.of(TrustConfigProperties.cookiePrefix());
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return UntrustedBrowserCondition.SINGLETON;
    }
}
