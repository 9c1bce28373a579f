package dev.kontor.event;

import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderEvent;

import java.util.Map;

/**
 * A change to a customer's commerce data or to the link between a login and a customer, published
 * with {@code session.getKeycloakSessionFactory().publish(event)} by the service that made it,
 * inside its transaction and only once the change is certain (after every check that can refuse
 * it): a listener that writes a row (an outbox, the event log) writes it in the same transaction,
 * so a change that rolls back leaves no event, and a committed one exactly one.
 * <p>
 * Events are immutable records of ids and the few values a mail or webhook needs; they never hold
 * an entity. Their {@link #getKeycloakSession() session} is the one of the change, for listeners
 * that write in its transaction. The catalogue is docs/events.md.
 */
public interface KontorEvent extends ProviderEvent {

    /** The session of the change (every event record has this component). */
    KeycloakSession session();

    /** {@link ProviderEvent}'s name for {@link #session()}. */
    @Override
    default KeycloakSession getKeycloakSession() {
        return session();
    }

    /** The stable name, e.g. {@code order.cancelled}. */
    String type();

    /** Whose data changed. */
    Owner owner();

    /**
     * The aggregate whose events must be handled in order (order, return, address or cart id; the
     * user id for {@code customer.linked}).
     */
    String aggregateId();

    /** The event's values by name, without nulls, in a stable order: what a mail or webhook needs. */
    Map<String, String> data();

    /** Hands the event to every listener registered with the session factory, in the caller's thread and transaction. */
    static void publish(KontorEvent event) {
        event.getKeycloakSession().getKeycloakSessionFactory().publish(event);
    }
}
