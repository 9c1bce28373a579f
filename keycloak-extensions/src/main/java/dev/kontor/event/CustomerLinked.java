package dev.kontor.event;

import org.keycloak.models.KeycloakSession;

import java.util.Locale;
import java.util.Map;

/**
 * {@code customer.linked}: a login was linked to the customer number in {@link Owner#customerNumber()},
 * at registration or, for a login that had none, at sign-in ("Enter your customer number").
 */
public record CustomerLinked(KeycloakSession session, Owner owner, Via via) implements KontorEvent {

    public enum Via {
        REGISTRATION, SIGN_IN;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String type() {
        return "customer.linked";
    }

    @Override
    public String aggregateId() {
        return owner.userId();
    }

    @Override
    public Map<String, String> data() {
        return EventData.of(owner).put("via", via.code()).map();
    }
}
