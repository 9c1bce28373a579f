package dev.kontor.customer;

import com.fasterxml.jackson.core.type.TypeReference;
import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;
import org.keycloak.util.JsonSerialization;

import java.io.IOException;
import java.util.List;

/**
 * The directory follows its realm:
 * <ul>
 * <li>When a realm is created (admin console, admin API, {@code kc.sh import}, {@code --import-realm})
 * and its realm file carries the attribute {@value #SEED_ATTRIBUTE} (a JSON array of customers, the
 * shape of the bulk import), those customers are imported in the same transaction and the attribute
 * is removed: the directory, not the realm file, is then the source of truth.</li>
 * <li>When a realm is removed, its customers are deleted with it.</li>
 * </ul>
 */
public class CustomerDirectoryLifecycle implements ProviderEventListener {

    public static final String SEED_ATTRIBUTE = "kontorCustomerDirectorySeed";

    private static final Logger LOG = Logger.getLogger(CustomerDirectoryLifecycle.class);

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof RealmModel.RealmPostCreateEvent created) {
            seed(created);
        } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
            new CustomerStore(removed.getKeycloakSession()).deleteForRealm(removed.getRealm().getId());
        }
    }

    private void seed(RealmModel.RealmPostCreateEvent created) {
        RealmModel realm = created.getCreatedRealm();
        String seed = realm.getAttribute(SEED_ATTRIBUTE);
        if (seed == null || seed.isBlank()) {
            return;
        }
        List<Customer> rows;
        try {
            rows = JsonSerialization.readValue(seed, new TypeReference<List<Customer>>() {
            });
        } catch (IOException e) {
            LOG.errorf("Realm %s: attribute %s is not a JSON array of customers; nothing imported (%s)",
                    realm.getName(), SEED_ATTRIBUTE, e.getMessage());
            return;
        }
        CustomerImport.Result result = CustomerImport.apply(new CustomerStore(created.getKeycloakSession()),
                realm.getId(), CustomerImport.plan(rows));
        realm.removeAttribute(SEED_ATTRIBUTE);
        LOG.infof("Realm %s: customer directory seeded from the realm file (%d created, %d updated, %d unchanged, %d rejected)",
                realm.getName(), result.created(), result.updated(), result.unchanged(), result.rejected().size());
        result.rejected().forEach(r -> LOG.warnf("Realm %s: seed row %d (%s) rejected: %s",
                realm.getName(), r.row(), r.customerNumber(), r.errors()));
    }
}
