package dev.kontor.commerce.order;

import jakarta.persistence.EntityManager;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The parcels of an order as the shop reports them. A tracking number names one parcel of an
 * order, so reporting it again updates that parcel instead of adding a second one (idempotent).
 */
public final class Shipments {

    private final EntityManager em;

    public Shipments(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds the parcel or updates the one with this tracking number; the caller holds the order's lock.
     *
     * @param shippedAt null for now
     * @return whether the parcel is new
     */
    public boolean record(OrderEntity order, String carrier, String tracking, String url, Long shippedAt) {
        ShipmentEntity shipment = em.createQuery("select s from ShipmentEntity s where s.orderId = :orderId"
                        + " and s.trackingNumber = :tracking", ShipmentEntity.class)
                .setParameter("orderId", order.getId()).setParameter("tracking", tracking)
                .getResultStream().findFirst().orElse(null);
        boolean created = shipment == null;
        if (created) {
            shipment = new ShipmentEntity();
            shipment.setId(KeycloakModelUtils.generateId());
            shipment.setOrderId(order.getId());
            shipment.setTrackingNumber(tracking);
        }
        shipment.setCarrier(carrier);
        shipment.setTrackingUrl(url);
        shipment.setShippedAt(shippedAt != null ? shippedAt : System.currentTimeMillis());
        if (created) {
            em.persist(shipment);
        }
        OrderDetails.refresh(em, order);
        return created;
    }
}
