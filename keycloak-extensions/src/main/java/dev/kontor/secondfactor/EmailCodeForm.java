package dev.kontor.secondfactor;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.forms.login.LoginFormsProvider;
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
    private final String address;
    private final EmailCodeConfig config;
    /** Whether the page may say "we sent a code": only when one of this login is in the mailbox or on its way. */
    private boolean codeSent = true;

    /** @param address where the codes of this page go (masked on the page) */
    EmailCodeForm(LoginFormsProvider form, String address, EmailCodeConfig config) {
        this.form = form;
        this.address = address;
        this.config = config;
    }

    /**
     * The outcome of mailing a code; a first code needs no message, the page text says it was sent.
     * Waits are the real remaining time of the limit that refused.
     */
    EmailCodeForm sent(SendOutcome outcome, boolean wasResend) {
        if (!wasResend) {
            codeSent = outcome.codeOnItsWay();
        }
        switch (outcome.kind()) {
            case SENT -> {
                if (wasResend) {
                    form.setSuccess("kontorEmailCodeResent");
                }
            }
            case IN_PROGRESS -> { }
            case COOLDOWN -> form.setError("kontorEmailCodeResendWait", outcome.waitSeconds());
            case TOO_MANY -> form.setError("kontorEmailCodeTooMany", minutes(outcome.waitSeconds()));
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
        return form.setAttribute("kontorEmailCode", Map.of(
                "maskedEmail", EmailMasker.mask(address),
                "codeSent", codeSent,
                "codeLength", config.codeLength(),
                "codeLifetimeMinutes", config.codeLifetimeMinutes())).createForm(template);
    }

    private static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }
}
