package dev.kontor.commerce.schema;

import dev.kontor.commerce.address.AddressEntity;
import dev.kontor.commerce.cart.CartEntity;
import dev.kontor.commerce.cart.CartLineEntity;
import dev.kontor.commerce.invoice.InvoiceEntity;
import dev.kontor.commerce.order.OrderEntity;
import dev.kontor.commerce.order.OrderLineEntity;
import dev.kontor.commerce.order.OrderStatusEntity;
import dev.kontor.commerce.order.ShipmentEntity;
import dev.kontor.commerce.returns.ReturnEntity;
import dev.kontor.commerce.returns.ReturnLineEntity;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import java.util.List;

/**
 * Hands Keycloak the commerce tables' Liquibase changelog. The entities are found by Keycloak's
 * Quarkus build; {@link #getEntities()} is kept for the SPI contract.
 */
public class CommerceJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/kontor-commerce-changelog.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(AddressEntity.class, OrderEntity.class, OrderLineEntity.class, OrderStatusEntity.class,
                ShipmentEntity.class, InvoiceEntity.class, ReturnEntity.class, ReturnLineEntity.class,
                CartEntity.class, CartLineEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return CommerceJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
