package dev.kontor.trust;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.List;

/**
 * Thin JPA access to {@link TrustedBrowserEntity}, bound to one Keycloak session (and so to its
 * transaction). Every query is scoped by realm and user, so one user can never reach another's rows.
 */
public class TrustedBrowserStore {

    private final EntityManager em;

    public TrustedBrowserStore(KeycloakSession session) {
        this(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    TrustedBrowserStore(EntityManager em) {
        this.em = em;
    }

    public TrustedBrowserEntity create(String realmId, String userId, TrustedBrowserKind kind, String userAgent,
                                       BrowserDevice device, long now, Long expiresAt) {
        TrustedBrowserEntity browser = new TrustedBrowserEntity();
        browser.setId(KeycloakModelUtils.generateId());
        browser.setRealmId(realmId);
        browser.setUserId(userId);
        browser.setKind(kind);
        browser.setName(device.name());
        browser.setBrowser(device.browser());
        browser.setOs(device.os());
        browser.setUserAgent(BrowserDevice.clip(userAgent, TrustedBrowserEntity.USER_AGENT_LENGTH));
        browser.setCreatedAt(now);
        browser.setLastUsedAt(now);
        browser.setExpiresAt(expiresAt);
        em.persist(browser);
        return browser;
    }

    /** The row, or {@code null} when it does not exist or is not this user's. */
    public TrustedBrowserEntity findForUser(String realmId, String userId, String id) {
        return em.createNamedQuery("kontorTrustedBrowser.findForUser", TrustedBrowserEntity.class)
                .setParameter("id", id)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** Saved browsers, newest first. */
    public List<TrustedBrowserEntity> listSaved(String realmId, String userId, int first, int max) {
        return em.createNamedQuery("kontorTrustedBrowser.listForUserByKind", TrustedBrowserEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("kind", TrustedBrowserKind.SAVED)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countSaved(String realmId, String userId) {
        return em.createNamedQuery("kontorTrustedBrowser.countForUserByKind", Long.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("kind", TrustedBrowserKind.SAVED)
                .getSingleResult();
    }

    /** Saved browsers and running 24-hour skips (not yet expired at {@code now}), newest first. */
    public List<TrustedBrowserEntity> listActive(String realmId, String userId, long now, int first, int max) {
        return em.createNamedQuery("kontorTrustedBrowser.listActiveForUser", TrustedBrowserEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("now", now)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countActive(String realmId, String userId, long now) {
        return em.createNamedQuery("kontorTrustedBrowser.countActiveForUser", Long.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("now", now)
                .getSingleResult();
    }

    /** Deletes one row of this user; {@code false} when there was none. */
    public boolean deleteForUser(String realmId, String userId, String id) {
        return em.createNamedQuery("kontorTrustedBrowser.deleteForUser")
                .setParameter("id", id)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .executeUpdate() > 0;
    }

    /** Deletes saved browsers and 24-hour skips alike. */
    public int deleteAllForUser(String realmId, String userId) {
        return em.createNamedQuery("kontorTrustedBrowser.deleteAllForUser")
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .executeUpdate();
    }

    /** Expired skips would otherwise pile up: nothing else ever reads them again. */
    public int deleteExpiredForUser(String realmId, String userId, long now) {
        return em.createNamedQuery("kontorTrustedBrowser.deleteExpiredForUser")
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("now", now)
                .executeUpdate();
    }

    public int deleteForRealm(String realmId) {
        return em.createNamedQuery("kontorTrustedBrowser.deleteForRealm")
                .setParameter("realmId", realmId)
                .executeUpdate();
    }

    /** Written on commit of the session's transaction, like every other change of a managed entity. */
    public void touch(TrustedBrowserEntity browser, long now) {
        browser.setLastUsedAt(now);
    }
}
