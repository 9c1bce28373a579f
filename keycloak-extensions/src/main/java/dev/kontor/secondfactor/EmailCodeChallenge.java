package dev.kontor.secondfactor;

import java.util.Objects;
import java.util.Optional;

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
    private final ResendCooldown cooldown;
    private final EmailCodeMailer mailer;

    EmailCodeChallenge(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                       EventBuilder event, EmailCodeConfig config, EmailCodePurpose purpose) {
        this.user = user;
        this.event = event;
        this.config = config;
        this.purpose = purpose;
        this.notes = new PendingCodeNotes(authSession, purpose);
        this.cooldown = new ResendCooldown(session, realm, user);
        this.mailer = new EmailCodeMailer(session, realm, user, authSession);
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

    /** The first code of this login (not counted as a resend, but subject to the user's cool-down). */
    SendOutcome sendFirst() {
        return send(notes.load().map(PendingCode::resends).orElse(0));
    }

    /** "Send a new code": at most {@code maxResends} per login, never within the cool-down. */
    SendOutcome resend() {
        Optional<PendingCode> pending = notes.load();
        int resends = pending.map(PendingCode::resends).orElse(0);
        if (resends >= config.maxResends()) {
            return SendOutcome.of(SendOutcome.Kind.LIMIT_REACHED);
        }
        long localWait = pending.map(p -> p.cooldownRemaining(now(), config.resendCooldownSeconds())).orElse(0L);
        if (localWait > 0) {
            return SendOutcome.cooldown(localWait);
        }
        return send(resends + 1);
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
        String address = user.getEmail();
        if (address == null || address.isBlank()) {
            return SendOutcome.of(SendOutcome.Kind.NO_ADDRESS);
        }
        if (!cooldown.tryAcquire(config.resendCooldownSeconds())) {
            long wait = notes.load().map(p -> p.cooldownRemaining(now(), config.resendCooldownSeconds()))
                    .filter(w -> w > 0).orElse((long) config.resendCooldownSeconds());
            return SendOutcome.cooldown(wait);
        }
        String code = GENERATOR.generate(config.codeLength());
        try {
            mailer.send(code, config, purpose);
        } catch (EmailException e) {
            LOG.warnf(e, "Could not mail the %s code to user %s", purpose.templateName(), user.getId());
            cooldown.release();
            EmailCodeEvents.codeNotSent(event, user, address, purpose);
            return SendOutcome.of(SendOutcome.Kind.FAILED);
        }
        // Stored only after the mail went out: a code the user never got must not count as "live".
        notes.save(PendingCode.issue(code, address, now(), config.codeLifetimeSeconds(), resends));
        EmailCodeEvents.codeSent(event, user, address, purpose);
        return SendOutcome.of(SendOutcome.Kind.SENT);
    }

    /** A code mailed to an address the account no longer has must not be accepted. */
    private boolean isForCurrentAddress(PendingCode pending) {
        return Objects.equals(pending.address(), user.getEmail());
    }

    private static long now() {
        return Time.currentTimeSeconds();
    }
}
