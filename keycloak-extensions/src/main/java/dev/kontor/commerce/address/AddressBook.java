package dev.kontor.commerce.address;

import dev.kontor.commerce.CommerceException;
import dev.kontor.commerce.Customer;
import dev.kontor.event.AddressEvents;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.Owner;
import dev.kontor.portal.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.jpa.entities.UserEntity;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.List;
import java.util.function.Supplier;

/**
 * The signed-in customer's address book (COM-1). Addresses are always personal, also in company
 * accounts. While any address exists exactly one holds the default billing and one the default
 * shipping flag: the first address takes both, setting a flag moves it, deleting a holder hands its
 * flags to the newest remaining address. Changes need the version the client last read
 * ({@code If-Match}), so two tabs cannot silently overwrite each other.
 * <p>
 * Every write first takes the row lock of the customer's user row, so the writes of one address book
 * run one after the other on every database and node: of parallel updates with the same
 * {@code If-Match} one wins and the others meet the new version (412); parallel first addresses
 * cannot both become the default; the 50-address limit holds. Whatever the database still refuses
 * (a lock wait that timed out, a deadlock victim) is a 412 or 409, never a 500.
 * <p>
 * Each accepted write is one event, {@code address.created}, {@code address.changed} or
 * {@code address.deleted}, for the address the request named.
 */
public class AddressBook {

    /** Enough for any household or office; stops a script from filling the table. */
    public static final int MAX_ADDRESSES = 50;

    private final KeycloakSession session;
    private final EntityManager em;
    private final Customer customer;

    public AddressBook(KeycloakSession session, EntityManager em, Customer customer) {
        this.session = session;
        this.em = em;
        this.customer = customer;
    }

    /** Hibernate's hint for entities that are only read: no snapshot kept, no dirty check at commit. */
    static final String READ_ONLY = "org.hibernate.readOnly";

    public record Page(List<AddressView> items, long total) {
    }

    /** Defaults first, then newest. */
    public Page list(PageRequest page) {
        List<AddressEntity> rows = em.createQuery("select a from AddressEntity a where a.realmId = :realmId and a.userId = :userId"
                        + " order by case when a.defaultBilling = true or a.defaultShipping = true then 0 else 1 end,"
                        + " a.createdAt desc, a.id desc", AddressEntity.class)
                .setParameter("realmId", customer.realmId()).setParameter("userId", customer.userId())
                .setFirstResult(page.first()).setMaxResults(page.max())
                .setHint(READ_ONLY, true)
                .getResultList();
        // a first page that is not full holds them all: no second query for the count
        long total = page.first() == 0 && rows.size() < page.max() ? rows.size() : count();
        return new Page(rows.stream().map(AddressView::of).toList(), total);
    }

    /**
     * Support's read-only view of any user's book (the admin API): newest first, without the
     * defaults-first order of the customer's own list, and always counted.
     */
    public static Page ofUser(EntityManager em, String realmId, String userId, PageRequest page) {
        String where = " from AddressEntity a where a.realmId = :realmId and a.userId = :userId";
        List<AddressView> items = em.createQuery("select a" + where + " order by a.createdAt desc, a.id desc", AddressEntity.class)
                .setParameter("realmId", realmId).setParameter("userId", userId)
                .setFirstResult(page.first()).setMaxResults(page.max())
                .getResultStream().map(AddressView::of).toList();
        long total = em.createQuery("select count(a)" + where, Long.class)
                .setParameter("realmId", realmId).setParameter("userId", userId).getSingleResult();
        return new Page(items, total);
    }

    public AddressEntity get(String id) {
        AddressEntity address = id == null ? null : em.find(AddressEntity.class, id);
        if (address == null || !address.getRealmId().equals(customer.realmId()) || !address.getUserId().equals(customer.userId())) {
            throw CommerceException.notFound("address_not_found", "You have no address with this id.");
        }
        return address;
    }

    public AddressEntity create(AddressInput input, long now) {
        AddressFields fields = validate(input);
        return written(() -> CommerceException.conflict("address_book_busy",
                "The address book is being changed right now. Try again."), () -> insert(input, fields, now));
    }

    private AddressEntity insert(AddressInput input, AddressFields fields, long now) {
        lockBook();
        long existing = count();
        if (existing >= MAX_ADDRESSES) {
            throw CommerceException.conflict("address_limit_reached", "An address book holds at most " + MAX_ADDRESSES + " addresses.");
        }
        AddressEntity address = new AddressEntity();
        address.setId(KeycloakModelUtils.generateId());
        address.setRealmId(customer.realmId());
        address.setUserId(customer.userId());
        address.setCreatedAt(now);
        apply(address, fields, now);
        boolean first = existing == 0;
        address.setDefaultBilling(first || Boolean.TRUE.equals(input.defaultBilling()));
        address.setDefaultShipping(first || Boolean.TRUE.equals(input.defaultShipping()));
        takeDefaults(address, now);
        em.persist(address);
        em.flush();
        published(AddressEvents.Change.CREATED, address);
        return address;
    }

    /** Full replace; {@code expectedVersion} from If-Match, else from the body. */
    public AddressEntity update(String id, Integer ifMatchVersion, AddressInput input, long now) {
        return written(AddressBook::concurrentChange, () -> replace(id, ifMatchVersion, input, now));
    }

