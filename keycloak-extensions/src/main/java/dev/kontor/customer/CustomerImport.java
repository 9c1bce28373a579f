package dev.kontor.customer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A bulk import: every row is checked on its own, good rows are imported and bad rows are reported
 * with their position, so one typo does not hold back a thousand customers. Importing the same
 * rows again changes nothing (upsert by customer number). A number that appears twice in one
 * import is ambiguous: its first row is imported, the later ones are rejected.
 */
public final class CustomerImport {

    /** A rejected row: its 0-based index in the array, its number as sent, and what is wrong. */
    public record RejectedRow(int row, String customerNumber, List<CustomerRow.Error> errors) {
    }

    /** The checked import: rows to store and rows rejected. */
    public record Plan(List<CustomerRow.Valid> accepted, List<RejectedRow> rejected) {
    }

    /** Counts of what the import did, plus the rejected rows. */
    public record Result(int created, int updated, int unchanged, List<RejectedRow> rejected) {
    }

    private CustomerImport() {
    }

    public static Plan plan(List<Customer> rows) {
        List<CustomerRow.Valid> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Customer row = rows.get(i);
            List<CustomerRow.Error> errors = CustomerRow.check(row);
            String sentNumber = row == null ? null : row.customerNumber();
            if (!errors.isEmpty()) {
                rejected.add(new RejectedRow(i, sentNumber, errors));
                continue;
            }
            CustomerRow.Valid valid = CustomerRow.valid(row);
            if (!seen.add(valid.customerNumber())) {
                rejected.add(new RejectedRow(i, sentNumber, List.of(new CustomerRow.Error("customerNumber",
                        "duplicate_in_import", "customerNumber " + valid.customerNumber() + " appears earlier in this import."))));
                continue;
            }
            accepted.add(valid);
        }
        return new Plan(accepted, rejected);
    }

    /** Stores the accepted rows of a plan. */
    public static Result apply(CustomerStore directory, String realmId, Plan plan) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (CustomerRow.Valid row : plan.accepted()) {
            switch (directory.upsert(realmId, row)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new Result(created, updated, unchanged, plan.rejected());
    }
}
