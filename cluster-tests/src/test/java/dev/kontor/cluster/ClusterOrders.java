package dev.kontor.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kontor.cluster.ClusterApi.Reply;

/**
 * The cluster's orders as the back end writes them (admin API, through the proxy) and as they are
 * stored (SQL on the cluster's database, so a count does not depend on either node being up).
 */
final class ClusterOrders {

    private final ClusterApi api;
    private final TwoNodeCluster cluster;

    ClusterOrders(ClusterApi api, TwoNodeCluster cluster) {
        this.api = api;
        this.cluster = cluster;
    }

    /** {@code PUT /admin/realms/kontor/portal/orders/{number}}; {@code route} null for round-robin. */
    Reply importOrder(String backendToken, String number, Map<String, Object> order, String route) throws Exception {
        return api.call("PUT", "/admin/realms/" + ClusterApi.REALM + "/portal/orders/" + number, backendToken, order, route);
    }

    /** A delivered order (within the return window) with {@code lines} lines of one piece each. */
    static Map<String, Object> delivered(String userId, int lines) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("firstName", "Bench");
        address.put("lastName", "User");
        address.put("street", "Lagerweg");
        address.put("houseNumber", "5");
        address.put("postcode", "20095");
        address.put("city", "Hamburg");
        address.put("country", "DE");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            items.add(Map.of("sku", "SKU-" + i, "name", "Chair " + i, "quantity", 1, "unitPrice", "49.00", "taxRate", "19.00", "orderable", true));
        }
        Instant deliveredAt = Instant.now().minus(1, ChronoUnit.DAYS);
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("userId", userId);
        order.put("status", "delivered");
        order.put("placedAt", deliveredAt.minus(2, ChronoUnit.DAYS).toString());
        order.put("deliveredAt", deliveredAt.toString());
        order.put("currency", "EUR");
        order.put("billingAddress", address);
        order.put("shippingAddress", address);
        order.put("lines", items);
        order.put("shipping", "4.90");
        order.put("discount", "0.00");
        return order;
    }

    /** How many rows each order number starting with {@code prefix} has in {@code KONTOR_ORDER}. */
    Map<String, Integer> storedOrders(String prefix) throws Exception {
        Map<String, Integer> stored = new LinkedHashMap<>();
        try (Connection c = cluster.database();
             PreparedStatement s = c.prepareStatement("SELECT order_number, count(*) FROM kontor_order WHERE order_number LIKE ? GROUP BY order_number")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return stored;
    }

    /** The order lines of the orders whose number starts with {@code prefix}. */
    int storedLines(String prefix) throws Exception {
        try (Connection c = cluster.database();
             PreparedStatement s = c.prepareStatement(
                     "SELECT count(*) FROM kontor_order_line l JOIN kontor_order o ON o.id = l.order_id WHERE o.order_number LIKE ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
