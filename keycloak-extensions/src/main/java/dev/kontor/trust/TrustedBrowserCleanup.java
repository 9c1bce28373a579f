package dev.kontor.trust;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Deletes the trusted browsers of a user or realm that is being removed, in the same transaction
 * as the removal. Realm removal deletes users in bulk without a per-user event, hence both.
 */
public class TrustedBrowserCleanup implements ProviderEventListener {

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof UserModel.UserRemovedEvent removed) {
            new TrustedBrowserStore(removed.getKeycloakSession())
                    .deleteAllForUser(removed.getRealm().getId(), removed.getUser().getId());
        } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
            new TrustedBrowserStore(removed.getKeycloakSession()).deleteForRealm(removed.getRealm().getId());
        }
    }
}
