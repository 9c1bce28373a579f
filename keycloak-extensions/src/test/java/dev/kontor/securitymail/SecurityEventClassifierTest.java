package dev.kontor.securitymail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.keycloak.events.EventType;

import dev.kontor.securitymail.SecurityEventClassifier.Kind;

class SecurityEventClassifierTest {

    private static Optional<Kind> classify(EventType type, Map<String, String> details) {
        return SecurityEventClassifier.classify(type, details);
    }

    @Test
    void secondFactorSetUpChangedAndRemoved() {
        assertEquals(Optional.of(Kind.SECOND_FACTOR_SET), classify(EventType.UPDATE_CREDENTIAL, Map.of("credential_type", "otp")));
        assertEquals(Optional.of(Kind.SECOND_FACTOR_SET), classify(EventType.UPDATE_CREDENTIAL, Map.of("credential_type", "kontor-email-code")));
        assertEquals(Optional.of(Kind.SECOND_FACTOR_REPLACED), classify(EventType.UPDATE_CREDENTIAL,
                Map.of("credential_type", "kontor-email-code", "kontor_replaced", "true")));
        assertEquals(Optional.of(Kind.SECOND_FACTOR_SET), classify(EventType.UPDATE_TOTP, Map.of()));
        assertEquals(Optional.of(Kind.SECOND_FACTOR_REMOVED), classify(EventType.REMOVE_CREDENTIAL, Map.of("credential_type", "otp")));
        assertEquals(Optional.of(Kind.SECOND_FACTOR_REMOVED), classify(EventType.REMOVE_TOTP, null));
    }

    @Test
    void passwordChangeAndReset() {
        assertEquals(Optional.of(Kind.PASSWORD_CHANGED), classify(EventType.UPDATE_PASSWORD, Map.of()));
        assertEquals(Optional.of(Kind.PASSWORD_CHANGED), classify(EventType.UPDATE_CREDENTIAL, Map.of("credential_type", "password")));
        assertEquals(Optional.of(Kind.PASSWORD_RESET), classify(EventType.RESET_PASSWORD, Map.of()));
    }

    @Test
    void onlyASavedBrowserIsMailedNotASkipOrADeletion() {
        assertEquals(Optional.of(Kind.BROWSER_SAVED), classify(EventType.UPDATE_CREDENTIAL,
                Map.of("kontor_action", "browser_trusted", "kontor_trust_kind", "SAVED")));
        assertEquals(Optional.empty(), classify(EventType.UPDATE_CREDENTIAL,
                Map.of("kontor_action", "browser_trusted", "kontor_trust_kind", "SKIP")));
        assertEquals(Optional.empty(), classify(EventType.REMOVE_CREDENTIAL, Map.of("kontor_action", "trusted_browser_deleted")));
    }

    @Test
    void emailChangeOnlyWhenTheAddressReallyChanged() {
        assertEquals(Optional.of(Kind.EMAIL_CHANGED), classify(EventType.UPDATE_PROFILE,
                Map.of("previous_email", "old@example.com", "updated_email", "new@example.com")));
        assertEquals(Optional.of(Kind.EMAIL_CHANGED), classify(EventType.UPDATE_EMAIL,
                Map.of("previous_email", "old@example.com", "updated_email", "new@example.com")));
        assertEquals(Optional.empty(), classify(EventType.UPDATE_PROFILE, Map.of("updated_first_name", "Anna")));
        assertEquals(Optional.empty(), classify(EventType.UPDATE_PROFILE,
                Map.of("previous_email", "a@example.com", "updated_email", "A@example.com")));
    }

    @Test
    void otherEventsAreNoSecurityMail() {
        assertEquals(Optional.empty(), classify(EventType.LOGIN, Map.of()));
        assertEquals(Optional.empty(), classify(EventType.SEND_VERIFY_EMAIL, Map.of("credential_type", "kontor-email-code")));
    }

    @Test
    void messageKeysFollowTheNotice() {
        assertEquals("kontorSecurityNoticeSecondFactorOnSubject", SecurityNotice.SECOND_FACTOR_ON.subjectKey());
        assertEquals("kontorSecurityNoticeEmailChangedBody", SecurityNotice.EMAIL_CHANGED.bodyKey());
    }
}
