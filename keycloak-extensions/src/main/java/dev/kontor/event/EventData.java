package dev.kontor.event;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@link KontorEvent#data()}: the owner first, then the event's own values; nulls are left out. */
final class EventData {

    private final Map<String, String> values = new LinkedHashMap<>();

    private EventData() {
    }

    static EventData of(Owner owner) {
        return new EventData().put("realmId", owner.realmId()).put("userId", owner.userId())
                .put("customerNumber", owner.customerNumber());
    }

    EventData put(String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof BigDecimal amount ? amount.toPlainString() : value.toString());
        }
        return this;
    }

    Map<String, String> map() {
        return Collections.unmodifiableMap(values);
    }
}
