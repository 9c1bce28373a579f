package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Real responses against the OpenAPI document the same server serves ({@code GET
 * /realms/{realm}/portal/openapi.json}, from the provider jar it runs, so code and document always
 * come from one build):
 * the route and method must be documented, the status too, and the body must validate against the
 * schema of that status and content type (networknt's OpenAPI 3.0 dialect, so {@code nullable}
 * counts). Stricter than OpenAPI on purpose: an object schema with {@code properties} admits no
 * others, so a field the server sends but the document does not name is drift as well.
 * <p>
 * Checks 2xx answers and every problem document ({@code application/problem+json}); other
 * answers (Keycloak's own 401 of the admin API, redirects) and preflights are left alone.
 */
final class OpenApiContract {

    /** The document in the source tree, for checking the checker without a server. */
    static final java.nio.file.Path SOURCE = java.nio.file.Path.of("..", "keycloak-extensions", "src", "main", "resources",
            "META-INF", "kontor-commerce-openapi.json");
    private static final String DOCUMENT_IRI = "https://kontor.invalid/openapi.json";
    private static final Pattern PORTAL_PATH = Pattern.compile("^(/admin)?/realms/([^/]+)/portal(/.*)?$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
    /** Per server and realm: the document it serves. */
    private static final Map<String, OpenApiContract> SERVED = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * {@code -Dkontor.openapi.survey=FILE}: write every violation to FILE instead of failing, to see
     * all drift of a run at once while fixing the document. Never set in the suite.
     */
    private static final String SURVEY = System.getProperty("kontor.openapi.survey");

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new java.util.concurrent.ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
        String strict = strict(document.deepCopy(), document).toString();
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, strict)));
    }

    /** The document of the source tree. */
    static OpenApiContract fromSource() {
        try {
            return new OpenApiContract(JSON.readTree(java.nio.file.Files.readString(SOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the test when the response breaks the document its server serves; returns it for chaining. */
    static HttpResponse<String> check(HttpResponse<String> response) {
        java.util.regex.Matcher portal = PORTAL_PATH.matcher(response.uri().getRawPath());
        if (!portal.matches()) {
            return response;
        }
        String documentUrl = response.uri().resolve("/realms/" + portal.group(2) + "/portal/openapi.json").toString();
        OpenApiContract contract = SERVED.computeIfAbsent(documentUrl, OpenApiContract::served);
        List<String> violations = contract.violations(response.request().method(), response.uri().getRawPath(),
                response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        if (!violations.isEmpty() && SURVEY != null) {
            survey(response.request().method() + " " + response.uri().getRawPath() + " -> " + response.statusCode()
                    + "\n  " + String.join("\n  ", violations) + "\n  body: " + response.body() + "\n");
        } else if (!violations.isEmpty()) {
            throw new AssertionError("OpenAPI drift: " + response.request().method() + " " + response.uri() + " -> "
                    + response.statusCode() + "\n  " + String.join("\n  ", violations) + "\n  body: " + response.body());
        }
        return response;
    }

    /** What is wrong with this answer according to the document; empty when nothing is, or it is not checked. */
    List<String> violations(String method, String path, int status, String contentType, String body) {
        String mediaType = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        boolean problem = "application/problem+json".equals(mediaType);
        if ("OPTIONS".equalsIgnoreCase(method) || !PORTAL_PATH.matcher(path).matches() || !(status / 100 == 2 || problem)) {
            return List.of();
        }
        String template = template(path);
        String operationName = method.toLowerCase(Locale.ROOT);
        if (template == null || !document.get("paths").get(template).has(operationName)) {
            return List.of("the document has no " + method + " for " + path);
        }
        String responsePointer = "/paths/" + escape(template) + "/" + operationName + "/responses/" + status;
        JsonNode response = document.at(responsePointer);
        if (response.isMissingNode()) {
            responsePointer = "/paths/" + escape(template) + "/" + operationName + "/responses/default";
            response = document.at(responsePointer);
        }
        if (response.isMissingNode()) {
            return List.of("status " + status + " is not documented for " + method + " " + template);
        }
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
            response = document.at(responsePointer);
        }
        boolean empty = body == null || body.isEmpty();
        JsonNode content = response.get("content");
        if (content == null || content.isEmpty()) {
            return empty ? List.of() : List.of("status " + status + " of " + method + " " + template
                    + " is documented without a body, but one came (" + contentType + ")");
        }
        if (mediaType == null || !content.has(mediaType)) {
            return List.of("content type " + contentType + " is not documented for " + status + " of " + method + " "
                    + template + " (documented: " + iterable(content.fieldNames()) + ")");
        }
        String schemaPointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
        Schema schema = compiled.computeIfAbsent(schemaPointer,
                pointer -> schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer)));
        JsonNode instance;
        try {
            instance = JSON.readTree(empty ? "" : body);
        } catch (IOException e) {
            return List.of("the body is no JSON: " + e.getMessage());
        }
        if (instance == null || instance.isMissingNode()) {
            return List.of("an empty body where " + schemaPointer + " is documented");
        }
        List<String> violations = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            violations.add(error.getInstanceLocation() + ": " + error.getMessage() + " (" + error.getSchemaLocation() + ")");
        }
        return violations;
    }

    /** The documented path template the concrete path matches; literals beat parameters ("import" over "{number}"). */
    private String template(String path) {
        String best = null;
        int bestLiterals = -1;
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
            String candidate = paths.next();
            String regex = "^" + java.util.Arrays.stream(candidate.split("/", -1))
                    .map(segment -> segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : Pattern.quote(segment))
                    .collect(java.util.stream.Collectors.joining("/")) + "$";
            if (Pattern.matches(regex, path)) {
                int literals = candidate.replaceAll("\\{[^}]+}", "").length();
                if (literals > bestLiterals) {
                    best = candidate;
                    bestLiterals = literals;
                }
            }
        }
        return best;
    }

    /**
     * The validator's copy of the document: {@code allOf} of objects merged into one object, and
     * every object schema with {@code properties} closed ({@code additionalProperties: false}).
     */
    private static JsonNode strict(JsonNode node, JsonNode document) {
        if (node instanceof ObjectNode object) {
            JsonNode allOf = object.get("allOf");
            if (object.path("nullable").asBoolean() && allOf instanceof ArrayNode only && only.size() == 1 && only.get(0).has("$ref")) {
                // "null or that schema" (OpenAPI 3.0 cannot put nullable beside a $ref): the schema inlined, nullable.
                object.remove("allOf");
                object.setAll((ObjectNode) document.at(only.get(0).get("$ref").asText().substring(1)).deepCopy());
                object.put("nullable", true);
                allOf = null;
            }
            if (allOf instanceof ArrayNode members && members.size() > 1) {
                ObjectNode properties = JSON.createObjectNode();
                Set<String> required = new LinkedHashSet<>();
                for (JsonNode member : members) {
                    JsonNode resolved = member.has("$ref") ? document.at(member.get("$ref").asText().substring(1)) : member;
                    resolved.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue().deepCopy()));
                    resolved.path("required").forEach(r -> required.add(r.asText()));
                }
                object.remove("allOf");
                object.put("type", "object");
                object.set("properties", properties);
                ArrayNode requiredNode = object.putArray("required");
                required.forEach(requiredNode::add);
            }
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.fields().forEachRemaining(field -> strict(field.getValue(), document));
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> strict(element, document));
        }
        return node;
    }

    private static synchronized void survey(String entry) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(SURVEY), entry, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static OpenApiContract served(String documentUrl) {
        try {
            HttpResponse<String> document = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(documentUrl)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new AssertionError("GET " + documentUrl + " answered " + document.statusCode());
            }
            return new OpenApiContract(JSON.readTree(document.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
