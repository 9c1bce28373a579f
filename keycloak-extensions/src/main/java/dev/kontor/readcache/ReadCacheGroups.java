package dev.kontor.readcache;

import dev.kontor.event.AddressEvents;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.Owner;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names of the cached groups, and which groups a change drops. An order's detail is one group;
 * a list is cached per viewer (a login sees its own orders, a company admin those of the customer
 * number), so a change to an order drops the lists of both its login and its customer number.
 */
public final class ReadCacheGroups {

    private ReadCacheGroups() {
    }

    public static String order(String realmId, String orderId) {
        return "order " + realmId + " " + orderId;
    }

    public static String ordersOfLogin(String realmId, String userId) {
        return "orders-of-login " + realmId + " " + userId;
    }

    public static String ordersOfCustomer(String realmId, String customerNumber) {
        return "orders-of-customer " + realmId + " " + customerNumber;
    }

    public static String addressesOf(String realmId, String userId) {
        return "addresses " + realmId + " " + userId;
    }

    /** What an order's change drops: its detail and the order lists of its owner. */
    public static Set<String> ofOrder(String orderId, Owner owner) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(order(owner.realmId(), orderId));
        if (owner.userId() != null) {
            groups.add(ordersOfLogin(owner.realmId(), owner.userId()));
        }
        if (owner.customerNumber() != null) {
            groups.add(ordersOfCustomer(owner.realmId(), owner.customerNumber()));
        }
        return groups;
    }

    /**
     * The groups a Kontor event makes stale. Orders are not handled here: every change of an order,
     * also those without an event (an invoice's corrected due date), rewrites its read model, and
     * that step ({@code OrderDetails.refresh}) drops {@link #ofOrder}. Carts and links are not cached.
     */
    public static Set<String> of(KontorEvent event) {
        if (event instanceof AddressEvents.AddressChanged && event.owner().userId() != null) {
            return Set.of(addressesOf(event.owner().realmId(), event.owner().userId()));
        }
        return Set.of();
    }
}
