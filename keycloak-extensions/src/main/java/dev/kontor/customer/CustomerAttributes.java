package dev.kontor.customer;

/**
 * Names of the user-profile attributes Kontor relies on; they are declared in the realm's user profile.
 */
public final class CustomerAttributes {

    /** The customer number a login belongs to (a person's or a company's). */
    public static final String CUSTOMER_NUMBER = "customerNumber";

    private CustomerAttributes() {
    }
}
