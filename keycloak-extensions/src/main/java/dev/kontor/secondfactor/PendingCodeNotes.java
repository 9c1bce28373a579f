package dev.kontor.secondfactor;

import java.util.Optional;

import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Reads and writes a {@link PendingCode} in authentication-session notes. Those notes are
 * replicated by Keycloak's session store, so nothing about the code lives in a single JVM.
 */
final class PendingCodeNotes {

    private final AuthenticationSessionModel authSession;
    private final String prefix;

    PendingCodeNotes(AuthenticationSessionModel authSession, EmailCodePurpose purpose) {
        this.authSession = authSession;
        this.prefix = purpose.notePrefix();
    }

    Optional<PendingCode> load() {
        return PendingCode.fromNotes(prefix, authSession::getAuthNote);
    }

    void save(PendingCode code) {
        code.toNotes(prefix).forEach(authSession::setAuthNote);
    }

    /** Single use: the notes go as soon as the code was accepted (or the set-up was cancelled). */
    void clear() {
        PendingCode.noteKeys(prefix).forEach(authSession::removeAuthNote);
    }
}
