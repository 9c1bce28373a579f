package dev.kontor.commerce.returns;

import dev.kontor.commerce.CustomerScope;
import dev.kontor.commerce.order.CommerceSettings;
import dev.kontor.http.FieldError;
import dev.kontor.http.ProblemException;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.order.CustomerOrders;
import dev.kontor.commerce.order.OrderDetails;
import dev.kontor.commerce.order.OrderEntity;
import dev.kontor.commerce.order.OrderLineEntity;
import dev.kontor.commerce.order.OrderStatus;
import dev.kontor.event.Actor;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.ReturnEvents;
import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Returns of the signed-in customer (COM-3). A request locks the order row first, then counts
 * what is already returned: two concurrent requests for the same order are serialised by the
 * database, so together they can never return more than was bought.
 */
public class CustomerReturns {

    public static final int MAX_COMMENT = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] NUMBER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final KeycloakSession session;
    private final EntityManager em;
    private final CustomerScope customer;
    private final CommerceSettings settings;

    public CustomerReturns(KeycloakSession session, EntityManager em, CustomerScope customer, CommerceSettings settings) {
        this.session = session;
        this.em = em;
        this.customer = customer;
        this.settings = settings;
    }

    /** Body of {@code POST /returns}. */
    public record Input(String orderId, String reason, String comment, List<LineInput> lines) {
    }

    public record LineInput(String orderLineId, Integer quantity) {
    }

    public ReturnView.Page list(int first, int max) {
        return new ReturnStore(em).search(customer.visibleCondition("r"), customer::bind, null, first, max);
    }

    public ReturnEntity get(String id) {
        ReturnEntity ret = new ReturnStore(em).find(id);
        if (ret == null || !customer.sees(ret.getRealmId(), ret.getUserId(), ret.getCustomerNumber())) {
            throw ProblemException.notFound("return_not_found", "You have no return with this id.");
        }
        return ret;
    }

    public ReturnEntity request(Input input, long now) {
        String comment = validate(input);
        return requestValidated(input, comment, now);
    }

    /** Checks the parts of a return request that need no database; returns the trimmed comment. */
    public static String validate(Input input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.orderId() == null || input.orderId().isBlank()) {
            errors.add(new FieldError("orderId", "required", "This field is required."));
        }
        if (input.reason() == null || !ReturnReason.isCode(input.reason())) {
            errors.add(new FieldError("reason", "invalid_reason", "Use a code from GET /return-reasons."));
        }
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.add(new FieldError("comment", "too_long", "At most " + MAX_COMMENT + " characters."));
        }
        if (input.lines() == null || input.lines().isEmpty()) {
            errors.add(new FieldError("lines", "required", "Choose at least one line to return."));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < input.lines().size(); i++) {
                LineInput line = input.lines().get(i);
                if (line == null || line.orderLineId() == null) {
                    errors.add(new FieldError("lines[" + i + "].orderLineId", "required", "This field is required."));
                } else if (!seen.add(line.orderLineId())) {
                    errors.add(new FieldError("lines[" + i + "].orderLineId", "duplicate_line", "Each line may appear once."));
                }
                if (line != null && (line.quantity() == null || line.quantity() < 1)) {
                    errors.add(new FieldError("lines[" + i + "].quantity", "invalid_quantity", "Use a whole number of at least 1."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return comment;
    }

    private ReturnEntity requestValidated(Input input, String comment, long now) {
        // The lock that makes the quantity guard hold under concurrent requests.
        OrderEntity order = new CustomerOrders(session, em, customer, settings).getLocked(input.orderId());
        LocalDate until = OrderDetails.returnableUntil(order, settings);
        requireDelivered(order);
        if (until == null || Times.today().isAfter(until)) {
            throw ProblemException.conflict("return_not_allowed", "The return window of this order ended on " + until + ".");
        }
        return create(session, order, input, comment, customer.userId(), Actor.CUSTOMER, now);
    }

    /** 409 {@code return_not_allowed} unless the order is delivered: whoever records the return. */
    static void requireDelivered(OrderEntity order) {
        if (!OrderStatus.DELIVERED.code().equals(order.getStatus())) {
            throw ProblemException.conflict("return_not_allowed", "Returns are possible once the order is delivered.");
        }
    }

    /**
     * Writes a return for an order the caller has locked (and checked for status and window): the
     * lines must be the order's, and no more than bought minus already returned (not rejected).
     * The new return is the event {@code return.requested}.
     *
     * @param by the customer in the portal, or the shop recording it for them
     */
    public static ReturnEntity create(KeycloakSession session, OrderEntity order, Input input, String comment, String userId,
                                      Actor by, long now) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        Map<String, OrderLineEntity> orderLines = OrderDetails.lines(em, order.getId()).stream()
                .collect(Collectors.toMap(OrderLineEntity::getId, Function.identity()));
        Map<String, Long> returned = OrderDetails.returnedQuantities(em, order.getId());
        List<FieldError> unknown = new ArrayList<>();
        List<FieldError> exceeded = new ArrayList<>();
        for (int i = 0; i < input.lines().size(); i++) {
            LineInput line = input.lines().get(i);
            OrderLineEntity orderLine = orderLines.get(line.orderLineId());
            if (orderLine == null) {
                unknown.add(new FieldError("lines[" + i + "].orderLineId", "unknown_line", "This order has no such line."));
                continue;
            }
            long returnable = orderLine.getQuantity() - returned.getOrDefault(orderLine.getId(), 0L);
            if (line.quantity() > returnable) {
                exceeded.add(new FieldError("lines[" + i + "].quantity", "quantity_exceeded",
                        "At most " + Math.max(0, returnable) + " can still be returned."));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.validation(unknown);
        }
        if (!exceeded.isEmpty()) {
            throw new ProblemException(ProblemException.UNPROCESSABLE, "quantity_exceeded",
                    "More pieces than bought and not yet returned.", exceeded);
        }

        ReturnEntity ret = new ReturnEntity();
        ret.setId(KeycloakModelUtils.generateId());
        ret.setRealmId(order.getRealmId());
        ret.setOrderId(order.getId());
        ret.setUserId(userId);
        ret.setCustomerNumber(order.getCustomerNumber());
        ret.setNumber(newNumber());
        ret.setStatus(ReturnStatus.REQUESTED.code());
        ret.setReason(input.reason());
        ret.setComment(comment);
        ret.setCurrency(order.getCurrency());
        ret.setCreatedAt(now);
        ret.setUpdatedAt(now);
        em.persist(ret);
        for (LineInput line : input.lines()) {
            ReturnLineEntity row = new ReturnLineEntity();
            row.setId(KeycloakModelUtils.generateId());
            row.setReturnId(ret.getId());
            row.setOrderLineId(line.orderLineId());
            row.setQuantity(line.quantity());
            em.persist(row);
        }
        OrderDetails.refresh(session, em, order); // flushes: the lines are written before the read model counts them
        KontorEvent.publish(new ReturnEvents.Requested(session, ret.owner(), ret.getId(), ret.getNumber(), order.getId(),
                order.getNumber(), ret.getReason(), by));
        return ret;
    }

    /** {@code R-} and 10 characters without look-alikes (0/O, 1/I): unique per realm by constraint. */
    static String newNumber() {
        StringBuilder number = new StringBuilder("R-");
        for (int i = 0; i < 10; i++) {
            number.append(NUMBER_ALPHABET[RANDOM.nextInt(NUMBER_ALPHABET.length)]);
        }
        return number.toString();
    }
}
