package dev.kontor.commerce.order;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The life of an order. Moves go forward only; an order can be cancelled until it is shipped;
 * {@code delivered} and {@code cancelled} are final. Setting the current status again is a no-op,
 * so back ends may repeat a call.
 */
public enum OrderStatus {
    PLACED, PROCESSING, SHIPPED, DELIVERED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(PROCESSING, SHIPPED, DELIVERED, CANCELLED);
            case PROCESSING -> EnumSet.of(SHIPPED, DELIVERED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    public static Optional<OrderStatus> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (OrderStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public static OrderStatus of(String code) {
        return parse(code).orElseThrow(() -> new IllegalStateException("unknown stored order status " + code));
    }
}
