package dev.kontor.customer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerImportTest {

    private static Customer row(String number, String name, String type) {
        return new Customer(number, name, type, null, null);
    }

    @Test
    void goodRowsAreAcceptedAndCleaned() {
        CustomerImport.Plan plan = CustomerImport.plan(List.of(
                row(" 100001 ", " Schmidt ", null),
                row("200 001", "Müller Haustechnik GmbH", "Company")));
        assertEquals(List.of(
                new CustomerRow.Valid("100001", "Schmidt", CustomerKind.PERSON),
                new CustomerRow.Valid("200001", "Müller Haustechnik GmbH", CustomerKind.COMPANY)), plan.accepted());
        assertTrue(plan.rejected().isEmpty());
    }

    @Test
    void badRowsAreReportedWithIndexAndCodesWhileGoodOnesPass() {
        CustomerImport.Plan plan = CustomerImport.plan(Arrays.asList(
                row("100001", "Schmidt", "person"),
                row("12", "Short", null),
                row("100002", "  ", null),
                null,
                row("100003", "Jansen", "robot"),
                row(null, null, null),
                row("100004", "Miller", null)));
        assertEquals(List.of("100001", "100004"), plan.accepted().stream().map(CustomerRow.Valid::customerNumber).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), plan.rejected().stream().map(CustomerImport.RejectedRow::row).toList());
        assertEquals("invalid_customer_number", plan.rejected().get(0).errors().get(0).code());
        assertEquals("customerNumber", plan.rejected().get(0).errors().get(0).field());
        assertEquals("missing_name", plan.rejected().get(1).errors().get(0).code());
        assertEquals("missing_customer", plan.rejected().get(2).errors().get(0).code());
        assertNull(plan.rejected().get(2).customerNumber());
        assertEquals("invalid_type", plan.rejected().get(3).errors().get(0).code());
        assertEquals(List.of("missing_customer_number", "missing_name"),
                plan.rejected().get(4).errors().stream().map(CustomerRow.Error::code).toList());
    }

    @Test
    void aNumberTwiceInOneImportKeepsTheFirstRow() {
        CustomerImport.Plan plan = CustomerImport.plan(List.of(
                row("100001", "Schmidt", null),
                row("100001", "Schmitt", null)));
        assertEquals(1, plan.accepted().size());
        assertEquals("Schmidt", plan.accepted().get(0).name());
        assertEquals("duplicate_in_import", plan.rejected().get(0).errors().get(0).code());
        assertEquals(1, plan.rejected().get(0).row());
    }

    @Test
    void namesMustHoldLettersAndFitTheColumn() {
        assertEquals("invalid_name", CustomerRow.check(row("100001", "--", null)).get(0).code());
        assertEquals("invalid_name", CustomerRow.check(row("100001", "x".repeat(256), null)).get(0).code());
        assertTrue(CustomerRow.check(row("100001", "x".repeat(255), null)).isEmpty());
    }

    @Test
    void customerNumbersAreFiveToTenDigits() {
        assertEquals("10000", CustomerNumbers.clean("10000"));
        assertEquals("1234567890", CustomerNumbers.clean(" 12345 67890 "));
        assertNull(CustomerNumbers.clean("1234"));
        assertNull(CustomerNumbers.clean("12345678901"));
        assertNull(CustomerNumbers.clean("10000a"));
        assertNull(CustomerNumbers.clean(null));
    }
}
