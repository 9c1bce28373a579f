package dev.kontor.password;

import org.keycloak.policy.PasswordPolicyConfigException;

/** Parses the run-length value of the run policies: a whole number, at least 2. */
final class RunLength {

    static final int DEFAULT = 3;

    private RunLength() {
    }

    static int parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        int length;
        try {
            length = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new PasswordPolicyConfigException("Not a valid number");
        }
        if (length < 2) {
            throw new PasswordPolicyConfigException("The run length must be at least 2");
        }
        return length;
    }
}
