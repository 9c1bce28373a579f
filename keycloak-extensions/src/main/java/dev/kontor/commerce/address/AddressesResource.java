package dev.kontor.commerce.address;

import dev.kontor.http.CustomerCall;
import dev.kontor.http.JsonBody;
import dev.kontor.http.PageRequest;
import dev.kontor.http.ProblemException;
import dev.kontor.commerce.CommerceResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /realms/{realm}/portal/addresses} (COM-1); the rules are in {@link AddressBook}. */
public class AddressesResource extends CommerceResource {

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");

    public AddressesResource(KeycloakSession session, CustomerCall call) {
        super(session, call);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("first") String first, @QueryParam("max") String max) {
        return run(customer -> Response.ok(new AddressBook(session, em(), customer).list(PageRequest.of(first, max)),
                MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return run(customer -> withTag(Response.ok(), new AddressBook(session, em(), customer).get(id)));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        return run(customer -> {
            AddressInput input = JsonBody.read(body, JsonBody.CUSTOMER_LIMIT, AddressInput.class);
            AddressEntity created = new AddressBook(session, em(), customer).create(input, System.currentTimeMillis());
            return withTag(Response.created(session.getContext().getUri().getAbsolutePathBuilder()
                    .path(created.getId()).build()), created);
        });
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, InputStream body) {
        return run(customer -> {
            AddressBook book = new AddressBook(session, em(), customer);
            book.get(id); // another customer's id is a 404 before anything about the body is said
            AddressInput input = JsonBody.read(body, JsonBody.CUSTOMER_LIMIT, AddressInput.class);
            return withTag(Response.ok(), book.update(id, version(ifMatch), input, System.currentTimeMillis()));
        });
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return run(customer -> {
            new AddressBook(session, em(), customer).delete(id, version(ifMatch), System.currentTimeMillis());
            return Response.noContent();
        });
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, AddressEntity address) {
        return response.header("ETag", "\"" + address.getVersion() + "\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(AddressView.of(address));
    }

    /** The version in an If-Match header; absent → null; anything but one of our tags → 412. */
    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new ProblemException(Response.Status.PRECONDITION_FAILED, "version_conflict",
                    "If-Match must be the ETag of the address, e.g. \"3\".");
        }
        return Integer.parseInt(matcher.group(1));
    }
}
