package dev.kontor.commerce.cart;

import dev.kontor.commerce.CustomerScope;
import dev.kontor.commerce.order.CommerceSettings;
import dev.kontor.http.FieldError;
import dev.kontor.http.ProblemException;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.order.OrderDetails;
import dev.kontor.commerce.order.OrderEntity;
import dev.kontor.commerce.order.OrderLineEntity;
import dev.kontor.event.CartCreated;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.Owner;
import jakarta.persistence.EntityManager;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Nachbestellen" (COM-2): copies a whole order or chosen lines into a cart the shop picks up at
 * {@code GET /carts/{id}}. Lines the back end marked as no longer orderable are skipped and
 * listed with the reason. Carts are personal and expire after {@value #CART_DAYS} days. A new cart
 * is the event {@code cart.created}.
 */
public class Reorder {

    public static final int CART_DAYS = 30;
    public static final String NOT_ORDERABLE = "not_orderable";

    private final KeycloakSession session;
    private final EntityManager em;
    private final CartStore store;
    private final CustomerScope customer;
    private final CommerceSettings settings;

    public Reorder(KeycloakSession session, EntityManager em, CustomerScope customer, CommerceSettings settings) {
        this.session = session;
        this.em = em;
        this.store = new CartStore(em);
        this.customer = customer;
        this.settings = settings;
    }

    /** Body of {@code POST /orders/{id}/reorder}: no {@code lineIds} means the whole order. */
    public record Input(List<String> lineIds) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CartLine(String sku, String name, int quantity) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Skipped(String lineId, String sku, String name, String reason) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Result(String cartId, String cartUrl, List<CartLine> lines, List<Skipped> skipped) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Cart(String id, String createdAt, List<CartLine> lines, String sourceOrderId) {
    }

    public Result reorder(OrderEntity order, Input input, long now) {
        List<OrderLineEntity> lines = OrderDetails.lines(em, order.getId());
        List<OrderLineEntity> chosen = choose(lines, input);
        List<CartLine> cartLines = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (OrderLineEntity line : chosen) {
            if (line.isOrderable()) {
                cartLines.add(new CartLine(line.getSku(), line.getName(), line.getQuantity()));
            } else {
                skipped.add(new Skipped(line.getId(), line.getSku(), line.getName(), NOT_ORDERABLE));
            }
        }
        if (cartLines.isEmpty()) {
            throw new ProblemException(ProblemException.UNPROCESSABLE, "nothing_orderable",
                    "None of the chosen lines can be ordered any more.",
                    skipped.stream().map(s -> new FieldError("lineIds", NOT_ORDERABLE, s.lineId())).toList());
        }
        deleteExpiredCarts(now);
        CartEntity cart = new CartEntity();
        cart.setId(KeycloakModelUtils.generateId());
        cart.setRealmId(customer.realmId());
        cart.setUserId(customer.userId());
        cart.setSourceOrderId(order.getId());
        cart.setCreatedAt(now);
        List<CartLineEntity> rows = new ArrayList<>();
        int position = 0;
        for (CartLine line : cartLines) {
            CartLineEntity row = new CartLineEntity();
            row.setId(KeycloakModelUtils.generateId());
            row.setCartId(cart.getId());
            row.setPosition(position++);
            row.setSku(line.sku());
            row.setName(line.name());
            row.setQuantity(line.quantity());
            rows.add(row);
        }
        store.insert(cart, rows);
        // The cart is the customer's own, whoever's order it copies (a company admin may reorder a colleague's).
        KontorEvent.publish(new CartCreated(session, new Owner(customer.realmId(), customer.userId(), customer.customerNumber()),
                cart.getId(), order.getId(), order.getNumber(), cartLines.size()));
        return new Result(cart.getId(), settings.cartUrl(cart.getId()), cartLines, skipped);
    }

    public Cart cart(String id, long now) {
        CartEntity cart = store.find(id);
        if (cart == null || !cart.getRealmId().equals(customer.realmId()) || !cart.getUserId().equals(customer.userId())
                || cart.getCreatedAt() < now - CART_DAYS * 86_400_000L) {
            throw ProblemException.notFound("cart_not_found", "You have no cart with this id.");
        }
        List<CartLine> lines = store.lines(id).stream()
                .map(l -> new CartLine(l.getSku(), l.getName(), l.getQuantity())).toList();
        return new Cart(cart.getId(), Times.instant(cart.getCreatedAt()), lines, cart.getSourceOrderId());
    }

    private static List<OrderLineEntity> choose(List<OrderLineEntity> lines, Input input) {
        if (input == null || input.lineIds() == null) {
            return lines;
        }
        if (input.lineIds().isEmpty()) {
            throw ProblemException.invalidField("lineIds", "required", "Name at least one line, or leave lineIds out for the whole order.");
        }
        Map<String, OrderLineEntity> byId = lines.stream().collect(Collectors.toMap(OrderLineEntity::getId, Function.identity()));
        Set<String> wanted = new LinkedHashSet<>(input.lineIds());
        List<FieldError> unknown = new ArrayList<>();
        int index = 0;
        for (String lineId : input.lineIds()) {
            if (lineId == null || !byId.containsKey(lineId)) {
                unknown.add(new FieldError("lineIds[" + index + "]", "unknown_line", "This order has no such line."));
            }
            index++;
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.validation(unknown);
        }
        return wanted.stream().map(byId::get).toList();
    }

    private void deleteExpiredCarts(long now) {
        store.deleteOlderThan(customer.realmId(), customer.userId(), now - CART_DAYS * 86_400_000L);
    }
}
