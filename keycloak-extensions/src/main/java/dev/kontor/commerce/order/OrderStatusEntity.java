package dev.kontor.commerce.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of an order's status history.
 * Table {@code KONTOR_ORDER_STATUS}; plain accessors only, the rules live in the other classes of the package.
 */
@Entity
@Table(name = "KONTOR_ORDER_STATUS")
public class OrderStatusEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "ORDER_ID", length = 36, nullable = false)
    private String orderId;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "CHANGED_AT", nullable = false)
    private long at;

    @Column(name = "NOTE", length = 500)
    private String note;

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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public long getAt() {
        return at;
    }

    public void setAt(long at) {
        this.at = at;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
