package dev.kontor.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTTP edge of Kontor's own APIs — the customer API {@code /realms/{realm}/portal/…} and the
 * admin API {@code /admin/realms/{realm}/portal/…} — and of nothing else (Keycloak's endpoints keep
 * their answers). Before any matching, so before Keycloak parses a form body for every POST/PUT:
 * a body that is not JSON is 415 {@code unsupported_media_type}, a repeated or undecodable query
 * parameter 400 {@code invalid_parameter}. After the call, any error that is not yet a problem
 * document (a framework 404/405, Keycloak's 401/403 of the admin API, …) becomes one, so a client
 * meets one error shape with a stable {@code code}.
 */
@Provider
@PreMatching
public class PortalApiGuard implements ContainerRequestFilter, ContainerResponseFilter {

    /** Everything before the realm part (a relative path such as {@code /auth}): cut before matching. */
    private static final Pattern BEFORE_REALMS = Pattern.compile("^.*?/(admin/realms/|realms/)");
    private static final Pattern OUR_PATHS = Pattern.compile("^/?(?:admin/)?realms/[^/]+/portal(?:/.*)?$");
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!ours(request)) {
            return;
        }
        String problem = controlCharacterProblem(request.getUriInfo().getRequestUri().getRawPath());
        if (problem == null) {
            problem = queryProblem(request.getUriInfo().getRequestUri().getRawQuery());
        }
        if (problem != null) {
            request.abortWith(Problem.of(Response.Status.BAD_REQUEST, "invalid_parameter", problem).toResponseBuilder().build());
            return;
        }
        if (!acceptableBody(request.getMethod(), request.getHeaderString(HttpHeaders.CONTENT_TYPE),
                request.getHeaderString(HttpHeaders.CONTENT_LENGTH), request.getHeaderString("Transfer-Encoding"))) {
            request.abortWith(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "Send the request body as application/json.").toResponseBuilder().build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !ours(request) || isProblem(response.getMediaType())) {
            return;
        }
        Problem problem = Problem.of(response.getStatus(), codeFor(response.getStatus()), detailFor(response.getStatus()), null);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        response.setEntity(problem, new java.lang.annotation.Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private static boolean ours(ContainerRequestContext request) {
        // Runs before every request of the server, Keycloak's own too: both patterns are compiled once.
        String path = BEFORE_REALMS.matcher(request.getUriInfo().getRequestUri().getRawPath()).replaceFirst("$1");
        return OUR_PATHS.matcher(path).matches();
    }

    /**
     * Null when the decoded path holds no control character (U+0000–U+001F, U+007F). An id such as
     * {@code %00} would otherwise reach the database, and PostgreSQL refuses U+0000 with an error.
     */
    static String controlCharacterProblem(String rawPath) {
        return rawPath != null && hasControlCharacter(decodeLeniently(rawPath))
                ? "The address contains a control character." : null;
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String decodeLeniently(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    /** Null when every parameter is named once, decodes and holds no control character; else what is wrong. */
    static String queryProblem(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (hasControlCharacter(name) || hasControlCharacter(value)) {
                    return "The query string contains a control character.";
                }
            } catch (IllegalArgumentException e) {
                return "The query string is not validly encoded.";
            }
            if (name.isBlank()) {
                return "The query string has a parameter without a name.";
            }
            if (!seen.add(name)) {
                return "The query parameter '" + shorten(name) + "' is given more than once.";
            }
        }
        return null;
    }

    /**
     * A body is JSON (application/json or application/*+json, UTF-8) whatever the method; POST, PUT
     * and PATCH may also come without any body, the others with any type as long as they carry no body.
     */
    static boolean acceptableBody(String method, String contentType, String contentLength, String transferEncoding) {
        boolean typed = contentType != null && !contentType.isBlank();
        boolean body = transferEncoding != null || (contentLength != null && !contentLength.trim().equals("0"));
        if (typed && (body || WITH_BODY.contains(method))) {
            return isJson(contentType);
        }
        return !body;
    }

    /** Parsed by hand (RFC 9110 media type): every malformed header simply is "not JSON". */
    static boolean isJson(String contentType) {
        String[] parts = contentType.split(";", -1);
        String essence = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!essence.equals("application/json") && !(essence.startsWith("application/") && essence.endsWith("+json")
                && essence.length() > "application/+json".length())) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                return false;
            }
            String value = parameter.substring(equals + 1).trim().replace("\"", "");
            if (parameter.substring(0, equals).trim().equalsIgnoreCase("charset") && !value.equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProblem(MediaType type) {
        return type != null && type.isCompatible(MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            default -> status >= 500 ? "server_error" : "http_" + status;
        };
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 401 -> "A valid bearer token is required.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This API answers application/json.";
            case 415 -> "Send the request body as application/json.";
            default -> status >= 500 ? "The request could not be completed." : "The request could not be processed.";
        };
    }

    private static String shorten(String name) {
        String printable = name.replaceAll("[^\\p{Alnum}_.\\-\\[\\]]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
