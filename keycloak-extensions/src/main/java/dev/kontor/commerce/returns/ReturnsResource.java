package dev.kontor.commerce.returns;

import dev.kontor.commerce.CommerceResource;
import dev.kontor.commerce.JsonBody;
import dev.kontor.portal.PageRequest;
import dev.kontor.portal.PortalCors;
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

    public ReturnsResource(KeycloakSession session, PortalCors cors) {
        super(session, cors);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("first") String first, @QueryParam("max") String max) {
        return call.run(customer -> {
            PageRequest page = PageRequest.of(first, max);
            return Response.ok(new CustomerReturns(session, em(), customer, settings()).list(page.first(), page.max()),
                    MediaType.APPLICATION_JSON_TYPE);
        });
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return call.run(customer -> Response.ok(ReturnView.of(em(), new CustomerReturns(session, em(), customer, settings()).get(id)),
                MediaType.APPLICATION_JSON_TYPE));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response request(InputStream body) {
        return call.run(customer -> {
            CustomerReturns.Input input = JsonBody.read(body, JsonBody.CUSTOMER_LIMIT, CustomerReturns.Input.class);
            ReturnEntity created = new CustomerReturns(session, em(), customer, settings()).request(input, System.currentTimeMillis());
            return Response.created(session.getContext().getUri().getAbsolutePathBuilder().path(created.getId()).build())
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(ReturnView.of(em(), created));
        });
    }
}
