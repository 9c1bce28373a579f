package dev.kontor.commerce.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.address.AddressFields;
import dev.kontor.commerce.invoice.InvoiceRecords;
import dev.kontor.commerce.invoice.InvoiceStore;
import dev.kontor.commerce.money.Amounts;
import dev.kontor.commerce.money.CostBreakdown;
import dev.kontor.customer.CustomerAttributes;
import dev.kontor.http.FieldError;
import dev.kontor.http.ProblemException;
import dev.kontor.commerce.money.Money;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.OrderEvents;
import dev.kontor.event.Owner;
import dev.kontor.readcache.ReadCacheGroups;
import dev.kontor.readcache.ReadCacheProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Creates or updates an order from a shop or ERP, keyed by its external number: the same request
 * twice leaves the same order (idempotent). Lines are matched by position and keep their ids, so
 * returns that point at them stay valid; a line that returns point at cannot be dropped or cut
 * below the returned quantity. A status change must be a valid move and is written to the history.
 * <p>
 * Events: a new number is {@code order.imported}; a repeated import publishes the status move's event
 * ({@code order.status_changed} / {@code order.cancelled}) and, if it changed what the order holds,
 * {@code order.updated}; one that repeats the order as it is publishes nothing.
 */
public class OrderImport {

    public static final int MAX_LINES = 500;
    public static final Pattern EXTERNAL_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final ObjectMapper SNAPSHOTS = new ObjectMapper();

    private final KeycloakSession session;
    private final EntityManager em;
    private final RealmModel realm;

    public OrderImport(KeycloakSession session, EntityManager em, RealmModel realm) {
        this.session = session;
        this.em = em;
        this.realm = realm;
    }

    /** The order after the import, and whether it was new. */
    public record Outcome(OrderEntity order, boolean created) {
    }

    public static void checkNumber(String number) {
        if (number == null || !EXTERNAL_NUMBER.matcher(number).matches()) {
            throw ProblemException.notFound("order_not_found", "Order numbers are 1-64 letters, digits and . _ / -.");
        }
    }

    /** The order with this external number, locked for the rest of the transaction, or null. */
    public OrderEntity findLocked(String number) {
        return new OrderStore(em).findLocked(realm.getId(), number);
    }

    public OrderEntity require(String number) {
        checkNumber(number);
        OrderEntity order = findLocked(number);
        if (order == null) {
            throw ProblemException.notFound("order_not_found", "No order with this number in this realm.");
        }
        return order;
    }

    /** The order as {@link InvoiceRecords} takes it: that package must not import this one, so the refresh is passed in. */
    public InvoiceRecords.OrderRef invoicing(OrderEntity order) {
        return new InvoiceRecords.OrderRef(order.getId(), order.getNumber(), order.getUserId(), order.getCustomerNumber(),
                order.getCurrency(), () -> OrderDetails.refresh(session, em, order));
    }

