package dev.kontor.securitymail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kontor.secondfactor.EmailCodeAddress;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Renders a {@link SecurityNotice} with the realm's email theme ({@value #TEMPLATE}, HTML and
 * text) in the user's language, to the given address.
 */
final class SecurityMailer {

    static final String TEMPLATE = "kontor-security-notice.ftl";
    private static final Logger LOG = Logger.getLogger(SecurityMailer.class);

    private final KeycloakSession session;

    SecurityMailer(KeycloakSession session) {
        this.session = session;
    }

    void send(RealmModel realm, UserModel user, String address, SecurityNotice notice) {
        if (address == null || address.isBlank()) {
            return;
        }
        // Keycloak adds locale, msg() and more to the map: it must be mutable
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("noticeBodyKey", notice.bodyKey());
        attributes.put("notice", notice.name());
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(EmailCodeAddress.withAddress(user, address))
                    .send(notice.subjectKey(), List.of(), TEMPLATE, attributes);
        } catch (EmailException e) {
            // the change itself is committed; a mail that cannot go out must not undo or fail it
            LOG.warnf(e, "Security mail %s to user %s failed", notice, user.getId());
        }
    }
}
