package dev.kontor.it;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response check itself, without a server: it must catch each kind of drift, or the ITs that
 * use it prove nothing. Bodies are what the server sends, shortened.
 */
class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.fromSource();
    private static final String BROWSERS = "/realms/kontor/portal/trusted-browsers";
    private static final String BROWSER = "{\"id\":\"b1\",\"kind\":\"saved\",\"name\":\"Chrome on Linux\",\"browser\":\"Chrome\","
            + "\"os\":\"Linux\",\"userAgent\":null,\"createdAt\":1,\"lastUsedAt\":2,\"expiresAt\":null,\"current\":true";

    @Test
    void aDocumentedAnswerPasses() {
        assertEquals(List.of(), CONTRACT.violations("GET", BROWSERS, 200, "application/json",
                "{\"items\":[" + BROWSER + "}],\"total\":1}"));
        assertEquals(List.of(), CONTRACT.violations("DELETE", BROWSERS + "/b1", 204, null, ""));
    }

    @Test
    void nullableFieldsMayBeNullAndOthersMayNot() {
        assertFalse(CONTRACT.violations("GET", BROWSERS, 200, "application/json",
                "{\"items\":[" + BROWSER.replace("\"name\":\"Chrome on Linux\"", "\"name\":null") + "}],\"total\":1}").isEmpty());
    }

    @Test
    void anUndocumentedFieldIsDrift() {
        List<String> violations = CONTRACT.violations("GET", BROWSERS, 200, "application/json",
                "{\"items\":[" + BROWSER + ",\"secret\":\"x\"}],\"total\":1}");
        assertTrue(violations.toString().contains("secret"), violations.toString());
    }

    @Test
    void aNullableReferenceMayBeNullOrThatSchema() {
        String order = "{\"id\":\"o\",\"billingAddress\":null,\"shippingAddress\":{\"city\":\"Berlin\"}}";
        assertEquals(List.of(), CONTRACT.violations("GET", "/realms/kontor/portal/orders/o", 200, "application/json", order));
        assertFalse(CONTRACT.violations("GET", "/realms/kontor/portal/orders/o", 200, "application/json",
                order.replace("\"city\":\"Berlin\"", "\"town\":\"Berlin\"")).isEmpty());
    }

    @Test
    void aWrongTypeOrAMissingRequiredFieldIsDrift() {
        assertFalse(CONTRACT.violations("GET", BROWSERS, 200, "application/json", "{\"items\":[],\"total\":\"1\"}").isEmpty());
        assertFalse(CONTRACT.violations("GET", BROWSERS, 200, "application/json", "{\"items\":[]}").isEmpty());
    }

    @Test
    void anUndocumentedStatusRouteOrContentTypeIsDrift() {
        assertFalse(CONTRACT.violations("GET", BROWSERS, 201, "application/json", "{}").isEmpty());
        assertFalse(CONTRACT.violations("PATCH", BROWSERS, 200, "application/json", "{}").isEmpty());
        assertFalse(CONTRACT.violations("GET", "/realms/kontor/portal/nothing", 200, "application/json", "{}").isEmpty());
        assertFalse(CONTRACT.violations("GET", BROWSERS, 200, "text/plain", "x").isEmpty());
    }

    @Test
    void problemDocumentsAreCheckedAgainstTheProblemSchema() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"code\":\"unauthorized\"}";
        assertEquals(List.of(), CONTRACT.violations("GET", "/realms/kontor/portal/me", 401, "application/problem+json", problem));
        assertFalse(CONTRACT.violations("GET", "/realms/kontor/portal/me", 401, "application/problem+json",
                "{\"status\":401}").isEmpty(), "a problem without its code");
    }

    @Test
    void literalPathsWinOverTemplatesAndAllOfIsMerged() {
        assertEquals(List.of(), CONTRACT.violations("POST", "/admin/realms/kontor/portal/customers/import", 200,
                "application/json", "{\"created\":1,\"updated\":0,\"unchanged\":0,\"rejected\":[]}"));
        List<String> adminOrder = CONTRACT.violations("GET", "/admin/realms/kontor/portal/orders", 200, "application/json",
                "{\"items\":[{\"id\":\"o\",\"userId\":\"u\",\"unknownField\":1}]}");
        assertTrue(adminOrder.toString().contains("unknownField") && !adminOrder.toString().contains("userId"), adminOrder.toString());
    }

    @Test
    void answersOutsideThePortalAndOtherErrorsAreLeftAlone() {
        assertEquals(List.of(), CONTRACT.violations("POST", "/realms/kontor/protocol/openid-connect/token", 200, "application/json", "{}"));
        assertEquals(List.of(), CONTRACT.violations("GET", "/admin/realms/kontor/portal/orders", 401, "application/json",
                "{\"error\":\"HTTP 401 Unauthorized\"}"));
        assertEquals(List.of(), CONTRACT.violations("OPTIONS", BROWSERS, 204, null, ""));
    }
}
