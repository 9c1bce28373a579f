package dev.kontor.commerce.order;

import dev.kontor.commerce.order.OrderStatus;
import org.keycloak.models.RealmModel;

import java.util.EnumSet;
import java.util.Set;

/**
 * Realm-level commerce settings, kept as realm attributes (admin console → Realm settings, or the
 * realm JSON's {@code attributes}); each has a default so a realm without them works.
 *
 * @param cancellableStatuses statuses in which a customer may cancel ({@value #CANCELLABLE_STATUSES},
 *                            comma separated, default {@value #DEFAULT_CANCELLABLE})
 * @param returnWindowDays    days after delivery a return may be requested ({@value #RETURN_WINDOW_DAYS},
 *                            default {@value #DEFAULT_RETURN_WINDOW_DAYS})
 * @param cartUrlTemplate     the shop's cart page for a reorder cart, {@code {cartId}} replaced
 *                            ({@value #CART_URL_TEMPLATE}, default none: {@code cartUrl} is null)
 */
public record CommerceSettings(Set<OrderStatus> cancellableStatuses, int returnWindowDays, String cartUrlTemplate) {

    public static final String CANCELLABLE_STATUSES = "kontor.commerce.cancellableStatuses";
    public static final String RETURN_WINDOW_DAYS = "kontor.commerce.returnWindowDays";
    public static final String CART_URL_TEMPLATE = "kontor.commerce.cartUrlTemplate";
    public static final String DEFAULT_CANCELLABLE = "placed,processing";
    public static final int DEFAULT_RETURN_WINDOW_DAYS = 30;

    public static CommerceSettings of(RealmModel realm) {
        return parse(realm.getAttribute(CANCELLABLE_STATUSES), realm.getAttribute(RETURN_WINDOW_DAYS),
                realm.getAttribute(CART_URL_TEMPLATE));
    }

    /** Unreadable values fall back to the defaults: a typo in the admin console must not break the portal. */
    public static CommerceSettings parse(String cancellable, String returnWindowDays, String cartUrlTemplate) {
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        String list = cancellable == null || cancellable.isBlank() ? DEFAULT_CANCELLABLE : cancellable;
        for (String name : list.split(",")) {
            OrderStatus.parse(name.trim()).filter(s -> s.canMoveTo(OrderStatus.CANCELLED)).ifPresent(statuses::add);
        }
        int days = DEFAULT_RETURN_WINDOW_DAYS;
        try {
            if (returnWindowDays != null && !returnWindowDays.isBlank()) {
                days = Math.max(0, Integer.parseInt(returnWindowDays.trim()));
            }
        } catch (NumberFormatException e) {
            days = DEFAULT_RETURN_WINDOW_DAYS;
        }
        String template = cartUrlTemplate == null || cartUrlTemplate.isBlank() ? null : cartUrlTemplate.trim();
        return new CommerceSettings(statuses, days, template);
    }

    public String cartUrl(String cartId) {
        return cartUrlTemplate == null ? null : cartUrlTemplate.replace("{cartId}", cartId);
    }
}
