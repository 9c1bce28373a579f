package dev.kontor.secondfactor;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * Renders the code page (login or set-up) with at most one message. The template gets the masked
 * address, code length and lifetime in {@code kontorEmailCode}; all texts are message keys of the
 * {@code kontor} login theme, so the page is in the user's language.
 */
final class EmailCodeForm {

    static final String LOGIN_TEMPLATE = "kontor-email-code.ftl";
    static final String SETUP_TEMPLATE = "kontor-email-code-setup.ftl";
    /** Name of the code input; also the field the error is attached to. */
    static final String CODE_FIELD = "code";
    /** Name of the "send a new code" submit button. */
    static final String RESEND_BUTTON = "resend";

    private final LoginFormsProvider form;

    EmailCodeForm(LoginFormsProvider form, UserModel user, EmailCodeConfig config) {
        this.form = form.setAttribute("kontorEmailCode", Map.of(
                "maskedEmail", EmailMasker.mask(user.getEmail()),
                "codeLength", config.codeLength(),
                "codeLifetimeMinutes", config.codeLifetimeMinutes()));
    }

    /** The outcome of mailing a code; a first code needs no message, the page text says it was sent. */
    EmailCodeForm sent(SendOutcome outcome, boolean wasResend) {
        switch (outcome.kind()) {
            case SENT -> {
                if (wasResend) {
                    form.setSuccess("kontorEmailCodeResent");
                }
            }
            case COOLDOWN -> form.setError("kontorEmailCodeResendWait", outcome.waitSeconds());
            case LIMIT_REACHED -> form.setError("kontorEmailCodeResendLimit");
            case NO_ADDRESS -> form.setError("kontorEmailCodeNoAddress");
            case FAILED -> form.setError("kontorEmailCodeSendFailed");
        }
        return this;
    }

    /** The state of the code found when the page is shown again (reload, back button). */
    EmailCodeForm pending(PendingCode.Status status) {
        switch (status) {
            case VOID -> form.setError("kontorEmailCodeVoid");
            case EXPIRED -> form.setError("kontorEmailCodeExpired");
            case LIVE -> { }
        }
        return this;
    }

    EmailCodeForm verified(VerifyOutcome outcome) {
        switch (outcome) {
            case WRONG -> fieldError("kontorEmailCodeInvalid");
            case WRONG_NOW_VOID, VOID -> form.setError("kontorEmailCodeVoid");
            case EXPIRED -> form.setError("kontorEmailCodeExpired");
            case NO_CODE -> form.setError("kontorEmailCodeNone");
            case MISSING -> fieldError("kontorEmailCodeMissing");
            case VALID -> { }
        }
        return this;
    }

    EmailCodeForm fieldError(String messageKey) {
        form.addError(new FormMessage(CODE_FIELD, messageKey));
        return this;
    }

    EmailCodeForm error(String messageKey) {
        form.setError(messageKey);
        return this;
    }

    Response create(String template) {
        return form.createForm(template);
    }
}
