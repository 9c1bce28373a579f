package dev.kontor.commerce.address;

import dev.kontor.commerce.CommerceException;
import dev.kontor.commerce.Customer;
import dev.kontor.portal.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.List;

/**
 * The signed-in customer's address book (COM-1). Addresses are always personal, also in company
 * accounts. While any address exists exactly one holds the default billing and one the default
 * shipping flag: the first address takes both, setting a flag moves it, deleting a holder hands its
 * flags to the newest remaining address. Changes need the version the client last read
 * ({@code If-Match}), so two tabs cannot silently overwrite each other.
 */
public class AddressBook {

    /** Enough for any household or office; stops a script from filling the table. */
    public static final int MAX_ADDRESSES = 50;

    private final EntityManager em;
    private final Customer customer;

    public AddressBook(EntityManager em, Customer customer) {
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

    public AddressEntity get(String id) {
        AddressEntity address = id == null ? null : em.find(AddressEntity.class, id);
        if (address == null || !address.getRealmId().equals(customer.realmId()) || !address.getUserId().equals(customer.userId())) {
            throw CommerceException.notFound("address_not_found", "You have no address with this id.");
        }
        return address;
    }

    public AddressEntity create(AddressInput input, long now) {
        AddressFields fields = validate(input);
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
        return address;
    }

    /** Full replace; {@code expectedVersion} from If-Match, else from the body. */
    public AddressEntity update(String id, Integer ifMatchVersion, AddressInput input, long now) {
        AddressEntity address = get(id);
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
        return flush(address);
    }

    public void delete(String id, Integer ifMatchVersion, long now) {
        AddressEntity address = get(id);
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
                        flush(heir);
                    });
        }
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

    private AddressEntity flush(AddressEntity address) {
        try {
            em.flush();
            return address;
        } catch (OptimisticLockException e) {
            throw new CommerceException(Response.Status.PRECONDITION_FAILED, "version_conflict",
                    "The address was changed elsewhere at the same time. Reload it and try again.");
        }
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
