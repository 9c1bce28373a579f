package dev.kontor.registration;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LimitSettingsTest {

    @Test
    void settingsFallBackToDefaultsForMissingOrBadValues() {
        assertEquals(CustomerCheckSettings.DEFAULTS, CustomerCheckSettings.from(null));
        assertEquals(new CustomerCheckSettings(3, 5, 15),
                CustomerCheckSettings.from(Map.of("maxFailuresPerAddress", " 3 ", "maxFailuresPerCustomerNumber", "x",
                        "lockoutMinutes", "0")));
        assertEquals(ResetMailSettings.DEFAULTS, ResetMailSettings.from(Map.of("maxMailsPerMinute", "-1")));
        assertEquals(new ResetMailSettings(2, 10), ResetMailSettings.from(Map.of("maxMailsPerMinute", "2", "maxMailsPerHour", "10")));
    }
}
