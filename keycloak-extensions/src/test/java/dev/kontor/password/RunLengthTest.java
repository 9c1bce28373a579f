package dev.kontor.password;

import org.junit.jupiter.api.Test;
import org.keycloak.policy.PasswordPolicyConfigException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunLengthTest {

    @Test
    void parsesTheAdminConsoleValue() {
        assertEquals(3, RunLength.parse(null));
        assertEquals(3, RunLength.parse(" "));
        assertEquals(4, RunLength.parse("4"));
        assertEquals(2, RunLength.parse(" 2 "));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(PasswordPolicyConfigException.class, () -> RunLength.parse("1"));
        assertThrows(PasswordPolicyConfigException.class, () -> RunLength.parse("abc"));
    }
}
