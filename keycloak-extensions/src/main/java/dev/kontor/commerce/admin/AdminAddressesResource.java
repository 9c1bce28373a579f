package dev.kontor.commerce.admin;

import dev.kontor.commerce.CommerceException;
import dev.kontor.commerce.address.AddressEntity;
import dev.kontor.commerce.address.AddressView;
import dev.kontor.portal.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.util.List;

/** {@code /admin/realms/{realm}/portal/addresses?userId=}: a customer's address book, read-only, for support. */
public class AdminAddressesResource extends AdminCommerceResource {

    public AdminAddressesResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        super(session, realm, auth);
    }

    public record Page(List<AddressView> items, long total) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("userId") String userId, @QueryParam("first") String first, @QueryParam("max") String max) {
        return AdminCall.run(session, () -> {
            access.requireRead();
            if (userId == null || userId.isBlank() || userId.length() > 36) {
                throw CommerceException.badParameter("'userId' is required.");
            }
            PageRequest page = PageRequest.of(first, max);
            EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            String where = " from AddressEntity a where a.realmId = :realmId and a.userId = :userId";
            List<AddressView> items = em.createQuery("select a" + where + " order by a.createdAt desc, a.id desc", AddressEntity.class)
                    .setParameter("realmId", realm.getId()).setParameter("userId", userId)
                    .setFirstResult(page.first()).setMaxResults(page.max())
                    .getResultStream().map(AddressView::of).toList();
            long total = em.createQuery("select count(a)" + where, Long.class)
                    .setParameter("realmId", realm.getId()).setParameter("userId", userId).getSingleResult();
            return Response.ok(new Page(items, total), MediaType.APPLICATION_JSON_TYPE);
        });
    }
}
