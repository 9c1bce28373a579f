package dev.kontor.assurance;

import org.keycloak.models.UserSessionModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.util.Optional;

/**
 * The user-session note that says how the session met the second-factor rule. Only Kontor's steps
 * write it, through the authentication session (Keycloak copies such notes into the user session
 * when the login completes), so a session made by any other flow or grant has none.
 */
public final class SessionSecondFactor {

    public static final String NOTE = "kontor.second-factor";

    private SessionSecondFactor() {
    }

    public static void record(AuthenticationSessionModel authSession, SecondFactorLevel level) {
        authSession.setUserSessionNote(NOTE, level.noteValue());
    }

    static Optional<SecondFactorLevel> of(UserSessionModel userSession) {
        return userSession == null ? Optional.empty() : SecondFactorLevel.fromNote(userSession.getNote(NOTE));
    }
}
