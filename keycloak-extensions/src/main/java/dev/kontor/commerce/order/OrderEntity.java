package dev.kontor.commerce.order;

import dev.kontor.event.Owner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * An order as the shop or ERP reported it. Money columns are exact decimals; the address snapshots are JSON as they were at ordering time.
 * Table {@code KONTOR_ORDER}; plain accessors only, the rules live in the other classes of the package.
 */
@Entity
@Table(name = "KONTOR_ORDER")
public class OrderEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "CUSTOMER_NUMBER", length = 64)
    private String customerNumber;

    @Column(name = "ORDER_NUMBER", length = 64, nullable = false)
    private String number;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "PLACED_AT", nullable = false)
    private long placedAt;

    @Column(name = "DELIVERED_AT")
    private Long deliveredAt;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "NET", precision = 19, scale = 4, nullable = false)
    private BigDecimal net;

    @Column(name = "SHIPPING", precision = 19, scale = 4, nullable = false)
    private BigDecimal shipping;

    @Column(name = "DISCOUNT", precision = 19, scale = 4, nullable = false)
    private BigDecimal discount;

    @Column(name = "TOTAL", precision = 19, scale = 4, nullable = false)
    private BigDecimal total;

    @Column(name = "ITEM_COUNT", nullable = false)
    private int itemCount;

    @Column(name = "BILLING_ADDRESS", length = 4000)
    private String billingAddress;

    @Column(name = "SHIPPING_ADDRESS", length = 4000)
    private String shippingAddress;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    /** {@link OrderReadModel} as JSON: what the detail shows of lines, history, shipments, invoices and returns. */
    @Column(name = "DETAIL")
    private String detail;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    /** Whom the order belongs to, as its events name them. */
    public Owner owner() {
        return new Owner(getRealmId(), getUserId(), getCustomerNumber());
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public long getPlacedAt() {
        return placedAt;
    }

    public void setPlacedAt(long placedAt) {
        this.placedAt = placedAt;
    }

    public Long getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(Long deliveredAt) {
        this.deliveredAt = deliveredAt;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getNet() {
        return net;
    }

    public void setNet(BigDecimal net) {
        this.net = net;
    }

    public BigDecimal getShipping() {
        return shipping;
    }

    public void setShipping(BigDecimal shipping) {
        this.shipping = shipping;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public void setDiscount(BigDecimal discount) {
        this.discount = discount;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    public int getItemCount() {
        return itemCount;
    }

    public void setItemCount(int itemCount) {
        this.itemCount = itemCount;
    }

    public String getBillingAddress() {
        return billingAddress;
    }

    public void setBillingAddress(String billingAddress) {
        this.billingAddress = billingAddress;
    }

    public String getShippingAddress() {
        return shippingAddress;
    }

    public void setShippingAddress(String shippingAddress) {
        this.shippingAddress = shippingAddress;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
