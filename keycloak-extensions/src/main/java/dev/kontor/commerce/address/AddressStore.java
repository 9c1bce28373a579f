package dev.kontor.commerce.address;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.keycloak.models.jpa.entities.UserEntity;

import java.util.List;
import java.util.Optional;

/**
 * Every query of the address book, one customer's rows at a time; the rules that use them are in
 * {@link AddressBook}. All lists use the index on {@code (realm_id, user_id)}.
 */
public final class AddressStore {

    /** Hibernate's hint for entities that are only read: no snapshot kept, no dirty check at commit. */
    private static final String READ_ONLY = "org.hibernate.readOnly";
    private static final String OF_USER = " from AddressEntity a where a.realmId = :realmId and a.userId = :userId";

    private final EntityManager em;

    public AddressStore(EntityManager em) {
        this.em = em;
    }

    /** The customer's own order: the default holders first, then newest. */
    List<AddressEntity> defaultsFirst(String realmId, String userId, int first, int max) {
        return em.createQuery("select a" + OF_USER
                        + " order by case when a.defaultBilling = true or a.defaultShipping = true then 0 else 1 end,"
                        + " a.createdAt desc, a.id desc", AddressEntity.class)
                .setParameter("realmId", realmId).setParameter("userId", userId)
                .setFirstResult(first).setMaxResults(max)
                .setHint(READ_ONLY, true)
                .getResultList();
    }

    /** Newest first (support's view and the heir of a deleted default holder). */
    public List<AddressEntity> newestFirst(String realmId, String userId, int first, int max) {
        return em.createQuery("select a" + OF_USER + " order by a.createdAt desc, a.id desc", AddressEntity.class)
                .setParameter("realmId", realmId).setParameter("userId", userId)
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long count(String realmId, String userId) {
        return em.createQuery("select count(a)" + OF_USER, Long.class)
                .setParameter("realmId", realmId).setParameter("userId", userId)
                .getSingleResult();
    }

    Optional<AddressEntity> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(AddressEntity.class, id));
    }

    /**
     * Clears {@code flag} (defaultBilling or defaultShipping) on every other address of the customer,
     * bumping their versions: their representations (and so their ETags) changed.
     */
    void clearFlagOnOthers(String flag, String realmId, String userId, String keptId, long now) {
        em.createQuery("update AddressEntity a set a." + flag + " = false, a.version = a.version + 1, a.updatedAt = :now"
                        + " where a.realmId = :realmId and a.userId = :userId and a.id <> :id and a." + flag + " = true")
                .setParameter("now", now).setParameter("realmId", realmId)
                .setParameter("userId", userId).setParameter("id", keptId == null ? "" : keptId)
                .executeUpdate();
    }

    /** Takes the row lock of the customer's user row: the writes of one address book run one after the other. */
    void lockBook(String userId) {
        em.find(UserEntity.class, userId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The row as committed now (it may have been read before the lock). */
    void reload(AddressEntity address) {
        em.refresh(address);
    }

    void insert(AddressEntity address) {
        em.persist(address);
        em.flush();
    }

    void delete(AddressEntity address) {
        em.remove(address);
        em.flush();
    }

    void flush() {
        em.flush();
    }
}
