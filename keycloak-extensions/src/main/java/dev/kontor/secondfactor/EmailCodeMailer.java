package dev.kontor.secondfactor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Mails a code with the realm's email theme ({@code kontor-email-code.ftl}, html and text).
 * The theme provider resolves the user's locale itself (user attribute, then the login's
 * ui_locales / browser), so the mail speaks the language of the account.
 */
final class EmailCodeMailer {

    static final String TEMPLATE = "kontor-email-code.ftl";
    static final String SUBJECT_KEY = "kontorEmailCodeSubject";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;
    private final AuthenticationSessionModel authSession;

    EmailCodeMailer(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession) {
        this.session = session;
        this.realm = realm;
        this.user = user;
        this.authSession = authSession;
    }

    /** Mails to {@code address} (the method's bound address in a login), in the user's language. */
    void send(String code, String address, EmailCodeConfig config, EmailCodePurpose purpose) throws EmailException {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("code", code);
        attributes.put("codeLifetimeMinutes", config.codeLifetimeMinutes());
        attributes.put("purpose", purpose.templateName());
        session.getProvider(EmailTemplateProvider.class)
                .setRealm(realm)
                .setUser(EmailCodeAddress.withAddress(user, address))
                .setAuthenticationSession(authSession)
                .send(SUBJECT_KEY, List.of(), TEMPLATE, attributes);
    }
}
