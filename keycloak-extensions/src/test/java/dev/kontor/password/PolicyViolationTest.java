package dev.kontor.password;

import org.junit.jupiter.api.Test;
import org.keycloak.policy.PolicyError;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PolicyViolationTest {

    @Test
    void roundTripsThroughTheNote() {
        PolicyViolation violation = PolicyViolation.of(new PolicyError("kontorPasswordRunMessage", 3));
        assertEquals(violation, PolicyViolation.fromNote(violation.toNote()));
        assertArrayEquals(new Object[]{"3"}, PolicyViolation.fromNote(violation.toNote()).parameterArray());
    }

    @Test
    void withoutParameters() {
        PolicyViolation violation = PolicyViolation.of(new PolicyError("invalidPasswordBlacklistedMessage"));
        assertEquals(new PolicyViolation("invalidPasswordBlacklistedMessage", List.of()), PolicyViolation.fromNote(violation.toNote()));
    }

    @Test
    void noNoteNoViolation() {
        assertNull(PolicyViolation.fromNote(null));
        assertNull(PolicyViolation.fromNote(""));
    }
}
