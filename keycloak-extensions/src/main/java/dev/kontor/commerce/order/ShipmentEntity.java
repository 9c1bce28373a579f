package dev.kontor.commerce.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A parcel of an order with its tracking reference.
 * Table {@code KONTOR_SHIPMENT}; plain accessors only, the rules live in the other classes of the package.
 */
@Entity
@Table(name = "KONTOR_SHIPMENT")
public class ShipmentEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "ORDER_ID", length = 36, nullable = false)
    private String orderId;

    @Column(name = "CARRIER", length = 64, nullable = false)
    private String carrier;

    @Column(name = "TRACKING_NUMBER", length = 128, nullable = false)
    private String trackingNumber;

    @Column(name = "TRACKING_URL", length = 1000)
    private String trackingUrl;

    @Column(name = "SHIPPED_AT", nullable = false)
    private long shippedAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getTrackingUrl() {
        return trackingUrl;
    }

    public void setTrackingUrl(String trackingUrl) {
        this.trackingUrl = trackingUrl;
    }

    public long getShippedAt() {
        return shippedAt;
    }

    public void setShippedAt(long shippedAt) {
        this.shippedAt = shippedAt;
    }
}
