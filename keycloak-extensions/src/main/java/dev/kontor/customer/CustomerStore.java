package dev.kontor.customer;

import jakarta.persistence.EntityManager;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.List;

/**
 * The customer directory of a realm ({@link CustomerEntity}), bound to one Keycloak session and
 * its transaction. Every query is scoped by realm and served by an index of the changelog.
 */
public class CustomerStore {

    private final EntityManager em;

    public CustomerStore(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** The customer with this (cleaned) number, or {@code null}. */
    public CustomerEntity find(String realmId, String customerNumber) {
        if (customerNumber == null) {
            return null;
        }
        return em.createNamedQuery("kontorCustomer.byNumber", CustomerEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("number", customerNumber)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** What an upsert did to the directory. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** Creates or updates one customer. */
    public Outcome upsert(String realmId, CustomerRow.Valid customer) {
        long now = Time.currentTimeMillis();
        CustomerEntity entity = find(realmId, customer.customerNumber());
        boolean created = entity == null;
        if (created) {
            entity = new CustomerEntity();
            entity.setId(KeycloakModelUtils.generateId());
            entity.setRealmId(realmId);
            entity.setCustomerNumber(customer.customerNumber());
            entity.setCreatedAt(now);
        } else if (entity.getName().equals(customer.name()) && entity.getKind().equals(customer.kind().json())) {
            return Outcome.UNCHANGED; // an import run twice touches nothing
        }
        entity.setName(customer.name());
        entity.setNameKey(CustomerNames.normalise(customer.name()));
        entity.setKind(customer.kind().json());
        entity.setUpdatedAt(now);
        if (created) {
            em.persist(entity);
            // flush per row so a duplicate inside one import is found by the next find()
            em.flush();
        }
        return created ? Outcome.CREATED : Outcome.UPDATED;
    }

    public boolean delete(String realmId, String customerNumber) {
        return em.createNamedQuery("kontorCustomer.deleteByNumber")
                .setParameter("realmId", realmId)
                .setParameter("number", customerNumber)
                .executeUpdate() > 0;
    }

    /**
     * A page ordered by number. {@code search} (optional) matches the start of the number or of the
     * normalised name, so "mul" finds "Müller" and "1000" finds 100001.
     */
    public List<CustomerEntity> list(String realmId, String search, int first, int max) {
        var query = search == null || search.isBlank()
                ? em.createNamedQuery("kontorCustomer.list", CustomerEntity.class)
                : prefixes(em.createNamedQuery("kontorCustomer.search", CustomerEntity.class), search);
        return query.setParameter("realmId", realmId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String realmId, String search) {
        var query = search == null || search.isBlank()
                ? em.createNamedQuery("kontorCustomer.count", Long.class)
                : prefixes(em.createNamedQuery("kontorCustomer.countSearch", Long.class), search);
        return query.setParameter("realmId", realmId).getSingleResult();
    }

    public void deleteForRealm(String realmId) {
        em.createNamedQuery("kontorCustomer.deleteForRealm").setParameter("realmId", realmId).executeUpdate();
    }

    private static <T> jakarta.persistence.TypedQuery<T> prefixes(jakarta.persistence.TypedQuery<T> query, String search) {
        String number = likeEscape(search.replaceAll("\\s+", ""));
        String name = likeEscape(CustomerNames.normalise(search));
        return query.setParameter("numberPrefix", number + "%")
                // an empty name key must match nothing, not everything: keys never hold '#'
                .setParameter("namePrefix", name.isEmpty() ? "#" : name + "%");
    }

    private static String likeEscape(String value) {
        return value.replace("%", "").replace("_", "");
    }
}
