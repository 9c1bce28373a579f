package dev.kontor.password;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordRecheckConfigTest {

    @Test
    void noConfigMeansEnabledWithoutGrace() {
        assertEquals(new PasswordRecheckConfig(true, 0), PasswordRecheckConfig.from(null));
    }

    @Test
    void readsTheAdminConsoleValues() {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of("enabled", "false", "graceLogins", "3"));
        assertEquals(new PasswordRecheckConfig(false, 3), PasswordRecheckConfig.from(model));
    }

    @Test
    void unreadableGraceIsNoGrace() {
        assertEquals(0, PasswordRecheckConfig.graceLogins("three"));
        assertEquals(0, PasswordRecheckConfig.graceLogins("-2"));
        assertEquals(PasswordRecheckConfig.MAX_GRACE_LOGINS, PasswordRecheckConfig.graceLogins("100000"));
        assertEquals(2, PasswordRecheckConfig.graceLogins(" 2 "));
    }
}
