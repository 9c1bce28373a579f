package dev.kontor.secondfactor;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Sending and checking of one user's email code in one authentication session; shared by the
 * login step ({@link EmailCodeAuthenticator}) and the set-up ({@link EmailCodeSetupRequiredAction})
 * so both obey the same limits. Created per request; all state is in session notes and in the
 * cluster-wide single-use store. Time comes from Keycloak's {@link Time}, so tests can move it.
 */
final class EmailCodeChallenge {

    private static final Logger LOG = Logger.getLogger(EmailCodeChallenge.class);
    private static final EmailCodeGenerator GENERATOR = new EmailCodeGenerator();

    private final UserModel user;
    private final EventBuilder event;
    private final EmailCodeConfig config;
    private final EmailCodePurpose purpose;
    private final PendingCodeNotes notes;
    private final CodeMailLimits limits;
    private final EmailCodeMailer mailer;
    private final String address;

    EmailCodeChallenge(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                       EventBuilder event, EmailCodeConfig config, EmailCodePurpose purpose) {
        this.user = user;
        this.event = event;
        this.config = config;
        this.purpose = purpose;
        this.notes = new PendingCodeNotes(authSession, purpose);
        this.limits = new CodeMailLimits(session, realm, user, authSession, purpose, config);
        this.address = purpose == EmailCodePurpose.SETUP ? user.getEmail() : EmailCodeAddress.boundAddress(user);
        this.mailer = new EmailCodeMailer(session, realm, user, authSession);
    }

    /**
     * Where the codes go: in a login the address the method was set up with (not the account's
     * address if that was changed since), in the set-up the account's address, which the set-up proves.
     */
    String address() {
        return address;
    }

    EmailCodeConfig config() {
        return config;
    }

    /**
     * The state of the code already sent in this login, empty if there is none. Any state (even
     * void or expired) means a page reload shows the form again instead of mailing a new code.
     */
    Optional<PendingCode.Status> pendingStatus() {
        return notes.load().filter(this::isForCurrentAddress).map(p -> p.status(now(), config.maxAttempts()));
    }

    /**
     * The first code of this login: sent whatever the resend cool-down says (another login's code
     * must not block this one), once per login however many requests arrive in parallel, and only
     * within the user's cap of code mails per period.
     */
    SendOutcome sendFirst() {
        if (!limits.claimFirstCode()) {
            return SendOutcome.of(SendOutcome.Kind.IN_PROGRESS);
        }
        SendOutcome outcome = send(notes.load().map(PendingCode::resends).orElse(0));
        if (!outcome.codeOnItsWay()) {
            // nothing went out: a reload may try again (the cap still holds)
            limits.releaseFirstCode();
        }
        return outcome;
    }

    /**
     * "Send a new code": at most {@code maxResends} per login, never within the user-wide cool-down
     * after the user's last code mail (of any login), and within the cap of code mails per period.
     */
    SendOutcome resend() {
        int resends = notes.load().map(PendingCode::resends).orElse(0);
        if (resends >= config.maxResends()) {
            return SendOutcome.of(SendOutcome.Kind.LIMIT_REACHED);
        }
        OptionalLong wait = limits.claimResend();
        if (wait.isPresent()) {
            return SendOutcome.cooldown(wait.getAsLong());
        }
        SendOutcome outcome = send(resends + 1);
        if (!outcome.codeOnItsWay()) {
            limits.releaseCooldown();
        }
        return outcome;
    }

    VerifyOutcome verify(String candidate) {
        Optional<PendingCode> loaded = notes.load().filter(this::isForCurrentAddress);
        if (loaded.isEmpty()) {
            return VerifyOutcome.NO_CODE;
        }
        if (candidate == null || candidate.isBlank()) {
            return VerifyOutcome.MISSING;
        }
        PendingCode pending = loaded.get();
        switch (pending.status(now(), config.maxAttempts())) {
            case VOID:
                return VerifyOutcome.VOID;
            case EXPIRED:
                return VerifyOutcome.EXPIRED;
            default:
                break;
        }
        if (pending.matches(candidate)) {
            notes.clear();
            return VerifyOutcome.VALID;
        }
        // Two parallel wrong guesses may both read the same count; Keycloak's brute-force
        // detector, which counts every failure, is the hard limit behind this per-code one.
        PendingCode failed = pending.withFailedAttempt();
        notes.save(failed);
        return failed.status(now(), config.maxAttempts()) == PendingCode.Status.VOID
                ? VerifyOutcome.WRONG_NOW_VOID : VerifyOutcome.WRONG;
    }

    void clear() {
        notes.clear();
    }

    private SendOutcome send(int resends) {
        if (address == null || address.isBlank()) {
            return SendOutcome.of(SendOutcome.Kind.NO_ADDRESS);
        }
        CodeMailLimits.MailSlot slot = limits.takeMailSlot();
        if (!slot.taken()) {
            return SendOutcome.tooMany(slot.waitSeconds());
        }
        String code = GENERATOR.generate(config.codeLength());
        try {
            mailer.send(code, address, config, purpose);
        } catch (EmailException e) {
            LOG.warnf(e, "Could not mail the %s code to user %s", purpose.templateName(), user.getId());
            limits.releaseMailSlot(slot);
            EmailCodeEvents.codeNotSent(event, user, address, purpose);
            return SendOutcome.of(SendOutcome.Kind.FAILED);
        }
        limits.mailed(slot);
        // Stored only after the mail went out: a code the user never got must not count as "live".
        notes.save(PendingCode.issue(code, address, now(), config.codeLifetimeSeconds(), resends));
        EmailCodeEvents.codeSent(event, user, address, purpose);
        return SendOutcome.of(SendOutcome.Kind.SENT);
    }

    /** A code mailed to another address than the one codes go to now must not be accepted. */
    private boolean isForCurrentAddress(PendingCode pending) {
        return Objects.equals(pending.address(), address);
    }

    private static long now() {
        return Time.currentTimeSeconds();
    }
}
