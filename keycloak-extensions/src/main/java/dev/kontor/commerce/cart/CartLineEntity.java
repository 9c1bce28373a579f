package dev.kontor.commerce.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a reorder cart.
 * Table {@code KONTOR_CART_LINE}; plain accessors only, the rules live in the other classes of the package.
 */
@Entity
@Table(name = "KONTOR_CART_LINE")
public class CartLineEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "CART_ID", length = 36, nullable = false)
    private String cartId;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "SKU", length = 64, nullable = false)
    private String sku;

    @Column(name = "NAME", length = 255, nullable = false)
    private String name;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCartId() {
        return cartId;
    }

    public void setCartId(String cartId) {
        this.cartId = cartId;
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
}
