package dev.kontor.commerce.address;

import dev.kontor.commerce.CustomerScope;
import dev.kontor.http.PageRequest;
import dev.kontor.http.ProblemException;
import dev.kontor.event.AddressEvents;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.Owner;
import dev.kontor.readcache.ReadCacheGroups;
import dev.kontor.readcache.ReadCacheProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
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
    private final AddressStore store;
    private final CustomerScope customer;

    public AddressBook(KeycloakSession session, EntityManager em, CustomerScope customer) {
        this.session = session;
        this.store = new AddressStore(em);
        this.customer = customer;
    }

    public record Page(List<AddressView> items, long total) {
    }

    /** Defaults first, then newest; from the read cache, which every address change clears for this login. */
    public Page list(PageRequest page) {
        return session.getProvider(ReadCacheProvider.class).get(ReadCacheGroups.addressesOf(customer.realmId(), customer.userId()),
                page.first() + " " + page.max(), () -> load(page));
    }

    private Page load(PageRequest page) {
        List<AddressEntity> rows = store.defaultsFirst(customer.realmId(), customer.userId(), page.first(), page.max());
        // a first page that is not full holds them all: no second query for the count
        long total = page.first() == 0 && rows.size() < page.max() ? rows.size() : count();
        return new Page(rows.stream().map(AddressView::of).toList(), total);
    }

    /**
     * Support's read-only view of any user's book (the admin API): newest first, without the
     * defaults-first order of the customer's own list, and always counted.
     */
    public static Page ofUser(EntityManager em, String realmId, String userId, PageRequest page) {
        AddressStore store = new AddressStore(em);
        List<AddressView> items = store.newestFirst(realmId, userId, page.first(), page.max()).stream()
                .map(AddressView::of).toList();
        return new Page(items, store.count(realmId, userId));
    }

    public AddressEntity get(String id) {
        AddressEntity address = store.find(id).orElse(null);
        if (address == null || !address.getRealmId().equals(customer.realmId()) || !address.getUserId().equals(customer.userId())) {
            throw ProblemException.notFound("address_not_found", "You have no address with this id.");
        }
        return address;
    }

    public AddressEntity create(AddressInput input, long now) {
        AddressFields fields = validate(input);
        return written(() -> ProblemException.conflict("address_book_busy",
                "The address book is being changed right now. Try again."), () -> insert(input, fields, now));
    }

    private AddressEntity insert(AddressInput input, AddressFields fields, long now) {
        store.lockBook(customer.userId());
        long existing = count();
        if (existing >= MAX_ADDRESSES) {
            throw ProblemException.conflict("address_limit_reached", "An address book holds at most " + MAX_ADDRESSES + " addresses.");
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
        store.insert(address);
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
            throw new ProblemException(Response.Status.PRECONDITION_REQUIRED, "precondition_required",
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
        store.flush();
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
        store.delete(address);
        if (address.isDefaultBilling() || address.isDefaultShipping()) {
            store.newestFirst(customer.realmId(), customer.userId(), 0, 1).stream().findFirst().ifPresent(heir -> {
                heir.setDefaultBilling(heir.isDefaultBilling() || address.isDefaultBilling());
                heir.setDefaultShipping(heir.isDefaultShipping() || address.isDefaultShipping());
                heir.setUpdatedAt(now);
                store.flush();
            });
        }
        published(AddressEvents.Change.DELETED, address);
    }

    private void published(AddressEvents.Change change, AddressEntity address) {
        KontorEvent.publish(new AddressEvents.AddressChanged(session,
                new Owner(customer.realmId(), customer.userId(), customer.customerNumber()), change, address.getId(), address.getVersion()));
    }

    private long count() {
        return store.count(customer.realmId(), customer.userId());
    }

    private static void checkVersion(AddressEntity address, int expected) {
        if (address.getVersion() != expected) {
            throw new ProblemException(Response.Status.PRECONDITION_FAILED, "version_conflict",
                    "The address was changed elsewhere (now version " + address.getVersion() + "). Reload it and try again.");
        }
    }

    /** Clears the flags this address holds on every other address of the customer. */
    private void takeDefaults(AddressEntity address, long now) {
        for (String flag : new String[]{"defaultBilling", "defaultShipping"}) {
            boolean holds = flag.equals("defaultBilling") ? address.isDefaultBilling() : address.isDefaultShipping();
            if (holds) {
                store.clearFlagOnOthers(flag, customer.realmId(), customer.userId(), address.getId(), now);
            }
        }
    }

    /** The address as committed now, read under the book's lock (it may have been read before). */
    private AddressEntity lockedCurrent(String id) {
        store.lockBook(customer.userId());
        AddressEntity address = get(id);
        store.reload(address);
        return address;
    }

    /**
     * Runs a write; what the database refuses is answered as {@code refused}. Keycloak's entity
     * manager hands out its persistence exceptions as {@link ModelException}s (an optimistic lock
     * failure as ModelIllegalStateException), Hibernate flushes before the bulk default update, so
     * both kinds are caught around the whole write.
     */
    private static <T> T written(Supplier<ProblemException> refused, Supplier<T> write) {
        try {
            return write.get();
        } catch (PersistenceException | ModelException e) {
            throw refused.get();
        }
    }

    private static ProblemException concurrentChange() {
        return new ProblemException(Response.Status.PRECONDITION_FAILED, "version_conflict",
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
