package dev.kontor.commerce;

import dev.kontor.commerce.money.Money;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.utils.KeycloakSessionUtil;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A read-only mirror of a customer's latest orders and returns in the user attributes
 * {@value #ORDERS} and {@value #RETURNS}, so that admins see them on the user's Details tab in the
 * admin console (the user profile declares both visible to admins and editable by nobody), as with
 * saved browsers. The commerce tables stay the truth: every change of an order or return marks its
 * customer, and just before the transaction commits each marked customer's lines are rewritten
 * from the tables (one indexed query each), so the mirror can never show what was rolled back.
 */
public final class CommerceAdminView {

    public static final String ORDERS = "kontorOrders";
    public static final String RETURNS = "kontorReturns";
    static final int MAX_LISTED = 10;

    private static final Logger LOG = Logger.getLogger(CommerceAdminView.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final String PENDING = CommerceAdminView.class.getName() + ".pending";

    private CommerceAdminView() {
    }

    /** Marks the customer of a changed order or return (no-op for rows without a login). */
    public static void touch(String realmId, String userId) {
        KeycloakSession session = KeycloakSessionUtil.getKeycloakSession();
        if (session == null || userId == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) session.getAttribute(PENDING);
        if (pending == null) {
            Set<String> users = new LinkedHashSet<>();
            session.setAttribute(PENDING, users);
            session.getTransactionManager().enlistPrepare(new AbstractKeycloakTransaction() {
                @Override
                protected void commitImpl() {
                    users.forEach(key -> refresh(session, key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ') + 1)));
                }

                @Override
                protected void rollbackImpl() {
                }
            });
            pending = users;
        }
        pending.add(realmId + " " + userId);
    }

    static void refresh(KeycloakSession session, String realmId, String userId) {
        try {
            RealmModel realm = session.realms().getRealm(realmId);
            UserModel user = realm == null ? null : session.users().getUserById(realm, userId);
            if (user == null) {
                return;
            }
            EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            mirror(user, ORDERS, em.createQuery("select o.number, o.status, o.total, o.currency, o.placedAt from OrderEntity o"
                            + " where o.realmId = :realmId and o.userId = :userId order by o.placedAt desc, o.id desc", Object[].class)
                    .setParameter("realmId", realmId).setParameter("userId", userId).setMaxResults(MAX_LISTED)
                    .getResultStream()
                    .map(r -> orderLine((String) r[0], (String) r[1], Money.of((java.math.BigDecimal) r[2], (String) r[3]), (Long) r[4]))
                    .toList());
            mirror(user, RETURNS, em.createQuery("select r.number, r.status, o.number, r.createdAt from ReturnEntity r, OrderEntity o"
                            + " where o.id = r.orderId and r.realmId = :realmId and r.userId = :userId"
                            + " order by r.createdAt desc, r.id desc", Object[].class)
                    .setParameter("realmId", realmId).setParameter("userId", userId).setMaxResults(MAX_LISTED)
                    .getResultStream()
                    .map(r -> returnLine((String) r[0], (String) r[1], (String) r[2], (Long) r[3]))
                    .toList());
        } catch (RuntimeException e) {
            // the mirror is a convenience for admins: it must never cost a customer their change
            LOG.warnf(e, "Could not refresh the admin view of the orders of user %s", userId);
        }
    }

    private static void mirror(UserModel user, String attribute, List<String> lines) {
        if (lines.isEmpty()) {
            user.removeAttribute(attribute);
        } else if (!lines.equals(user.getAttributeStream(attribute).toList())) {
            user.setAttribute(attribute, lines);
        }
    }

    /** E.g. "K-2026-000123 · shipped · 119.00 EUR · 2026-11-20". */
    static String orderLine(String number, String status, Money total, long placedAt) {
        return number + " · " + status + " · " + total.amount() + " " + total.currency() + " · " + DAY.format(Instant.ofEpochMilli(placedAt));
    }

    /** E.g. "R-2026-000007 · requested · order K-2026-000123 · 2026-11-21". */
    static String returnLine(String number, String status, String orderNumber, long createdAt) {
        return number + " · " + status + " · order " + orderNumber + " · " + DAY.format(Instant.ofEpochMilli(createdAt));
    }
}
