package dev.kontor.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks one customer as an admin or a back end sends it (a single upsert or a row of a bulk
 * import) and turns it into what is stored. Pure, so every rule has a unit test.
 */
public final class CustomerRow {

    /** A customer that passed every check: number cleaned, name trimmed. */
    public record Valid(String customerNumber, String name, CustomerKind kind) {
    }

    /** One broken rule: the field and a stable code with a sentence for people. */
    public record Error(String field, String code, String message) {
    }

    private CustomerRow() {
    }

    /** The errors of this row; empty when it is fine. */
    public static List<Error> check(Customer input) {
        List<Error> errors = new ArrayList<>();
        if (input == null) {
            errors.add(new Error(null, "missing_customer", "The row is empty."));
            return errors;
        }
        if (input.customerNumber() == null || input.customerNumber().isBlank()) {
            errors.add(new Error("customerNumber", "missing_customer_number", "customerNumber is required."));
        } else if (CustomerNumbers.clean(input.customerNumber()) == null) {
            errors.add(new Error("customerNumber", "invalid_customer_number", "customerNumber must be 5 to 10 digits."));
        }
        String name = input.name() == null ? "" : input.name().trim();
        if (name.isEmpty()) {
            errors.add(new Error("name", "missing_name", "name (last name or company name) is required."));
        } else if (name.length() > CustomerEntity.NAME_LENGTH) {
            errors.add(new Error("name", "invalid_name", "name must be at most " + CustomerEntity.NAME_LENGTH + " characters."));
        } else if (CustomerNames.normalise(name).isEmpty()) {
            errors.add(new Error("name", "invalid_name", "name must contain letters or digits."));
        }
        try {
            CustomerKind.parse(input.type());
        } catch (IllegalArgumentException e) {
            errors.add(new Error("type", "invalid_type", "type must be 'person' or 'company'."));
        }
        return errors;
    }

    /** The stored form of a row that {@link #check} accepted. */
    public static Valid valid(Customer input) {
        return new Valid(CustomerNumbers.clean(input.customerNumber()), input.name().trim(), CustomerKind.parse(input.type()));
    }
}
