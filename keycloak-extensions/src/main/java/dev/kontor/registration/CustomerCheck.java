package dev.kontor.registration;

import dev.kontor.limit.AttemptSlots;
import dev.kontor.customer.CustomerStore;
import dev.kontor.customer.CustomerEntity;
import dev.kontor.customer.CustomerNames;
import dev.kontor.customer.CustomerNumbers;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;

import java.util.List;

/**
 * Checks a typed customer number and last name / company name against the directory. An unknown
 * number and a name that is not the one on record get one and the same answer, on both fields, so
 * the form cannot be used to find out which numbers exist; only the event (for admins) tells them
 * apart. Every check takes a slot per client address and per number <em>before</em> the directory
 * is asked, so parallel requests cannot get more checks than the limit; a correct check gives its
 * slots back.
 */
final class CustomerCheck {

    /** Field names shared by register.ftl and kontor-customer-number.ftl. */
    static final String FIELD_NUMBER = "kontorCustomerNumber";
    static final String FIELD_NAME = "lastName";

    static final String NOT_MATCHED = "kontorCustomerNotMatched";
    static final String NOT_MATCHED_NAME = "kontorCustomerNotMatchedName";

    enum Result {
        OK(""),
        MISSING_NUMBER("customer_number_missing"),
        INVALID_NUMBER("customer_number_invalid"),
        MISSING_NAME("customer_name_missing"),
        UNKNOWN_NUMBER("customer_number_unknown"),
        NAME_MISMATCH("customer_name_mismatch"),
        TOO_MANY_ATTEMPTS("customer_check_blocked");

        /** Event error. */
        final String error;

        Result(String error) {
            this.error = error;
        }

        /** What the form shows: never different for an unknown number and a wrong name. */
        List<FormMessage> formErrors() {
            return switch (this) {
                case OK -> List.of();
                case MISSING_NUMBER -> List.of(new FormMessage(FIELD_NUMBER, "kontorCustomerNumberMissing"));
                case INVALID_NUMBER -> List.of(new FormMessage(FIELD_NUMBER, "kontorCustomerNumberInvalid"));
                case MISSING_NAME -> List.of(new FormMessage(FIELD_NAME, "kontorCustomerNameMissing"));
                case UNKNOWN_NUMBER, NAME_MISMATCH -> List.of(new FormMessage(FIELD_NUMBER, NOT_MATCHED),
                        new FormMessage(FIELD_NAME, NOT_MATCHED_NAME));
                case TOO_MANY_ATTEMPTS -> List.of(new FormMessage(FIELD_NUMBER, "kontorCustomerCheckBlocked"));
            };
        }
    }

    /** The outcome and the number as stored (when OK) or as typed and cleaned (otherwise, for events). */
    record Outcome(Result result, String customerNumber) {
    }

    private static final String KEY_PREFIX = "kontor-customer-check:";

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
            return new Outcome(Result.MISSING_NAME, number);
        }
        long window = settings.windowMinutes() * 60L;
        String prefix = KEY_PREFIX + realm.getId() + ":";
        AttemptSlots byNumber = new AttemptSlots(session, prefix + "number:" + number, settings.maxFailuresPerNumber(), window);
        AttemptSlots byAddress = new AttemptSlots(session, prefix + "ip:" + ClientAddresses.key(clientAddress),
                settings.maxFailuresPerAddress(), window);
        int numberSlot = byNumber.take();
        if (numberSlot == AttemptSlots.NONE) {
            return new Outcome(Result.TOO_MANY_ATTEMPTS, number);
        }
        int addressSlot = byAddress.take();
        if (addressSlot == AttemptSlots.NONE) {
            byNumber.giveBack(numberSlot);
            return new Outcome(Result.TOO_MANY_ATTEMPTS, number);
        }
        CustomerEntity customer = new CustomerStore(session).find(realm.getId(), number);
        Result result = customer == null ? Result.UNKNOWN_NUMBER
                : CustomerNames.matches(typedName, customer.getName()) ? Result.OK : Result.NAME_MISMATCH;
        if (result == Result.OK) {
            // Whoever knows the right name learns nothing more by trying again.
            byNumber.giveBack(numberSlot);
            byAddress.giveBack(addressSlot);
        }
        return new Outcome(result, number);
    }
}
