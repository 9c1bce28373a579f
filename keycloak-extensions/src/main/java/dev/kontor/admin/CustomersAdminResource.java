package dev.kontor.admin;

import dev.kontor.customer.CustomerAttributes;
import dev.kontor.http.FieldError;
import dev.kontor.http.JsonBody;
import dev.kontor.http.PageRequest;
import dev.kontor.http.Problem;
import dev.kontor.http.ProblemException;
import dev.kontor.customer.Customer;
import dev.kontor.customer.CustomerStore;
import dev.kontor.customer.CustomerEntity;
import dev.kontor.customer.CustomerImport;
import dev.kontor.customer.CustomerNumbers;
import dev.kontor.customer.CustomerRow;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/realms/{realm}/portal/customers}: the customer directory for admins and back ends.
 * Reading needs view-users, changing needs manage-users (realm-wide; customers are not users, so
 * per-user fine-grained permissions do not apply). Every change is an admin event with the
 * resource type {@value #RESOURCE_TYPE}.
 */
public class CustomersAdminResource {

    public static final String RESOURCE_TYPE = "KONTOR_CUSTOMER";
    /** Rows per bulk import; larger directories are sent in several calls. */
    public static final int MAX_IMPORT_ROWS = 5000;
    /** A bulk import of {@value #MAX_IMPORT_ROWS} rows is well below this. */
    static final int IMPORT_LIMIT = 2 * 1024 * 1024;
    /** Logins listed with one customer. */
    static final int MAX_LOGINS = 100;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final CustomerStore directory;

    public CustomersAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
        this.directory = new CustomerStore(session);
    }

    /** A page of customers. */
    public record CustomerPage(List<Customer> items, long total) {
    }

    /** A login that belongs to a customer. */
    public record Login(String id, String username) {
    }

    /** One customer with (up to {@value #MAX_LOGINS} of) its logins. */
    public record CustomerDetails(String customerNumber, String name, String type, Long createdAt, Long updatedAt,
                                  List<Login> logins) {
    }

    /** {@code ?search=&first=&max=}: search matches the start of the number or of the (normalised) name. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CustomerPage list(@QueryParam("search") String search, @QueryParam("first") String first,
                             @QueryParam("max") String max) {
        auth.users().requireView();
        PageRequest page = PageRequest.of(first, max);
        List<Customer> items = directory.list(realm.getId(), search, page.first(), page.max()).stream()
                .map(Customer::of).toList();
        return new CustomerPage(items, directory.count(realm.getId(), search));
    }

    @GET
    @Path("{customerNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    public CustomerDetails get(@PathParam("customerNumber") String customerNumber) {
        auth.users().requireView();
        CustomerEntity entity = existing(customerNumber);
        List<Login> logins = session.users()
                .searchForUserByUserAttributeStream(realm, CustomerAttributes.CUSTOMER_NUMBER, entity.getCustomerNumber())
                .limit(MAX_LOGINS)
                .map(u -> new Login(u.getId(), u.getUsername()))
                .toList();
        return new CustomerDetails(entity.getCustomerNumber(), entity.getName(), entity.getKind(),
                entity.getCreatedAt(), entity.getUpdatedAt(), logins);
    }

    /** Creates (201) or updates (200) one customer; the body's number, if any, must be the path's. */
    @PUT
    @Path("{customerNumber}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upsert(@PathParam("customerNumber") String customerNumber, InputStream json) {
        auth.users().requireManage();
        Customer body = JsonBody.read(json, JsonBody.CUSTOMER_LIMIT, Customer.class);
        if (body.customerNumber() != null && !body.customerNumber().trim().equals(customerNumber)) {
            throw problem(Response.Status.BAD_REQUEST, "customer_number_mismatch",
                    "The customerNumber in the body differs from the one in the path.");
        }
        Customer input = new Customer(customerNumber, body.name(), body.type(), null, null);
        List<CustomerRow.Error> errors = CustomerRow.check(input);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST.getStatusCode(), "invalid_customer",
                    errors.get(0).message(), errors.stream().map(e -> new FieldError(e.field(), e.code(), e.message())).toList()));
        }
        CustomerRow.Valid valid = CustomerRow.valid(input);
        CustomerStore.Outcome outcome = directory.upsert(realm.getId(), valid);
        Customer stored = Customer.of(directory.find(realm.getId(), valid.customerNumber()));
        if (outcome != CustomerStore.Outcome.UNCHANGED) {
            adminEvent.operation(outcome == CustomerStore.Outcome.CREATED ? OperationType.CREATE : OperationType.UPDATE)
                    .resourcePath(session.getContext().getUri())
                    .representation(stored)
                    .success();
        }
        return Response.status(outcome == CustomerStore.Outcome.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .entity(stored).type(MediaType.APPLICATION_JSON).build();
    }

    /** Removes the customer. Logins keep their customer number attribute; an admin edits or deletes them. */
    @DELETE
    @Path("{customerNumber}")
    public Response delete(@PathParam("customerNumber") String customerNumber) {
        auth.users().requireManage();
        CustomerEntity entity = existing(customerNumber);
        directory.delete(realm.getId(), entity.getCustomerNumber());
        adminEvent.operation(OperationType.DELETE).resourcePath(session.getContext().getUri()).success();
        return Response.noContent().build();
    }

    /**
     * Bulk import of a JSON array of customers, idempotent (upsert by number). Good rows are
     * imported even when others are rejected; the answer lists each rejected row with its index.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public CustomerImport.Result importCustomers(InputStream json) {
        auth.users().requireManage();
        List<Customer> rows = Arrays.asList(JsonBody.read(json, IMPORT_LIMIT, Customer[].class));
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw problem(Response.Status.BAD_REQUEST, "too_many_rows",
                    "At most " + MAX_IMPORT_ROWS + " customers per import; send the rest in further calls.");
        }
        CustomerImport.Result result = CustomerImport.apply(directory, realm.getId(), CustomerImport.plan(rows));
        adminEvent.operation(OperationType.ACTION)
                .resourcePath(session.getContext().getUri())
                .representation(Map.of("created", result.created(), "updated", result.updated(),
                        "unchanged", result.unchanged(), "rejected", result.rejected().size()))
                .success();
        return result;
    }

    private CustomerEntity existing(String customerNumber) {
        CustomerEntity entity = directory.find(realm.getId(), CustomerNumbers.clean(customerNumber));
        if (entity == null) {
            throw problem(Response.Status.NOT_FOUND, "customer_not_found", "No customer with this number in this realm.");
        }
        return entity;
    }

    private static ProblemException problem(Response.Status status, String code, String detail) {
        return new ProblemException(Problem.of(status, code, detail));
    }
}
