package dev.kontor.commerce.order;

import dev.kontor.event.KontorEvent;
import dev.kontor.event.OrderEvents;
import jakarta.persistence.EntityManager;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The parcels of an order as the shop reports them. A tracking number names one parcel of an
 * order, so reporting it again updates that parcel instead of adding a second one (idempotent); only
 * a new parcel is the event {@code order.shipment_added}.
 */
public final class Shipments {

    private final KeycloakSession session;
    private final EntityManager em;

    public Shipments(KeycloakSession session, EntityManager em) {
        this.session = session;
        this.em = em;
    }

    /**
     * Adds the parcel or updates the one with this tracking number; the caller holds the order's lock.
     *
     * @param shippedAt null for now
     * @return whether the parcel is new
     */
    public boolean record(OrderEntity order, String carrier, String tracking, String url, Long shippedAt) {
        ShipmentEntity shipment = new OrderStore(em).shipment(order.getId(), tracking);
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
            KontorEvent.publish(new OrderEvents.ShipmentAdded(session, order.owner(), order.getId(), order.getNumber(),
                    shipment.getId(), carrier, tracking, url));
        }
        OrderDetails.refresh(session, em, order);
        return created;
    }
}