    public Outcome upsert(String number, OrderImportInput in, long now) {
        checkNumber(number);
        List<FieldError> errors = new ArrayList<>();
        UserModel user = user(in, errors);
        String currency = field(errors, () -> Amounts.currency("currency", in.currency()));
        Long placedAt = field(errors, () -> Times.parseInstant("placedAt", in.placedAt()));
        if (placedAt == null && in.placedAt() == null) {
            errors.add(new FieldError("placedAt", "required", "This field is required."));
        }
        Long deliveredAt = field(errors, () -> Times.parseInstant("deliveredAt", in.deliveredAt()));
        OrderStatus status = in.status() == null ? OrderStatus.PLACED : OrderStatus.parse(in.status()).orElse(null);
        if (status == null) {
            errors.add(new FieldError("status", "invalid_status", "Use placed, processing, shipped, delivered or cancelled."));
        }
        String billing = snapshot(errors, "billingAddress.", in.billingAddress());
        String shipping = snapshot(errors, "shippingAddress.", in.shippingAddress());
        BigDecimal shippingCost = field(errors, () -> Amounts.amount("shipping", in.shipping()));
        BigDecimal discount = field(errors, () -> Amounts.amount("discount", in.discount()));
        List<ValidLine> lines = lines(errors, in.lines());
        String customerNumber = in.customerNumber() != null ? in.customerNumber().trim()
                : user == null ? null : user.getFirstAttribute(CustomerAttributes.CUSTOMER_NUMBER);
        if (customerNumber != null && (customerNumber.isEmpty() || customerNumber.length() > 64)) {
            errors.add(new FieldError("customerNumber", "invalid_value", "1 to 64 characters."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        CostBreakdown costs = CostBreakdown.of(currency, lines.stream().map(ValidLine::money).toList(), shippingCost, discount);
        if (costs.total().signum() < 0) {
            throw ProblemException.invalidField("discount", "discount_too_large", "The discount is larger than the order's gross sum.");
        }

        OrderEntity order = findLocked(number);
        boolean created = order == null;
        if (created) {
            order = new OrderEntity();
            order.setId(KeycloakModelUtils.generateId());
            order.setRealmId(realm.getId());
            order.setNumber(number);
            order.setStatus(status.code());
            order.setCreatedAt(now);
        } else if (!order.getCurrency().equals(currency)) {
            throw ProblemException.conflict("currency_change", "The order's currency cannot change.");
        }
        List<Object> contentBefore = created ? null : content(order);
        Owner ownerBefore = created ? null : order.owner();
        order.setUserId(user.getId());
        order.setCustomerNumber(customerNumber);
        order.setPlacedAt(placedAt);
        order.setCurrency(currency);
        order.setBillingAddress(billing);
        order.setShippingAddress(shipping);
        order.setNet(costs.net());
        order.setShipping(costs.shipping());
        order.setDiscount(costs.discount());
        order.setTotal(costs.total());
        order.setItemCount(lines.stream().mapToInt(l -> l.quantity).sum());
        order.setUpdatedAt(now);
        if (created) {
            em.persist(order);
            CustomerOrders.changeStatus(em, order, status, in.statusNote(), placedAt);
            if (status == OrderStatus.DELIVERED) {
                order.setDeliveredAt(deliveredAt != null ? deliveredAt : now);
            }
            order.setUpdatedAt(now);
        } else {
            InvoiceStore.followOrder(em, order.getId(), order.getUserId(), order.getCustomerNumber());
        }
        boolean linesChanged = writeLines(order, lines, created);
        if (!created) {
            // After the lines: a line that returns hold refuses the import before the move publishes its event.
            new OrderStatusChanges(session, em).move(order, status, in.statusNote(), deliveredAt, now);
        }
        try {
            em.flush();
        } catch (PersistenceException | org.keycloak.models.ModelException e) {
            // Two first imports of one number at the same moment: the unique key lets one win.
            throw ProblemException.conflict("order_conflict", "The order was imported concurrently. Repeat the request.");
        }
        if (created) {
            KontorEvent.publish(new OrderEvents.Imported(session, order.owner(), order.getId(), number, order.getStatus(),
                    Money.round(order.getTotal(), order.getCurrency()), order.getCurrency()));
        } else if (linesChanged || !contentBefore.equals(content(order))) {
            KontorEvent.publish(new OrderEvents.Updated(session, order.owner(), order.getId(), number));
        }
        OrderDetails.refresh(session, em, order);
        if (ownerBefore != null && !ownerBefore.equals(order.owner())) {
            // The event names the new owner; the previous one's cached lists must lose the order too.
            session.getProvider(ReadCacheProvider.class).invalidateAfterCommit(ReadCacheGroups.ofOrder(order.getId(), ownerBefore));
        }
        return new Outcome(order, created);
    }

    /**
     * What an import sets on the order row besides its status (which has its own events), amounts
     * without their scale: equal lists mean the import changed nothing there.
     */
    private static List<Object> content(OrderEntity order) {
        return Arrays.asList(order.getUserId(), order.getCustomerNumber(), order.getPlacedAt(), order.getBillingAddress(),
                order.getShippingAddress(), plain(order.getNet()), plain(order.getShipping()), plain(order.getDiscount()),
                plain(order.getTotal()), order.getItemCount());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    private static boolean sameLine(OrderLineEntity row, ValidLine line) {
        return row.getSku().equals(line.sku) && row.getName().equals(line.name) && row.getQuantity() == line.quantity
                && row.getUnitPrice().compareTo(line.unitPrice) == 0 && row.getTaxRate().compareTo(line.taxRate) == 0
                && row.isOrderable() == line.orderable;
    }

    /** Writes the lines by position; whether any line was added, removed or changed. */
    private boolean writeLines(OrderEntity order, List<ValidLine> lines, boolean created) {
        boolean changed = false;
        List<OrderLineEntity> stored = created ? List.of() : OrderDetails.lines(em, order.getId());
        Map<String, Long> returned = created ? Map.of() : OrderDetails.returnedQuantities(em, order.getId());
        for (int i = 0; i < Math.max(lines.size(), stored.size()); i++) {
            OrderLineEntity row = i < stored.size() ? stored.get(i) : null;
            long returnedHere = row == null ? 0 : returned.getOrDefault(row.getId(), 0L);
            if (i >= lines.size()) {
                if (returnedHere > 0) {
                    throw ProblemException.conflict("order_line_in_use", "Line " + i + " has returns and cannot be removed.");
                }
                em.remove(row);
                changed = true;
                continue;
            }
            ValidLine line = lines.get(i);
            if (line.quantity < returnedHere) {
                throw ProblemException.conflict("order_line_in_use",
                        "Line " + i + " has " + returnedHere + " pieces in returns; its quantity cannot be lower.");
            }
            if (row == null) {
                row = new OrderLineEntity();
                row.setId(KeycloakModelUtils.generateId());
                row.setOrderId(order.getId());
                row.setPosition(i);
                apply(row, line, order.getCurrency());
                em.persist(row);
                changed = true;
            } else {
                changed |= !sameLine(row, line);
                apply(row, line, order.getCurrency());
            }
        }
        return changed;
    }

    private static void apply(OrderLineEntity row, ValidLine line, String currency) {
        row.setSku(line.sku);
        row.setName(line.name);
        row.setQuantity(line.quantity);
        row.setUnitPrice(line.unitPrice);
        row.setTaxRate(line.taxRate);
        row.setLineTotal(line.money().total(currency));
        row.setOrderable(line.orderable);
    }

    private record ValidLine(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal taxRate, boolean orderable) {

        CostBreakdown.Line money() {
            return new CostBreakdown.Line(quantity, unitPrice, taxRate);
        }
    }

    private static List<ValidLine> lines(List<FieldError> errors, List<OrderImportInput.Line> lines) {
        List<ValidLine> valid = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            errors.add(new FieldError("lines", "required", "An order has at least one line."));
            return valid;
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "too_many", "At most " + MAX_LINES + " lines."));
            return valid;
        }
        for (int i = 0; i < lines.size(); i++) {
            OrderImportInput.Line line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "]", "required", "A line cannot be null."));
                continue;
            }
            String sku = text(errors, at + "sku", line.sku(), 64);
            String name = text(errors, at + "name", line.name(), 255);
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > 1_000_000) {
                errors.add(new FieldError(at + "quantity", "invalid_quantity", "A whole number from 1 to 1000000."));
            }
            BigDecimal unitPrice = field(errors, () -> Amounts.amount(at + "unitPrice", line.unitPrice()));
            if (line.unitPrice() == null) {
                errors.add(new FieldError(at + "unitPrice", "required", "This field is required."));
            }
            BigDecimal rate = field(errors, () -> Amounts.rate(at + "taxRate", line.taxRate()));
            if (sku != null && name != null && unitPrice != null && rate != null && line.quantity() != null
                    && line.quantity() >= 1 && line.quantity() <= 1_000_000) {
                valid.add(new ValidLine(sku, name, line.quantity(), unitPrice, rate, line.orderable() == null || line.orderable()));
            }
        }
        return valid;
    }

    private UserModel user(OrderImportInput in, List<FieldError> errors) {
        UserModel user = null;
        if (in.userId() != null) {
            user = session.users().getUserById(realm, in.userId());
            if (user == null) {
                errors.add(new FieldError("userId", "user_not_found", "No user with this id in the realm."));
            }
        } else if (in.email() != null) {
            user = session.users().getUserByEmail(realm, in.email());
            if (user == null) {
                errors.add(new FieldError("email", "user_not_found", "No user with this email in the realm."));
            }
        } else {
            errors.add(new FieldError("userId", "required", "Name the customer by userId or email."));
        }
        return user;
    }

    private static String snapshot(List<FieldError> errors, String prefix, OrderImportInput.Snapshot a) {
        if (a == null) {
            return null;
        }
        AddressFields fields = field(errors, () -> AddressFields.validate(prefix, a.firstName(), a.lastName(), a.company(),
                a.phone(), a.street(), a.houseNumber(), a.extraLine(), a.postcode(), a.city(), a.country(), a.region()));
        try {
            return fields == null ? null : SNAPSHOTS.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", "This field is required."));
            return null;
        }
        if (value.strip().length() > max) {
            errors.add(new FieldError(field, "too_long", "At most " + max + " characters."));
            return null;
        }
        return value.strip();
    }

    /** Runs one field's check, collecting its errors instead of stopping at the first. */
    static <T> T field(List<FieldError> errors, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ProblemException e) {
            if (e.errors() != null) {
                errors.addAll(e.errors());
            }
            return null;
        }
    }
}
