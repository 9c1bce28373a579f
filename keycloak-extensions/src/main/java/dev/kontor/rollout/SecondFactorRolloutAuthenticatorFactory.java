package dev.kontor.rollout;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;

/**
 * "Kontor 2FA rollout": who must set up a second factor, configured per execution in the admin
 * console (Authentication → flow → the step's settings).
 */
public class SecondFactorRolloutAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "kontor-second-factor-rollout";

    private static final SecondFactorRolloutAuthenticator SINGLETON = new SecondFactorRolloutAuthenticator();

    private static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property().name(RolloutConfig.GROUPS).label("Groups")
            .helpText("Members of these groups (paths such as /pilot; sub-groups included) must set up a second factor.")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE).add()
            .property().name(RolloutConfig.ROLES).label("Roles")
            .helpText("Users holding any of these roles (realm role name, or clientId.role) must set up a second factor.")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE).add()
            .property().name(RolloutConfig.PERCENTAGE).label("Percentage of all users")
            .helpText("0 to 100. Each user has a fixed bucket, so raising the number only adds users.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("0").add()
            .build();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Kontor 2FA rollout";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public String getHelpText() {
        return "Asks users in the configured scope who have no second factor to set one up at this login; never blocks anyone.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[]{
                AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
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
