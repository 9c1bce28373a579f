package dev.kontor.registration;

import dev.kontor.customer.CustomerDirectory;
import dev.kontor.customer.CustomerEntity;
import dev.kontor.customer.CustomerNames;
import dev.kontor.customer.CustomerNumbers;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Checks a typed customer number and last name / company name against the directory. The answer
 * names what is wrong (no such number, or a name that is not the one on record) but never shows
 * anything stored about a customer. Failures are counted per client address and per number;
 * over the limit the check is not made at all.
 */
final class CustomerCheck {

    enum Result {
        OK("", ""),
        MISSING_NUMBER("kontorCustomerNumberMissing", "customer_number_missing"),
        INVALID_NUMBER("kontorCustomerNumberInvalid", "customer_number_invalid"),
        MISSING_NAME("kontorCustomerNameMissing", "customer_name_missing"),
        UNKNOWN_NUMBER("kontorCustomerNumberUnknown", "customer_number_unknown"),
        NAME_MISMATCH("kontorCustomerNameMismatch", "customer_name_mismatch"),
        TOO_MANY_ATTEMPTS("kontorCustomerCheckBlocked", "customer_check_blocked");

        /** Message key of the login theme. */
        final String message;
        /** Event error. */
        final String error;

        Result(String message, String error) {
            this.message = message;
            this.error = error;
        }

        /** Whether the message belongs to the name field rather than the number field. */
        boolean aboutName() {
            return this == MISSING_NAME || this == NAME_MISMATCH;
        }
    }

    /** The outcome and, when OK, the number as stored. */
    record Outcome(Result result, String customerNumber) {
    }

    private CustomerCheck() {
    }

    static Outcome check(KeycloakSession session, RealmModel realm, String clientAddress,
                         String typedNumber, String typedName, CustomerCheckSettings settings) {
        if (typedNumber == null || typedNumber.isBlank()) {
            return new Outcome(Result.MISSING_NUMBER, null);
        }
        String number = CustomerNumbers.clean(typedNumber);
        if (number == null) {
            return new Outcome(Result.INVALID_NUMBER, null);
        }
        if (CustomerNames.normalise(typedName).isEmpty()) {
            return new Outcome(Result.MISSING_NAME, null);
        }
        long window = settings.windowMinutes() * 60L;
        FailedAttempts byAddress = new FailedAttempts(session, realm.getId(), "ip",
                clientAddress == null ? "unknown" : clientAddress, settings.maxFailuresPerAddress(), window);
        FailedAttempts byNumber = new FailedAttempts(session, realm.getId(), "number", number,
                settings.maxFailuresPerNumber(), window);
        if (byAddress.blocked() || byNumber.blocked()) {
            return new Outcome(Result.TOO_MANY_ATTEMPTS, null);
        }
        CustomerEntity customer = new CustomerDirectory(session).find(realm.getId(), number);
        Result result = customer == null ? Result.UNKNOWN_NUMBER
                : CustomerNames.matches(typedName, customer.getName()) ? Result.OK : Result.NAME_MISMATCH;
        if (result != Result.OK) {
            byAddress.record();
            byNumber.record();
            return new Outcome(result, null);
        }
        return new Outcome(Result.OK, number);
    }
}
