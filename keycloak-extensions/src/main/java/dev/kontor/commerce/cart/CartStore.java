package dev.kontor.commerce.cart;

import jakarta.persistence.EntityManager;

import java.util.List;

/** Every query on carts; the rules are in {@link Reorder}. */
final class CartStore {

    private final EntityManager em;

    CartStore(EntityManager em) {
        this.em = em;
    }

    CartEntity find(String id) {
        return id == null || id.length() > 36 ? null : em.find(CartEntity.class, id);
    }

    List<CartLineEntity> lines(String cartId) {
        return em.createQuery("select l from CartLineEntity l where l.cartId = :cartId order by l.position",
                CartLineEntity.class).setParameter("cartId", cartId).getResultList();
    }

    /** The customer's carts made before {@code cutoff} (their lines go with them: foreign key on delete cascade). */
    void deleteOlderThan(String realmId, String userId, long cutoff) {
        em.createQuery("delete from CartEntity c where c.realmId = :realmId and c.userId = :userId and c.createdAt < :cutoff")
                .setParameter("realmId", realmId).setParameter("userId", userId)
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    void insert(CartEntity cart, List<CartLineEntity> lines) {
        em.persist(cart);
        lines.forEach(em::persist);
    }
}
