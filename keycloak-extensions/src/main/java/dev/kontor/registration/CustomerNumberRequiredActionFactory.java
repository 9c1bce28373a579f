package dev.kontor.registration;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.ArrayList;
import java.util.List;

/** Registers {@link CustomerNumberRequiredAction} with its settings for the admin console. */
public class CustomerNumberRequiredActionFactory implements RequiredActionFactory {

    private static final CustomerNumberRequiredAction SINGLETON = new CustomerNumberRequiredAction();

    @Override
    public String getId() {
        return CustomerNumberRequiredAction.PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Enter customer number (Kontor)";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        List<ProviderConfigProperty> properties = new ArrayList<>(ProviderConfigurationBuilder.create()
                .property().name(CustomerNumberRequiredAction.ASK_AT_LOGIN).label("Ask at login")
                .helpText("Ask every user without a customer number for it when they sign in. When off, only users"
                        + " an admin assigned this action to are asked.")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
                .build());
        properties.addAll(CustomerCheckSettings.properties());
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
