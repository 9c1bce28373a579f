package dev.kontor.commerce.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many pieces of one order line a return covers.
 * Table {@code KONTOR_RETURN_LINE}; plain accessors only, the rules live in the other classes of the package.
 */
@Entity
@Table(name = "KONTOR_RETURN_LINE")
public class ReturnLineEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "RETURN_ID", length = 36, nullable = false)
    private String returnId;

    @Column(name = "ORDER_LINE_ID", length = 36, nullable = false)
    private String orderLineId;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReturnId() {
        return returnId;
    }

    public void setReturnId(String returnId) {
        this.returnId = returnId;
    }

    public String getOrderLineId() {
        return orderLineId;
    }

    public void setOrderLineId(String orderLineId) {
        this.orderLineId = orderLineId;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
