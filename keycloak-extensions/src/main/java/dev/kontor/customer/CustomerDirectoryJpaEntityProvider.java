package dev.kontor.customer;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import java.util.List;

/** Hands Keycloak the customer table's Liquibase changelog (the entity is found by the Quarkus build). */
public class CustomerDirectoryJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/kontor-customer-directory-changelog.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(CustomerEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return CustomerDirectoryJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
