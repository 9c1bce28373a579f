package dev.kontor.rollout;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class SecondFactorSetupRequiredActionFactory implements RequiredActionFactory {

    private static final SecondFactorSetupRequiredAction SINGLETON = new SecondFactorSetupRequiredAction();

    @Override
    public String getId() {
        return SecondFactorSetupRequiredAction.PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Choose a second factor (Kontor)";
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
