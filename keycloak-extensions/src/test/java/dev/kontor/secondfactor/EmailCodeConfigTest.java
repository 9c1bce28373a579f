package dev.kontor.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailCodeConfigTest {

    @Test
    void noConfigMeansTheSeedDefaults() {
        EmailCodeConfig config = EmailCodeConfig.from(null);
        assertEquals(6, config.codeLength());
        assertEquals(300, config.codeLifetimeSeconds());
        assertEquals(5, config.maxAttempts());
        assertEquals(30, config.resendCooldownSeconds());
        assertEquals(3, config.maxResends());
        assertEquals(10, config.maxCodesPerWindow());
        assertEquals(900, config.codeWindowSeconds());
        assertEquals(EmailCodeConfig.DEFAULTS, EmailCodeConfig.from(Map.of()));
    }

    @Test
    void validValuesAreTaken() {
        EmailCodeConfig config = EmailCodeConfig.from(Map.of(
                EmailCodeConfig.CODE_LENGTH, "8",
                EmailCodeConfig.CODE_LIFETIME_SECONDS, " 120 ",
                EmailCodeConfig.MAX_ATTEMPTS, "3",
                EmailCodeConfig.RESEND_COOLDOWN_SECONDS, "60",
                EmailCodeConfig.MAX_RESENDS, "0"));
        assertEquals(new EmailCodeConfig(8, 120, 3, 60, 0, 10, 900), config);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "5", "11", "-6", "6.5", "99999999999"})
    void badCodeLengthFallsBackToSix(String raw) {
        assertEquals(6, EmailCodeConfig.from(Map.of(EmailCodeConfig.CODE_LENGTH, raw)).codeLength());
    }

    @ParameterizedTest
    @ValueSource(strings = {"601", "900", "3600", "2147483647"})
    void lifetimeIsCappedAtTenMinutes(String raw) {
        assertEquals(600, EmailCodeConfig.from(Map.of(EmailCodeConfig.CODE_LIFETIME_SECONDS, raw)).codeLifetimeSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-300", "59", "five minutes"})
    void tooShortOrUnreadableLifetimeFallsBackToTheDefault(String raw) {
        assertEquals(300, EmailCodeConfig.from(Map.of(EmailCodeConfig.CODE_LIFETIME_SECONDS, raw)).codeLifetimeSeconds());
    }

    @Test
    void otherOutOfRangeValuesFallBackToTheirDefaults() {
        Map<String, String> raw = new HashMap<>();
        raw.put(EmailCodeConfig.MAX_ATTEMPTS, "0");
        raw.put(EmailCodeConfig.RESEND_COOLDOWN_SECONDS, "1");
        raw.put(EmailCodeConfig.MAX_RESENDS, "-1");
        EmailCodeConfig config = EmailCodeConfig.from(raw);
        assertEquals(5, config.maxAttempts());
        assertEquals(30, config.resendCooldownSeconds());
        assertEquals(3, config.maxResends());

        raw.put(EmailCodeConfig.MAX_ATTEMPTS, "11");
        raw.put(EmailCodeConfig.RESEND_COOLDOWN_SECONDS, "3601");
        raw.put(EmailCodeConfig.MAX_RESENDS, "11");
        config = EmailCodeConfig.from(raw);
        assertEquals(5, config.maxAttempts());
        assertEquals(30, config.resendCooldownSeconds());
        assertEquals(3, config.maxResends());
    }

    @Test
    void lifetimeInMinutesIsRoundedUp() {
        assertEquals(5, EmailCodeConfig.DEFAULTS.codeLifetimeMinutes());
        assertEquals(10, new EmailCodeConfig(6, 600, 5, 30, 3, 10, 900).codeLifetimeMinutes());
        assertEquals(2, new EmailCodeConfig(6, 90, 5, 30, 3, 10, 900).codeLifetimeMinutes());
        assertEquals(1, new EmailCodeConfig(6, 60, 5, 30, 3, 10, 900).codeLifetimeMinutes());
    }
}
