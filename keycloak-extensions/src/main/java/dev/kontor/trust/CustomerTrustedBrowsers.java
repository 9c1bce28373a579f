package dev.kontor.trust;

import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.util.List;

/**
 * What may be done with a user's trusted browsers, by the signed-in customer or by an admin for
 * them ({@code dev.kontor.admin.SecondFactorAdminResource}, client null): list them (saved browsers and
 * running 24-hour skips, so a customer at a shared PC can see and end a skip), delete one, delete all. Deleting rows is the revocation: the cookies naming them stop working on every node.
 */
public class CustomerTrustedBrowsers {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;
    private final ClientModel client;
    private final TrustedBrowserStore store;

    public CustomerTrustedBrowsers(KeycloakSession session, RealmModel realm, UserModel user, ClientModel client) {
        this.session = session;
        this.realm = realm;
        this.user = user;
        this.client = client;
        this.store = new TrustedBrowserStore(session);
    }

    public TrustedBrowserRepresentation.Page list(int first, int max) {
        String currentId = TrustedBrowsers.currentBrowserId(session, realm, user);
        long now = Time.currentTimeMillis();
        List<TrustedBrowserRepresentation> items = store.listActive(realm.getId(), user.getId(), now, first, max).stream()
                .map(browser -> TrustedBrowserRepresentation.of(browser, currentId))
                .toList();
        return new TrustedBrowserRepresentation.Page(items, store.countActive(realm.getId(), user.getId(), now));
    }

    /** {@code false} when no such browser of this user exists. */
    public boolean delete(String browserId) {
        if (!store.deleteForUser(realm.getId(), user.getId(), browserId)) {
            return false;
        }
        TrustEvents.browserDeleted(event(), browserId);
        return true;
    }

    /** Saved browsers and running 24-hour skips alike: afterwards every browser is asked again. */
    public int deleteAll() {
        int deleted = store.deleteAllForUser(realm.getId(), user.getId());
        TrustEvents.allBrowsersDeleted(event(), deleted);
        return deleted;
    }

    private EventBuilder event() {
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection()).user(user);
        return client == null ? event : event.client(client);
    }
}
