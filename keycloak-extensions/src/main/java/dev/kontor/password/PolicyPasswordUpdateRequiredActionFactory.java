package dev.kontor.password;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class PolicyPasswordUpdateRequiredActionFactory implements RequiredActionFactory {

    private static final PolicyPasswordUpdateRequiredAction SINGLETON = new PolicyPasswordUpdateRequiredAction();

    @Override
    public String getId() {
        return PolicyPasswordUpdateRequiredAction.PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Update password - rules changed (Kontor)";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
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
