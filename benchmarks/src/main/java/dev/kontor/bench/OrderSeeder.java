package dev.kontor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills {@code KONTOR_ORDER} in bulk, straight in PostgreSQL: each new row is a copy of a template
 * order that came in through the admin API (so every column holds what the server itself writes),
 * with its own id, number, owner and date. Only the order rows are copied: the list endpoint reads
 * nothing else, and the detail scenario reads the template itself, which has its lines.
 */
public final class OrderSeeder implements AutoCloseable {

    private static final long MINUTE = 60_000L;

    private final Connection db;
    private long seeded;

    public OrderSeeder(String url, String user, String password) throws SQLException {
        this.db = DriverManager.getConnection(url, user, password);
        db.setAutoCommit(true);
    }

    /** Orders in the table right now. */
    public long total() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select count(*) from kontor_order")) {
            r.next();
            return r.getLong(1);
        }
    }

    public String orderId(String realmId, String orderNumber) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select id from kontor_order where realm_id = ? and order_number = ?")) {
            s.setString(1, realmId);
            s.setString(2, orderNumber);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("template order " + orderNumber + " not found");
                }
                return r.getString(1);
            }
        }
    }

    /**
     * Inserts {@code count} copies of the template, owned by {@code userId} (or, if null, by one of
     * {@code otherOwners} made-up users, round robin), each a minute older than the previous one.
     */
    public void copies(String templateId, String userId, int otherOwners, long count, String numberPrefix) throws SQLException {
        // literals in the statement, so checked strictly: our own prefixes and Keycloak's UUIDs only
        if (!numberPrefix.matches("[A-Z0-9-]{1,20}") || (userId != null && !userId.matches("[0-9a-f-]{36}"))) {
            throw new IllegalArgumentException("unexpected prefix or user id: " + numberPrefix + ", " + userId);
        }
        List<String> columns = columns();
        Map<String, String> overrides = Map.of(
                "id", "md5('" + numberPrefix + "' || g::text)::uuid::text",
                "order_number", "'" + numberPrefix + "' || lpad(g::text, 9, '0')",
                "user_id", userId == null ? "'bench-other-' || (g % " + otherOwners + ")" : "'" + userId + "'",
                "customer_number", userId == null ? "'BO' || (g % " + otherOwners + ")" : "t.customer_number",
                "placed_at", "t.placed_at - g * " + MINUTE,
                "created_at", "t.created_at - g * " + MINUTE);
        String select = columns.stream().map(c -> overrides.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "));
        String sql = "insert into kontor_order (" + String.join(", ", columns) + ") select " + select
                + " from kontor_order t cross join generate_series(?::bigint, ?::bigint) g where t.id = ?";
        long done = 0;
        while (done < count) {
            long batch = Math.min(100_000, count - done);
            try (PreparedStatement s = db.prepareStatement(sql)) {
                s.setLong(1, seeded + done + 1);
                s.setLong(2, seeded + done + batch);
                s.setString(3, templateId);
                s.executeUpdate();
            }
            done += batch;
        }
        seeded += count;
        try (Statement s = db.createStatement()) {
            s.execute("analyze kontor_order");
        }
    }

    private List<String> columns() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select column_name from information_schema.columns where table_name = 'kontor_order' order by ordinal_position")) {
            while (r.next()) {
                columns.add(r.getString(1).toLowerCase());
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("no table kontor_order: are the Kontor jars deployed?");
        }
        return columns;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
