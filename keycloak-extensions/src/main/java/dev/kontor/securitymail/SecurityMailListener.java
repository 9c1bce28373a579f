package dev.kontor.securitymail;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kontor.rollout.SecondFactorMethods;
import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerTransaction;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakTransactionManager;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Mails the customer when how they sign in changed (see {@link SecurityNotice}), hanging on
 * Keycloak's user events, so it works whichever flow made the change (account console, login
 * required actions, the reset flow, Kontor's own steps).
 *
 * <p>Never inside the change: events are collected in an {@link EventListenerTransaction} enlisted
 * <em>after completion</em> of the request's transaction, the way Keycloak's own email event
 * listener does. Keycloak commits after-completion transactions only when the main transaction
 * committed and rolls them back (dropping the mails) when it did not; the mails go out after the
 * commit, so a failed or slow SMTP server can neither fail nor undo the user's action, and every
 * failure is caught and logged here.
 */
final class SecurityMailListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(SecurityMailListener.class);

    private final KeycloakSession session;
    /** One mail per user and notice and transaction, although Keycloak reports some changes twice. */
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private EventListenerTransaction tx;

    SecurityMailListener(KeycloakSession session) {
        this.session = session;
    }

    record Pending(String realmId, String clientId, String userId, SecurityEventClassifier.Kind kind, String previousEmail) {
    }

    @Override
    public void onEvent(Event event) {
        if (event.getUserId() == null || event.getRealmId() == null || event.getError() != null) {
            return;
        }
        SecurityEventClassifier.classify(event.getType(), event.getDetails()).ifPresent(kind -> {
            String previous = SecurityEventClassifier.previousEmail(event.getDetails());
            pending.putIfAbsent(event.getUserId() + ":" + kind, new Pending(event.getRealmId(), event.getClientId(), event.getUserId(), kind, previous));
            afterCommit(event);
        });
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // Admin changes are the admin's business; customers hear about their own changes.
    }

    private void afterCommit(Event event) {
        KeycloakTransactionManager manager = session.getTransactionManager();
        if (!manager.isActive()) {
            // reported after the commit already (no transaction to wait for)
            sendAll();
            return;
        }
        if (tx == null) {
            tx = new EventListenerTransaction(null, committed -> sendAll());
            manager.enlistAfterCompletion(tx);
        }
        tx.addEvent(event);
    }

    /**
     * Runs once per committed transaction (the first event triggers it, the others find nothing
     * left). Each mail in a transaction of its own, as Keycloak's email listener does: the request's
     * transaction is over, and a fresh one reads the committed state.
     */
    private void sendAll() {
        Map<String, Pending> all = new LinkedHashMap<>(pending);
        pending.clear();
        HttpRequest request = session.getContext().getHttpRequest();
        for (Pending p : all.values()) {
            if (p.kind() == SecurityEventClassifier.Kind.PASSWORD_CHANGED
                    && all.containsKey(p.userId() + ":" + SecurityEventClassifier.Kind.PASSWORD_RESET)) {
                continue; // a reset is a password change: one mail, the reset one
            }
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), fresh -> send(fresh, request, p));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Security mail %s for user %s could not be sent", p.kind(), p.userId());
            }
        }
    }

    private static void send(KeycloakSession fresh, HttpRequest request, Pending p) {
        RealmModel realm = fresh.realms().getRealm(p.realmId());
        if (realm == null) {
            return;
        }
        fresh.getContext().setRealm(realm);
        if (p.clientId() != null) {
            fresh.getContext().setClient(realm.getClientByClientId(p.clientId()));
        }
        // the request's headers let Keycloak resolve the language as for the request itself (user's locale first)
        fresh.getContext().setHttpRequest(request);
        UserModel user = fresh.users().getUserById(realm, p.userId());
        if (user == null) {
            return;
        }
        SecurityNotice notice = resolve(p.kind(), user);
        String recipient = notice == SecurityNotice.EMAIL_CHANGED ? p.previousEmail() : user.getEmail();
        new SecurityMailer(fresh).send(realm, user, recipient, notice);
    }

    /** Turned on, changed or off follows from the methods the user has now that the change is committed. */
    private static SecurityNotice resolve(SecurityEventClassifier.Kind kind, UserModel user) {
        return switch (kind) {
            case SECOND_FACTOR_SET -> methods(user) > 1 ? SecurityNotice.SECOND_FACTOR_CHANGED : SecurityNotice.SECOND_FACTOR_ON;
            case SECOND_FACTOR_REPLACED -> SecurityNotice.SECOND_FACTOR_CHANGED;
            case SECOND_FACTOR_REMOVED -> methods(user) > 0 ? SecurityNotice.SECOND_FACTOR_CHANGED : SecurityNotice.SECOND_FACTOR_OFF;
            case BROWSER_SAVED -> SecurityNotice.BROWSER_SAVED;
            case PASSWORD_CHANGED -> SecurityNotice.PASSWORD_CHANGED;
            case PASSWORD_RESET -> SecurityNotice.PASSWORD_RESET;
            case EMAIL_CHANGED -> SecurityNotice.EMAIL_CHANGED;
        };
    }

    private static long methods(UserModel user) {
        return user.credentialManager().getStoredCredentialsStream()
                .filter(c -> SecondFactorMethods.CREDENTIAL_TYPES.contains(c.getType()))
                .count();
    }

    @Override
    public void close() {
    }
}
