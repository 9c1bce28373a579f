package dev.kontor.commerce.schema;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Runs in the transaction that removes a user or realm.
 * <ul>
 *   <li>User removed: the personal address book and reorder carts are deleted. Orders, invoices
 *   and returns are business records of the customer number (bookkeeping, the company's other
 *   logins, the ERP), so they are detached: {@code USER_ID} becomes null and nobody can reach
 *   them through the customer API as that user any more.</li>
 *   <li>Realm removed: every row of the realm; the foreign keys between our tables cascade.</li>
 * </ul>
 */
public class CommerceCleanup implements ProviderEventListener {

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof UserModel.UserRemovedEvent removed) {
            removeUser(removed.getKeycloakSession(), removed.getRealm().getId(), removed.getUser().getId());
        } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
            removeRealm(removed.getKeycloakSession(), removed.getRealm().getId());
        }
    }

    static void removeUser(KeycloakSession session, String realmId, String userId) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        for (String entity : new String[]{"AddressEntity", "CartEntity"}) {
            em.createQuery("delete from " + entity + " e where e.realmId = :realmId and e.userId = :userId")
                    .setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
        }
        for (String entity : new String[]{"OrderEntity", "InvoiceEntity", "ReturnEntity"}) {
            em.createQuery("update " + entity + " e set e.userId = null where e.realmId = :realmId and e.userId = :userId")
                    .setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
        }
    }

    static void removeRealm(KeycloakSession session, String realmId) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        // Orders first: their cascade takes lines, history, shipments, invoices and returns.
        for (String entity : new String[]{"OrderEntity", "InvoiceEntity", "ReturnEntity", "AddressEntity", "CartEntity"}) {
            em.createQuery("delete from " + entity + " e where e.realmId = :realmId")
                    .setParameter("realmId", realmId).executeUpdate();
        }
    }
}
