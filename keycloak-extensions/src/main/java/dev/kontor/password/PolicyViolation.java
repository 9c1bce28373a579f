package dev.kontor.password;

import org.keycloak.policy.PolicyError;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which rule a password broke: the rule's message key and its parameters (e.g.
 * {@code kontorPasswordRunMessage}, {@code [3]}). Kept in an authentication-session note
 * between the login and the update page; the password itself is never kept.
 */
record PolicyViolation(String messageKey, List<String> parameters) {

    private static final String SEPARATOR = "\n";

    static PolicyViolation of(PolicyError error) {
        Object[] parameters = error.getParameters() == null ? new Object[0] : error.getParameters();
        return new PolicyViolation(error.getMessage(), Arrays.stream(parameters).map(String::valueOf).toList());
    }

    String toNote() {
        return String.join(SEPARATOR, Stream.concat(Stream.of(messageKey), parameters.stream()).toList());
    }

    /** The violation a note holds, or {@code null} for no note. */
    static PolicyViolation fromNote(String note) {
        if (note == null || note.isEmpty()) {
            return null;
        }
        String[] parts = note.split(SEPARATOR, -1);
        return new PolicyViolation(parts[0], List.of(parts).subList(1, parts.length));
    }

    Object[] parameterArray() {
        return parameters.toArray();
    }
}
