package dev.kontor.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kontor.router.PortalAdminResource;
import dev.kontor.router.PortalResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped OpenAPI document and the code cannot drift apart: every JAX-RS route reachable from
 * the two routers is documented, every documented path and method exists, and every documented
 * path declares exactly the path parameters of its template. CORS preflights (OPTIONS) are
 * infrastructure, not API, and are left out on both sides.
 */
class OpenApiRoutesTest {

    /** The routers and where Keycloak mounts them. Change here when they move. */
    static final Map<String, Class<?>> ROOTS = Map.of(
            "/realms/{realm}/portal", PortalResource.class,           // RealmResourceProvider "portal"
            "/admin/realms/{realm}/portal", PortalAdminResource.class // AdminRealmResourceProvider "portal"
    );

    static final String DOCUMENT = "META-INF/kontor-commerce-openapi.json";

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws IOException {
        Set<JaxRsRoutes.Route> code = apiRoutes();
        Set<JaxRsRoutes.Route> documented = documentedRoutes(document());

        Set<JaxRsRoutes.Route> undocumented = new TreeSet<>(code);
        undocumented.removeAll(documented);
        Set<JaxRsRoutes.Route> gone = new TreeSet<>(documented);
        gone.removeAll(code);

        assertTrue(undocumented.isEmpty() && gone.isEmpty(), "OpenAPI drift.\n  In the code but not in "
                + DOCUMENT + ":\n" + lines(undocumented) + "\n  In the document but not in the code:\n" + lines(gone));
    }

    @Test
    void documentedPathParametersMatchTheTemplates() throws IOException {
        JsonNode document = document();
        List<String> mismatches = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            Set<String> inTemplate = templateNames(path.getKey());
            path.getValue().fields().forEachRemaining(operation -> {
                if (!OPERATIONS.contains(operation.getKey())) {
                    return;
                }
                Set<String> declared = new TreeSet<>();
                declared.addAll(pathParameters(document, path.getValue().get("parameters")));
                declared.addAll(pathParameters(document, operation.getValue().get("parameters")));
                if (!declared.equals(inTemplate)) {
                    mismatches.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()
                            + ": template " + inTemplate + ", declared " + declared);
                }
            });
        });
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    /** OpenAPI 3.0 ignores whatever stands beside a {@code $ref}: a {@code nullable} there would be a lie. */
    @Test
    void noReferenceHasSiblings() throws IOException {
        List<String> found = new ArrayList<>();
        referencesWithSiblings(document(), "", found);
        assertTrue(found.isEmpty(), "write {\"nullable\": true, \"allOf\": [{\"$ref\": ...}]} instead:\n" + String.join("\n", found));
    }

    private static void referencesWithSiblings(JsonNode node, String pointer, List<String> found) {
        if (node.isObject()) {
            if (node.has("$ref") && node.size() > 1) {
                found.add(pointer);
            }
            node.fields().forEachRemaining(field -> referencesWithSiblings(field.getValue(), pointer + "/" + field.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                referencesWithSiblings(node.get(i), pointer + "/" + i, found);
            }
        }
    }

    /** The collector itself: a route the document lacks would be found, a locator is followed. */
    @Test
    void theCollectorFollowsLocatorsAndSeesEveryMethod() {
        Set<JaxRsRoutes.Route> routes = apiRoutes();
        assertTrue(routes.contains(new JaxRsRoutes.Route("POST", "/realms/{realm}/portal/orders/{id}/reorder")), lines(routes));
        assertTrue(routes.contains(new JaxRsRoutes.Route("DELETE", "/realms/{realm}/portal/trusted-browsers/{id}")), lines(routes));
        assertTrue(routes.contains(new JaxRsRoutes.Route("GET", "/admin/realms/{realm}/portal/users/{userId}/second-factor")),
                lines(routes));
        assertTrue(JaxRsRoutes.collect(ROOTS).stream().anyMatch(route -> route.method().equals("OPTIONS")),
                "preflights are seen, and only then left out");
        assertEquals("/a/{any}", JaxRsRoutes.join("/a/", "/{any: .*}/"));
    }

    static Set<JaxRsRoutes.Route> apiRoutes() {
        return JaxRsRoutes.collect(ROOTS).stream()
                .filter(route -> !route.method().equals("OPTIONS"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static JsonNode document() throws IOException {
        try (InputStream in = OpenApiRoutesTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertTrue(in != null, DOCUMENT + " is not on the classpath");
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<JaxRsRoutes.Route> documentedRoutes(JsonNode document) {
        Set<JaxRsRoutes.Route> routes = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> {
            for (Iterator<String> names = path.getValue().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (OPERATIONS.contains(name) && !name.equals("options")) {
                    routes.add(new JaxRsRoutes.Route(name.toUpperCase(Locale.ROOT), path.getKey()));
                }
            }
        });
        return routes;
    }

    private static Set<String> pathParameters(JsonNode document, JsonNode parameters) {
        Set<String> names = new TreeSet<>();
        if (parameters == null) {
            return names;
        }
        for (JsonNode parameter : parameters) {
            JsonNode resolved = parameter.has("$ref") ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
            if ("path".equals(resolved.path("in").asText())) {
                names.add(resolved.path("name").asText());
            }
        }
        return names;
    }

    private static Set<String> templateNames(String path) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = TEMPLATE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String lines(Set<JaxRsRoutes.Route> routes) {
        return routes.isEmpty() ? "    (none)" : routes.stream().map(route -> "    " + route).collect(Collectors.joining("\n"));
    }
}
