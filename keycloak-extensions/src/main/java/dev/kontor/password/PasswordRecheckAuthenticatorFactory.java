package dev.kontor.password;

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
 * "Kontor - password policy check": goes right after the username/password form of a browser
 * flow; configured per execution in the admin console (Authentication → flow → step settings).
 */
public class PasswordRecheckAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "kontor-password-policy-check";

    private static final PasswordRecheckAuthenticator SINGLETON = new PasswordRecheckAuthenticator();

    private static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property().name(PasswordRecheckConfig.ENABLED).label("Enabled")
            .helpText("Check the password a user signs in with against the current password policy.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
            .property().name(PasswordRecheckConfig.GRACE_LOGINS).label("Grace logins")
            .helpText("How many logins a user whose password breaks the policy may still postpone the update "
                    + "(0 = update at the next login). Counted per user in the attribute "
                    + PostponedUpdates.ATTRIBUTE + ".")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("0").add()
            .build();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Kontor - password policy check";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public String getHelpText() {
        return "After the username/password form: a user whose password no longer meets the password policy must update it "
                + "(optionally after a number of grace logins). The typed password is checked in memory, never stored.";
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
