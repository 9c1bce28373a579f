package dev.kontor.password;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordRulesTest {

    @Test
    void rulesWithNumbersSettingsLeftOutFileNamesHidden() {
        Map<String, Object> config = Map.of(
                "length", 8, "kontorNoRun", 3, "notUsername", "", "passwordBlacklist", new Object(),
                "hashIterations", 27500, "passwordHistory", 3, "forceExpiredPasswordChange", 90);
        assertEquals(List.of(
                        new PasswordRules.Rule("kontorNoRun", 3),
                        new PasswordRules.Rule("length", 8),
                        new PasswordRules.Rule("notUsername", null),
                        new PasswordRules.Rule("passwordBlacklist", null),
                        new PasswordRules.Rule("passwordHistory", 3)),
                PasswordRules.of(Set.copyOf(config.keySet()), config::get).rules());
    }
}
