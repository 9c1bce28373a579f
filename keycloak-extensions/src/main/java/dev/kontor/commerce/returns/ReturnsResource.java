package dev.kontor.commerce.returns;

import dev.kontor.commerce.order.CommerceSettings;
import dev.kontor.http.CustomerCall;
import dev.kontor.http.JsonBody;
import dev.kontor.http.PageRequest;
import dev.kontor.commerce.CommerceResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

import java.io.InputStream;

/** {@code /realms/{realm}/portal/returns} (COM-3); the rules are in {@link CustomerReturns}. */
public class ReturnsResource extends CommerceResource {

    public ReturnsResource(KeycloakSession session, CustomerCall call) {
        super(session, call);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("first") String first, @QueryParam("max") String max) {
        return run(customer -> {
            PageRequest page = PageRequest.of(first, max);
            return Response.ok(new CustomerReturns(session, em(), customer, CommerceSettings.of(realm())).list(page.first(), page.max()),
                    MediaType.APPLICATION_JSON_TYPE);
        });
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return run(customer -> Response.ok(ReturnView.of(em(), new CustomerReturns(session, em(), customer, CommerceSettings.of(realm())).get(id)),
                MediaType.APPLICATION_JSON_TYPE));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response request(InputStream body) {
        return run(customer -> {
            CustomerReturns.Input input = JsonBody.read(body, JsonBody.CUSTOMER_LIMIT, CustomerReturns.Input.class);
            ReturnEntity created = new CustomerReturns(session, em(), customer, CommerceSettings.of(realm())).request(input, System.currentTimeMillis());
            return Response.created(session.getContext().getUri().getAbsolutePathBuilder().path(created.getId()).build())
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(ReturnView.of(em(), created));
        });
    }
}
