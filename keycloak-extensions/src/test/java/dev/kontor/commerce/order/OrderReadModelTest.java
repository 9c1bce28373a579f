package dev.kontor.commerce.order;

import dev.kontor.commerce.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class OrderReadModelTest {

    private static final OrderReadModel.Totals TOTALS = new OrderReadModel.Totals("EUR", new BigDecimal("4.9000"),
            new BigDecimal("1.0000"), new BigDecimal("28.6100"));
    private static final List<OrderReadModel.LineRow> LINES = List.of(
            new OrderReadModel.LineRow("l1", "KON-1", "Ordner", 4, new BigDecimal("3.4900"), new BigDecimal("13.9600"), new BigDecimal("19.0000")),
            new OrderReadModel.LineRow("l2", "KON-2", "Buch", 1, new BigDecimal("9.0000"), new BigDecimal("9.0000"), new BigDecimal("7.0000")));
    private static final List<OrderViews.StatusChange> HISTORY = List.of(
            new OrderViews.StatusChange("placed", "2026-11-01T09:00:00Z", null),
            new OrderViews.StatusChange("delivered", "2026-11-03T15:00:00Z", "at the door"));
    private static final List<OrderViews.Shipment> SHIPMENTS = List.of(
            new OrderViews.Shipment("DHL", "T-1", "https://track.example/T-1", "2026-11-02T08:00:00Z"));
    private static final List<OrderReadModel.Invoice> INVOICES = List.of(OrderReadModel.Invoice.of("i1", "INV-1",
            new BigDecimal("28.6100"), "EUR", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-15"), null, null));

    @Test
    void modelHoldsTheViewsAndTheReturnableQuantities() {
        OrderReadModel model = OrderReadModel.of(TOTALS, LINES, Map.of("l1", 3L), HISTORY, SHIPMENTS, INVOICES);
        assertEquals(new OrderViews.Line("l1", "KON-1", "Ordner", 4, new Money("3.49", "EUR"), new Money("13.96", "EUR"), "19.00", 1),
                model.lines().get(0));
        assertEquals(1, model.lines().get(1).returnableQuantity());
        assertEquals(new Money("28.61", "EUR"), model.costs().total());
        assertEquals(new Money("4.90", "EUR"), model.costs().shipping());
        assertEquals(2, model.costs().taxes().size());
        assertEquals("open", INVOICES.get(0).view("o1", "A-1", LocalDate.parse("2026-11-15")).status());
        assertEquals("overdue", INVOICES.get(0).view("o1", "A-1", LocalDate.parse("2026-11-16")).status());
    }

    @Test
    void jsonRoundTripKeepsEverything() {
        OrderReadModel model = OrderReadModel.of(TOTALS, LINES, Map.of(), HISTORY, SHIPMENTS, INVOICES);
        assertEquals(model, OrderReadModel.parse(model.json()));
    }

    @Test
    void missingOtherVersionOrUnreadableModelIsRebuilt() {
        OrderReadModel model = OrderReadModel.of(TOTALS, LINES, Map.of(), HISTORY, SHIPMENTS, INVOICES);
        assertNull(OrderReadModel.parse(null));
        assertNull(OrderReadModel.parse(""));
        assertNull(OrderReadModel.parse(model.json().replace("\"version\":" + OrderReadModel.VERSION, "\"version\":0")));
        assertNull(OrderReadModel.parse("{\"lines\": 12}"));
    }

    /** The changelog's fill, on H2 with the changelog's column types, across batches. */
    @Test
    void fillWritesTheSameModelAsTheApplicationForOrdersWithout() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:fill;DB_CLOSE_DELAY=-1")) {
            fillAndCheck(db, "clob", null);
        }
    }

    /**
     * The same on PostgreSQL (CLOB is TEXT there), when a scratch database is given:
     * {@code -Dkontor.test.postgres=jdbc:postgresql://127.0.0.1:5432/scratch?user=…&password=…}.
     */
    @Test
    @EnabledIfSystemProperty(named = "kontor.test.postgres", matches = "jdbc:postgresql:.*")
    void fillWorksOnPostgresql() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("kontor.test.postgres"))) {
            try (Statement s = db.createStatement()) {
                s.execute("drop schema if exists kontor_fill_test cascade");
                s.execute("create schema kontor_fill_test");
                s.execute("set search_path to kontor_fill_test");
            }
            fillAndCheck(db, "text", "kontor_fill_test"); // the schema as Liquibase names it
        }
    }

    private static void fillAndCheck(Connection db, String clob, String schema) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("create table KONTOR_ORDER (ID varchar(36) primary key, CURRENCY varchar(3), SHIPPING numeric(19, 4),"
                    + " DISCOUNT numeric(19, 4), TOTAL numeric(19, 4), DETAIL " + clob + ")");
            s.execute("create table KONTOR_ORDER_LINE (ID varchar(36) primary key, ORDER_ID varchar(36), POSITION int,"
                    + " SKU varchar(64), NAME varchar(255), QUANTITY int, UNIT_PRICE numeric(19, 4), LINE_TOTAL numeric(19, 4),"
                    + " TAX_RATE numeric(7, 4))");
            s.execute("create table KONTOR_ORDER_STATUS (ID varchar(36) primary key, ORDER_ID varchar(36), STATUS varchar(16),"
                    + " CHANGED_AT bigint, NOTE varchar(500))");
            s.execute("create table KONTOR_SHIPMENT (ID varchar(36) primary key, ORDER_ID varchar(36), CARRIER varchar(64),"
                    + " TRACKING_NUMBER varchar(128), TRACKING_URL varchar(1000), SHIPPED_AT bigint)");
            s.execute("create table KONTOR_INVOICE (ID varchar(36) primary key, ORDER_ID varchar(36), INVOICE_NUMBER varchar(64),"
                    + " AMOUNT numeric(19, 4), CURRENCY varchar(3), ISSUED_ON date, DUE_ON date, PAID_AT bigint, DOCUMENT_URL varchar(1000))");
            s.execute("create table KONTOR_RETURN (ID varchar(36) primary key, ORDER_ID varchar(36), STATUS varchar(16))");
            s.execute("create table KONTOR_RETURN_LINE (ID varchar(36) primary key, RETURN_ID varchar(36), ORDER_LINE_ID varchar(36),"
                    + " QUANTITY int)");
            for (String id : List.of("o1", "o2", "o3")) {
                s.execute("insert into KONTOR_ORDER values ('" + id + "', 'EUR', 4.9, 1, 28.61, null)");
                // in reverse position order: the fill must sort
                s.execute("insert into KONTOR_ORDER_LINE values ('" + id + "-l2', '" + id + "', 1, 'KON-2', 'Buch', 1, 9, 9, 7)");
                s.execute("insert into KONTOR_ORDER_LINE values ('" + id + "-l1', '" + id + "', 0, 'KON-1', 'Ordner', 4, 3.49, 13.96, 19)");
            }
            s.execute("insert into KONTOR_ORDER_STATUS values ('s2', 'o1', 'delivered', 1793718000000, 'at the door')");
            s.execute("insert into KONTOR_ORDER_STATUS values ('s1', 'o1', 'placed', 1793523600000, null)");
            s.execute("insert into KONTOR_SHIPMENT values ('p1', 'o1', 'DHL', 'T-1', 'https://track.example/T-1', 1793606400000)");
            s.execute("insert into KONTOR_INVOICE values ('i1', 'o1', 'INV-1', 28.61, 'EUR', date '2026-11-01', date '2026-11-15', null, null)");
            s.execute("insert into KONTOR_RETURN values ('r1', 'o1', 'requested')");
            s.execute("insert into KONTOR_RETURN values ('r2', 'o1', 'rejected')");
            s.execute("insert into KONTOR_RETURN_LINE values ('rl1', 'r1', 'o1-l1', 2)");
            s.execute("insert into KONTOR_RETURN_LINE values ('rl2', 'r2', 'o1-l1', 1)");
            s.execute("insert into KONTOR_RETURN_LINE values ('rl3', 'r1', 'o1-l2', 1)");
            s.execute("update KONTOR_ORDER set DETAIL = 'kept' where ID = 'o3'");
        }

        assertEquals(2, OrderReadModelFill.fill(db, schema, 1), "o1 and o2, one per batch; o3 has its model");

        List<OrderReadModel.LineRow> lines = List.of(
                new OrderReadModel.LineRow("o1-l1", "KON-1", "Ordner", 4, new BigDecimal("3.4900"), new BigDecimal("13.9600"), new BigDecimal("19.0000")),
                new OrderReadModel.LineRow("o1-l2", "KON-2", "Buch", 1, new BigDecimal("9.0000"), new BigDecimal("9.0000"), new BigDecimal("7.0000")));
        assertEquals(OrderReadModel.of(TOTALS, lines, Map.of("o1-l1", 2L, "o1-l2", 1L), HISTORY, SHIPMENTS, INVOICES),
                OrderReadModel.parse(detail(db, "o1")));
        OrderReadModel second = OrderReadModel.parse(detail(db, "o2"));
        assertNotNull(second);
        assertEquals(List.of("o2-l1", "o2-l2"), second.lines().stream().map(OrderViews.Line::id).toList());
        assertEquals(List.of(), second.statusHistory());
        assertEquals(List.of(), second.invoices());
        assertEquals("kept", detail(db, "o3"));
        assertEquals(0, OrderReadModelFill.fill(db, schema), "a second run finds nothing to do");
    }

    private static String detail(Connection db, String id) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select DETAIL from KONTOR_ORDER where ID = '" + id + "'")) {
            r.next();
            return r.getString(1);
        }
    }
}
