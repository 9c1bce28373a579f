package dev.kontor.secondfactor;

import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * The Keycloak events of the email code. Keycloak 26.7.3 has no event type for "second-factor
 * code sent/failed", so we use the closest stock types (they are stored by default, show up in
 * the admin console's user events and reach every event listener) and say what happened in the
 * detail {@value #KONTOR_ACTION}:
 * <ul>
 *   <li><b>code sent</b>: {@link EventType#SEND_VERIFY_EMAIL} (success), {@code kontor_action=email_code_sent}.
 *       It is the stock type for "a code or link was mailed to prove control of the address";
 *       a failed delivery is {@code SEND_VERIFY_EMAIL_ERROR} with {@link Errors#EMAIL_SEND_FAILED}.
 *       It is a clone of the flow's event, so the flow's own LOGIN event is not consumed.</li>
 *   <li><b>code failed</b>: the flow's own event as error with {@link Errors#INVALID_USER_CREDENTIALS},
 *       {@code kontor_action=email_code_failed}. In a login that is {@code LOGIN_ERROR}, exactly
 *       what Keycloak's OTP form emits; in the set-up it is {@code UPDATE_CREDENTIAL_ERROR}.</li>
 *   <li><b>set-up done</b>: {@link EventType#UPDATE_CREDENTIAL} with {@code credential_type=kontor-email-code},
 *       as Keycloak's own TOTP set-up does.</li>
 * </ul>
 */
final class EmailCodeEvents {

    static final String KONTOR_ACTION = "kontor_action";
    static final String CODE_SENT = "email_code_sent";
    static final String CODE_FAILED = "email_code_failed";

    private EmailCodeEvents() {
    }

    static void codeSent(EventBuilder flowEvent, UserModel user, String address, EmailCodePurpose purpose) {
        sendEvent(flowEvent, user, address, purpose).success();
    }

    static void codeNotSent(EventBuilder flowEvent, UserModel user, String address, EmailCodePurpose purpose) {
        sendEvent(flowEvent, user, address, purpose).error(Errors.EMAIL_SEND_FAILED);
    }

    /** The flow's own event (not a clone): the failure is this login's LOGIN_ERROR, as with Keycloak's OTP form. */
    static void codeFailed(EventBuilder flowEvent, UserModel user) {
        flowEvent.user(user)
                .detail(Details.CREDENTIAL_TYPE, EmailCodeCredentialModel.TYPE)
                .detail(KONTOR_ACTION, CODE_FAILED)
                .error(Errors.INVALID_USER_CREDENTIALS);
    }

    private static EventBuilder sendEvent(EventBuilder flowEvent, UserModel user, String address, EmailCodePurpose purpose) {
        return flowEvent.clone()
                .event(EventType.SEND_VERIFY_EMAIL)
                .user(user)
                .detail(Details.EMAIL, address)
                .detail(Details.CREDENTIAL_TYPE, EmailCodeCredentialModel.TYPE)
                .detail(KONTOR_ACTION, CODE_SENT)
                .detail("kontor_purpose", purpose.templateName());
    }
}
