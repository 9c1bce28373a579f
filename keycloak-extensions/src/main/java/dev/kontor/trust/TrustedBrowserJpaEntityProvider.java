package dev.kontor.trust;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import java.util.List;

/**
 * Hands Keycloak the trusted-browser table's Liquibase changelog. The entity itself is found by
 * Keycloak's Quarkus build; {@link #getEntities()} is kept for the SPI contract.
 */
public class TrustedBrowserJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/kontor-trusted-browser-changelog.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(TrustedBrowserEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return TrustedBrowserJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
