package dev.kontor.event;

import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes every Kontor event as a Keycloak user event of the customer it concerns, so support sees
 * in the admin console (Events → User events, search by user or by the detail
 * {@value #EVENT_DETAIL}) what happened to a customer's orders, returns, addresses and carts, and
 * who did it, next to their sign-ins. Before this, the customer's own cancels, return requests,
 * address changes and reorders left no trace anywhere; the shop's admin-API calls have admin
 * events, but those name the request, not the customer.
 * <p>
 * Keycloak 26 has no user event type for such changes; like Kontor's other events they use the
 * closest stock type, {@link EventType#UPDATE_PROFILE} (stored by default, "the customer's account
 * data changed"), and say what happened in {@value #EVENT_DETAIL}. The entry is written by the
 * realm's event store in the transaction of the change and honours the realm's "Save events"
 * switch and event types. The one event not written is a link made at registration: the
 * registration's own REGISTER event already carries the customer number.
 */
public final class KontorEventLog implements ProviderEventListener {

    /** The detail that names the Kontor event type. */
    public static final String EVENT_DETAIL = "kontor_event";
    /** The detail the sign-in link has always carried ({@code kontor_action=customer_number_linked}). */
    static final String ACTION_DETAIL = "kontor_action";
    static final String LINKED_ACTION = "customer_number_linked";

    /** What the log writes for one event: the user it is filed under and its details. */
    record Entry(String userId, Map<String, String> details) {
    }

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof KontorEvent kontorEvent) {
            entry(kontorEvent).ifPresent(entry -> write(kontorEvent.getKeycloakSession(), kontorEvent.owner().realmId(), entry));
        }
    }

    /** The log entry of an event, or empty for one another Keycloak event already records. */
    static Optional<Entry> entry(KontorEvent event) {
        if (event instanceof CustomerLinked linked && linked.via() == CustomerLinked.Via.REGISTRATION) {
            return Optional.empty();
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put(EVENT_DETAIL, event.type());
        if (event instanceof CustomerLinked) {
            details.put(ACTION_DETAIL, LINKED_ACTION);
        }
        event.data().forEach((name, value) -> {
            if (!name.equals("realmId") && !name.equals("userId")) { // the user event's own fields
                details.put(snakeCase(name), value);
            }
        });
        return Optional.of(new Entry(event.owner().userId(), details));
    }

    /** Keycloak's detail names are snake case ({@code customer_number}). */
    static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static void write(KeycloakSession session, String realmId, Entry entry) {
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null || entry.userId() == null) {
            return;
        }
        EventBuilder event = session.getContext().getConnection() == null ? new EventBuilder(realm, session)
                : new EventBuilder(realm, session, session.getContext().getConnection());
        ClientModel client = session.getContext().getClient();
        if (client != null) {
            event.client(client);
        }
        event.event(EventType.UPDATE_PROFILE).user(entry.userId());
        entry.details().forEach(event::detail);
        event.success();
    }
}
