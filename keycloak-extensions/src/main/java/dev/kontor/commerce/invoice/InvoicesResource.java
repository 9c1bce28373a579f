package dev.kontor.commerce.invoice;

import dev.kontor.http.CustomerCall;
import dev.kontor.http.PageRequest;
import dev.kontor.commerce.CommerceResource;
import dev.kontor.commerce.Times;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/portal/invoices?status=open|paid|overdue} (COM-4). */
public class InvoicesResource extends CommerceResource {

    public InvoicesResource(KeycloakSession session, CustomerCall call) {
        super(session, call);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("status") String status, @QueryParam("first") String first, @QueryParam("max") String max) {
        return run(customer -> {
            InvoiceStatus wanted = InvoiceStatus.parameter(status);
            PageRequest page = PageRequest.of(first, max);
            return Response.ok(InvoiceStore.page(em(), customer.visibleCondition("i"), customer::bind, wanted, Times.today(),
                    page.first(), page.max()), MediaType.APPLICATION_JSON_TYPE);
        });
    }
}
