package dev.kontor.event;

import org.keycloak.models.KeycloakSession;

import java.util.Map;

/**
 * The customer's own address book changed: one event per accepted request, for the address the
 * request named (default flags that move to or from other addresses are part of that change).
 */
public final class AddressEvents {

    private AddressEvents() {
    }

    /** {@code address.created}, {@code address.changed} or {@code address.deleted}. */
    public enum Change {
        CREATED, CHANGED, DELETED;

        String type() {
            return "address." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The address with its version after the change (for a deleted one: the version it had). */
    public record AddressChanged(KeycloakSession session, Owner owner, Change change, String addressId, int version)
            implements KontorEvent {

        @Override
        public String type() {
            return change.type();
        }

        @Override
        public String aggregateId() {
            return addressId;
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("addressId", addressId).put("version", version).map();
        }
    }
}
