package dev.kontor.commerce;

import dev.kontor.customer.CustomerAttributes;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * The signed-in customer and what they may see. A login's customer number may be shared by the
 * colleagues of a company: with the realm role {@value #COMPANY_ADMIN_ROLE} a login sees every
 * order, return and invoice of that customer number; every other login sees only its own.
 * Addresses and carts are always personal.
 */
public record CustomerScope(RealmModel realm, UserModel user, String customerNumber, boolean companyWide) {

    public static final String COMPANY_ADMIN_ROLE = "portal-company-admin";

    public static CustomerScope of(RealmModel realm, UserModel user) {
        String customerNumber = user.getFirstAttribute(CustomerAttributes.CUSTOMER_NUMBER);
        if (customerNumber != null && customerNumber.isBlank()) {
            customerNumber = null;
        }
        RoleModel companyAdmin = realm.getRole(COMPANY_ADMIN_ROLE);
        boolean companyWide = customerNumber != null && companyAdmin != null && user.hasRole(companyAdmin);
        return new CustomerScope(realm, user, customerNumber, companyWide);
    }

    public String realmId() {
        return realm.getId();
    }

    public String userId() {
        return user.getId();
    }

    /**
     * JPQL condition on an entity alias with {@code realmId}, {@code userId} and {@code customerNumber}
     * that selects exactly the rows this customer may see; bind with {@link #bind}.
     */
    public String visibleCondition(String alias) {
        return companyWide
                ? alias + ".realmId = :scopeRealm and " + alias + ".customerNumber = :scopeOwner"
                : alias + ".realmId = :scopeRealm and " + alias + ".userId = :scopeOwner";
    }

    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        query.setParameter("scopeRealm", realmId());
        query.setParameter("scopeOwner", companyWide ? customerNumber : userId());
        return query;
    }

    /** The same check as {@link #visibleCondition} for a row already loaded. */
    public boolean sees(String realmId, String userId, String rowCustomerNumber) {
        if (!realmId().equals(realmId)) {
            return false;
        }
        return companyWide ? customerNumber.equals(rowCustomerNumber) : userId().equals(userId);
    }
}
