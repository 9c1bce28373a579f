package dev.kontor.commerce.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One line of an order. Prices are net; {@code taxRate} is a percentage.
 * Table {@code KONTOR_ORDER_LINE}; plain accessors only, the rules live in the other classes of the package.
 */
@Entity
@Table(name = "KONTOR_ORDER_LINE")
public class OrderLineEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "ORDER_ID", length = 36, nullable = false)
    private String orderId;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "SKU", length = 64, nullable = false)
    private String sku;

    @Column(name = "NAME", length = 255, nullable = false)
    private String name;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "LINE_TOTAL", precision = 19, scale = 4, nullable = false)
    private BigDecimal lineTotal;

    @Column(name = "TAX_RATE", precision = 7, scale = 4, nullable = false)
    private BigDecimal taxRate;

    @Column(name = "ORDERABLE", nullable = false)
    private boolean orderable;

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

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getLineTotal() {
        return lineTotal;
    }

    public void setLineTotal(BigDecimal lineTotal) {
        this.lineTotal = lineTotal;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(BigDecimal taxRate) {
        this.taxRate = taxRate;
    }

    public boolean isOrderable() {
        return orderable;
    }

    public void setOrderable(boolean orderable) {
        this.orderable = orderable;
    }
}
