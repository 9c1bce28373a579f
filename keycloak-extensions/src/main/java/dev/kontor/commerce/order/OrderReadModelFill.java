package dev.kontor.commerce.order;

import dev.kontor.commerce.Times;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changelog step that writes the {@link OrderReadModel} of every order that has none yet (the
 * orders from before the column). Plain JDBC in id order, {@value #BATCH} orders at a time with one
 * query per table for the whole batch, so it runs in the same few minutes on H2 and PostgreSQL
 * for a million orders; the model is built by the same code as at runtime, so both write the same.
 */
public class OrderReadModelFill implements CustomTaskChange {

    static final int BATCH = 500;

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            Connection db = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            fill(db, database.getDefaultSchemaName());
        } catch (SQLException e) {
            throw new CustomChangeException("filling KONTOR_ORDER.DETAIL failed", e);
        }
    }

    /**
     * @param schema the schema of the tables, or null for the connection's
     * @return how many orders were filled
     */
    static int fill(Connection db, String schema) throws SQLException {
        return fill(db, schema, BATCH);
    }

    static int fill(Connection db, String schema, int batchSize) throws SQLException {
        Tables t = new Tables(schema);
        int filled = 0;
        String after = "";
        while (true) {
            Map<String, OrderReadModel.Totals> orders = new LinkedHashMap<>();
            try (PreparedStatement s = db.prepareStatement("select ID, CURRENCY, SHIPPING, DISCOUNT, TOTAL from " + t.order
                    + " where ID > ? and DETAIL is null order by ID")) {
                s.setMaxRows(batchSize);
                s.setString(1, after);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        orders.put(r.getString(1), new OrderReadModel.Totals(r.getString(2), r.getBigDecimal(3),
                                r.getBigDecimal(4), r.getBigDecimal(5)));
                    }
                }
            }
            if (orders.isEmpty()) {
                return filled;
            }
            List<String> ids = new ArrayList<>(orders.keySet());
            Batch batch = new Batch(db, ids);
            Map<String, List<OrderReadModel.LineRow>> lines = batch.group("select ORDER_ID, ID, SKU, NAME, QUANTITY, UNIT_PRICE,"
                    + " LINE_TOTAL, TAX_RATE from " + t.line + " where ORDER_ID in (" + batch.marks + ") order by ORDER_ID, POSITION",
                    r -> new OrderReadModel.LineRow(r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                            r.getBigDecimal(6), r.getBigDecimal(7), r.getBigDecimal(8)));
            Map<String, Map<String, Long>> returned = new HashMap<>();
            batch.each("select r.ORDER_ID, rl.ORDER_LINE_ID, sum(rl.QUANTITY) from " + t.returnLine + " rl join " + t.ret
                    + " r on rl.RETURN_ID = r.ID where r.ORDER_ID in (" + batch.marks + ") and r.STATUS <> 'rejected'"
                    + " group by r.ORDER_ID, rl.ORDER_LINE_ID", r -> returned.computeIfAbsent(r.getString(1), k -> new HashMap<>())
                    .put(r.getString(2), r.getLong(3)));
            Map<String, List<OrderViews.StatusChange>> history = batch.group("select ORDER_ID, STATUS, CHANGED_AT, NOTE from "
                    + t.status + " where ORDER_ID in (" + batch.marks + ") order by ORDER_ID, CHANGED_AT, ID",
                    r -> new OrderViews.StatusChange(r.getString(2), Times.instant(r.getLong(3)), r.getString(4)));
            Map<String, List<OrderViews.Shipment>> shipments = batch.group("select ORDER_ID, CARRIER, TRACKING_NUMBER, TRACKING_URL,"
                    + " SHIPPED_AT from " + t.shipment + " where ORDER_ID in (" + batch.marks + ") order by ORDER_ID, SHIPPED_AT, ID",
                    r -> new OrderViews.Shipment(r.getString(2), r.getString(3), r.getString(4), Times.instant(r.getLong(5))));
            Map<String, List<OrderReadModel.Invoice>> invoices = batch.group("select ORDER_ID, ID, INVOICE_NUMBER, AMOUNT, CURRENCY,"
                    + " ISSUED_ON, DUE_ON, PAID_AT, DOCUMENT_URL from " + t.invoice + " where ORDER_ID in (" + batch.marks + ")"
                    + " order by ORDER_ID, ISSUED_ON, ID",
                    r -> OrderReadModel.Invoice.of(r.getString(2), r.getString(3), r.getBigDecimal(4), r.getString(5),
                            r.getObject(6, LocalDate.class), r.getObject(7, LocalDate.class),
                            r.getObject(8) == null ? null : r.getLong(8), r.getString(9)));
            try (PreparedStatement u = db.prepareStatement("update " + t.order + " set DETAIL = ? where ID = ?")) {
                for (String id : ids) {
                    u.setString(1, OrderReadModel.of(orders.get(id), lines.getOrDefault(id, List.of()),
                            returned.getOrDefault(id, Map.of()), history.getOrDefault(id, List.of()),
                            shipments.getOrDefault(id, List.of()), invoices.getOrDefault(id, List.of())).json());
                    u.setString(2, id);
                    u.addBatch();
                }
                u.executeBatch();
            }
            filled += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }

    /** The table names, in the changelog's schema when it has one. */
    private record Tables(String order, String line, String status, String shipment, String invoice, String ret,
                          String returnLine) {

        Tables(String schema) {
            this(name(schema, "KONTOR_ORDER"), name(schema, "KONTOR_ORDER_LINE"), name(schema, "KONTOR_ORDER_STATUS"),
                    name(schema, "KONTOR_SHIPMENT"), name(schema, "KONTOR_INVOICE"), name(schema, "KONTOR_RETURN"),
                    name(schema, "KONTOR_RETURN_LINE"));
        }

        private static String name(String schema, String table) {
            return schema == null || schema.isBlank() ? table : schema + "." + table;
        }
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private interface RowAction {
        void accept(ResultSet r) throws SQLException;
    }

    /** Queries over one batch of orders, their ids bound to {@code marks}; column 1 is the order id. */
    private static final class Batch {

        final String marks;
        private final Connection db;
        private final List<String> ids;

        Batch(Connection db, List<String> ids) {
            this.db = db;
            this.ids = ids;
            this.marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        }

        void each(String sql, RowAction action) throws SQLException {
            try (PreparedStatement s = db.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) {
                    s.setString(i + 1, ids.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        action.accept(r);
                    }
                }
            }
        }

        <T> Map<String, List<T>> group(String sql, Row<T> row) throws SQLException {
            Map<String, List<T>> byOrder = new HashMap<>();
            each(sql, r -> byOrder.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(row.read(r)));
            return byOrder;
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "KONTOR_ORDER.DETAIL filled";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
