package dev.kontor.event;

import java.util.Locale;

/** Who made a change that either side can make: the customer in the portal, or the shop / ERP / support through the admin API. */
public enum Actor {
    CUSTOMER, SHOP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