    private AddressEntity replace(String id, Integer ifMatchVersion, AddressInput input, long now) {
        AddressEntity address = lockedCurrent(id);
        Integer expected = ifMatchVersion != null ? ifMatchVersion : input.version();
        if (expected == null) {
            throw new CommerceException(Response.Status.PRECONDITION_REQUIRED, "precondition_required",
                    "Send the version you last read as If-Match: \"<version>\" (or \"version\" in the body).");
        }
        checkVersion(address, expected);
        AddressFields fields = validate(input);
        apply(address, fields, now);
        // A flag can only move to an address, never be switched off: some address must hold it.
        if (Boolean.TRUE.equals(input.defaultBilling())) {
            address.setDefaultBilling(true);
        }
        if (Boolean.TRUE.equals(input.defaultShipping())) {
            address.setDefaultShipping(true);
        }
        takeDefaults(address, now);
        em.flush();
        published(AddressEvents.Change.CHANGED, address);
        return address;
    }

    public void delete(String id, Integer ifMatchVersion, long now) {
        written(AddressBook::concurrentChange, () -> {
            remove(id, ifMatchVersion, now);
            return null;
        });
    }

    private void remove(String id, Integer ifMatchVersion, long now) {
        AddressEntity address = lockedCurrent(id);
        if (ifMatchVersion != null) {
            checkVersion(address, ifMatchVersion);
        }
        em.remove(address);
        em.flush();
        if (address.isDefaultBilling() || address.isDefaultShipping()) {
            em.createQuery("select a from AddressEntity a where a.realmId = :realmId and a.userId = :userId"
                            + " order by a.createdAt desc, a.id desc", AddressEntity.class)
                    .setParameter("realmId", customer.realmId()).setParameter("userId", customer.userId())
                    .setMaxResults(1).getResultStream().findFirst().ifPresent(heir -> {
                        heir.setDefaultBilling(heir.isDefaultBilling() || address.isDefaultBilling());
                        heir.setDefaultShipping(heir.isDefaultShipping() || address.isDefaultShipping());
                        heir.setUpdatedAt(now);
                        em.flush();
                    });
        }
        published(AddressEvents.Change.DELETED, address);
    }

    private void published(AddressEvents.Change change, AddressEntity address) {
        KontorEvent.publish(new AddressEvents.AddressChanged(session,
                new Owner(customer.realmId(), customer.userId(), customer.customerNumber()), change, address.getId(), address.getVersion()));
    }

    private long count() {
        return em.createQuery("select count(a) from AddressEntity a where a.realmId = :realmId and a.userId = :userId", Long.class)
                .setParameter("realmId", customer.realmId()).setParameter("userId", customer.userId())
                .getSingleResult();
    }

    private static void checkVersion(AddressEntity address, int expected) {
        if (address.getVersion() != expected) {
            throw new CommerceException(Response.Status.PRECONDITION_FAILED, "version_conflict",
                    "The address was changed elsewhere (now version " + address.getVersion() + "). Reload it and try again.");
        }
    }

    /** Clears the flags this address holds on every other address of the customer. */
    private void takeDefaults(AddressEntity address, long now) {
        for (String flag : new String[]{"defaultBilling", "defaultShipping"}) {
            boolean holds = flag.equals("defaultBilling") ? address.isDefaultBilling() : address.isDefaultShipping();
            if (holds) {
                // Bumps the version too: the other address's representation (and so its ETag) changed.
                em.createQuery("update AddressEntity a set a." + flag + " = false, a.version = a.version + 1, a.updatedAt = :now"
                                + " where a.realmId = :realmId and a.userId = :userId and a.id <> :id and a." + flag + " = true")
                        .setParameter("now", now).setParameter("realmId", customer.realmId())
                        .setParameter("userId", customer.userId()).setParameter("id", address.getId() == null ? "" : address.getId())
                        .executeUpdate();
            }
        }
    }

    /** The address as committed now, read under the book's lock (it may have been read before). */
    private AddressEntity lockedCurrent(String id) {
        lockBook();
        AddressEntity address = get(id);
        em.refresh(address);
        return address;
    }

    private void lockBook() {
        em.find(UserEntity.class, customer.userId(), LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Runs a write; what the database refuses is answered as {@code refused}. Keycloak's entity
     * manager hands out its persistence exceptions as {@link ModelException}s (an optimistic lock
     * failure as ModelIllegalStateException), Hibernate flushes before the bulk default update, so
     * both kinds are caught around the whole write.
     */
    private static <T> T written(Supplier<CommerceException> refused, Supplier<T> write) {
        try {
            return write.get();
        } catch (PersistenceException | ModelException e) {
            throw refused.get();
        }
    }

    private static CommerceException concurrentChange() {
        return new CommerceException(Response.Status.PRECONDITION_FAILED, "version_conflict",
                "The address was changed elsewhere at the same time. Reload it and try again.");
    }

    private static AddressFields validate(AddressInput in) {
        return AddressFields.validate("", in.firstName(), in.lastName(), in.company(), in.phone(), in.street(),
                in.houseNumber(), in.extraLine(), in.postcode(), in.city(), in.country(), in.region());
    }

    private static void apply(AddressEntity a, AddressFields f, long now) {
        a.setFirstName(f.firstName());
        a.setLastName(f.lastName());
        a.setCompany(f.company());
        a.setPhone(f.phone());
        a.setStreet(f.street());
        a.setHouseNumber(f.houseNumber());
        a.setExtraLine(f.extraLine());
        a.setPostcode(f.postcode());
        a.setCity(f.city());
        a.setCountry(f.country());
        a.setRegion(f.region());
        a.setUpdatedAt(now);
    }
}
