package dev.kontor.commerce.admin;

import dev.kontor.commerce.order.CommerceSettings;
import dev.kontor.commerce.order.OrderStatus;
import dev.kontor.http.AdminCall;
import dev.kontor.http.FieldError;
import dev.kontor.http.JsonBody;
import dev.kontor.http.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /admin/realms/{realm}/portal/settings}: the realm's commerce settings for the admin
 * console's settings page. They are realm attributes ({@link CommerceSettings}); where the portal
 * reads them it falls back to the defaults on a bad value, so this is where bad values are refused,
 * with one field error each. Reading needs view-realm, changing manage-realm; a change is an admin event.
 */
public class AdminSettingsResource {

    static final int MAX_RETURN_WINDOW_DAYS = 365;
    static final int MAX_URL_LENGTH = 2000;

    /** The settings as the API shows and takes them. */
    public record Settings(List<String> cancellableStatuses, Integer returnWindowDays, String cartUrlTemplate) {

        static Settings of(CommerceSettings settings) {
            return new Settings(settings.cancellableStatuses().stream().sorted().map(OrderStatus::code).toList(),
                    settings.returnWindowDays(), settings.cartUrlTemplate());
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public AdminSettingsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.REALM);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        return AdminCall.run(session, () -> {
            if (!auth.realm().canViewRealm()) {
                throw forbidden("Reading the commerce settings needs view-realm.");
            }
            return Response.ok(Settings.of(CommerceSettings.of(realm)), MediaType.APPLICATION_JSON_TYPE);
        });
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(InputStream body) {
        return AdminCall.run(session, () -> {
            if (!auth.realm().canManageRealm()) {
                throw forbidden("Changing the commerce settings needs manage-realm.");
            }
            Settings input = JsonBody.read(body, JsonBody.CUSTOMER_LIMIT, Settings.class);
            List<FieldError> errors = new ArrayList<>();
            List<String> statuses = statuses(input.cancellableStatuses(), errors);
            Integer days = input.returnWindowDays();
            if (days == null) {
                errors.add(new FieldError("returnWindowDays", "required", "This field is required."));
            } else if (days < 0 || days > MAX_RETURN_WINDOW_DAYS) {
                errors.add(new FieldError("returnWindowDays", "out_of_range", "0 to " + MAX_RETURN_WINDOW_DAYS + " days."));
            }
            String template = input.cartUrlTemplate() == null || input.cartUrlTemplate().isBlank() ? null : input.cartUrlTemplate().trim();
            if (template != null) {
                checkTemplate(template, errors);
            }
            if (!errors.isEmpty()) {
                throw ProblemException.validation(errors);
            }
            realm.setAttribute(CommerceSettings.CANCELLABLE_STATUSES, String.join(",", statuses));
            realm.setAttribute(CommerceSettings.RETURN_WINDOW_DAYS, Integer.toString(days));
            if (template == null) {
                realm.removeAttribute(CommerceSettings.CART_URL_TEMPLATE);
            } else {
                realm.setAttribute(CommerceSettings.CART_URL_TEMPLATE, template);
            }
            Settings saved = Settings.of(CommerceSettings.of(realm));
            adminEvent.operation(OperationType.UPDATE).resourcePath(session.getContext().getUri()).representation(saved).success();
            return Response.ok(saved, MediaType.APPLICATION_JSON_TYPE);
        });
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, "forbidden", detail);
    }

    /** Only statuses from which an order may still be cancelled; an empty list means customers never cancel. */
    private static List<String> statuses(List<String> given, List<FieldError> errors) {
        if (given == null) {
            errors.add(new FieldError("cancellableStatuses", "required", "This field is required (an empty list: customers cannot cancel)."));
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String name : given) {
            OrderStatus status = name == null ? null : OrderStatus.parse(name.trim()).orElse(null);
            if (status == null || !status.canMoveTo(OrderStatus.CANCELLED)) {
                errors.add(new FieldError("cancellableStatuses", "invalid_status",
                        "'" + name + "' is not a status an order can be cancelled from (placed, processing)."));
            } else if (!codes.contains(status.code())) {
                codes.add(status.code());
            }
        }
        return codes;
    }

    /** An absolute https URL (http only to loopback, for development) with the {@code {cartId}} placeholder. */
    private static void checkTemplate(String template, List<FieldError> errors) {
        if (template.length() > MAX_URL_LENGTH) {
            errors.add(new FieldError("cartUrlTemplate", "too_long", "At most " + MAX_URL_LENGTH + " characters."));
            return;
        }
        if (!template.contains("{cartId}")) {
            errors.add(new FieldError("cartUrlTemplate", "missing_placeholder", "The URL must contain {cartId}."));
            return;
        }
        try {
            URI uri = URI.create(template.replace("{cartId}", "cart"));
            String host = uri.getHost();
            boolean https = "https".equals(uri.getScheme()) && host != null;
            boolean loopback = "http".equals(uri.getScheme()) && ("localhost".equals(host) || "127.0.0.1".equals(host));
            if (!https && !loopback) {
                errors.add(new FieldError("cartUrlTemplate", "invalid_url", "An https URL (http only for localhost)."));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("cartUrlTemplate", "invalid_url", "An https URL (http only for localhost)."));
        }
    }
}
