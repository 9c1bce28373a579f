package dev.kontor.openapi;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every JAX-RS route reachable from some root resource classes, found the way RESTEasy finds them:
 * resource methods ({@code @GET}, {@code @POST}, ... with an optional {@code @Path}) and sub-resource
 * locators ({@code @Path} without an HTTP method), followed into the class they return. Class-level
 * {@code @Path} is ignored below a locator, as JAX-RS does. Templates lose their regular
 * expressions ({@code {any:.*}} becomes {@code {any}}) so they compare with OpenAPI paths.
 */
final class JaxRsRoutes {

    /** One route: upper-case HTTP method and full path template. */
    record Route(String method, String path) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");
    private static final int MAX_DEPTH = 10;

    private JaxRsRoutes() {
    }

    /** Routes below each root (path prefix → resource class); nothing is left out here. */
    static Set<Route> collect(Map<String, Class<?>> roots) {
        Set<Route> routes = new TreeSet<>();
        roots.forEach((prefix, root) -> collect(root, prefix, routes, 0));
        return routes;
    }

    private static void collect(Class<?> resource, String prefix, Set<Route> routes, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("Sub-resource locators nest deeper than " + MAX_DEPTH + " at " + prefix);
        }
        for (Method method : resource.getMethods()) {
            Method annotated = jaxRsDeclaration(method);
            if (annotated == null) {
                continue;
            }
            Path path = annotated.getAnnotation(Path.class);
            String full = join(prefix, path == null ? "" : path.value());
            List<String> httpMethods = httpMethods(annotated);
            if (!httpMethods.isEmpty()) {
                httpMethods.forEach(http -> routes.add(new Route(http, full)));
                continue;
            }
            Class<?> located = method.getReturnType();
            if (located == Object.class || located.isInterface() && located.getMethods().length == 0) {
                throw new IllegalStateException("Cannot follow the locator " + method + ": it returns " + located
                        + "; declare the concrete resource class as its return type");
            }
            collect(located, full, routes, depth + 1);
        }
    }

    /**
     * The method itself when it carries JAX-RS annotations, otherwise the one it overrides that does
     * (JAX-RS annotation inheritance); {@code null} for plain methods.
     */
    private static Method jaxRsDeclaration(Method method) {
        if (Modifier.isStatic(method.getModifiers())) {
            return null;
        }
        for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getSuperclass()) {
            Method candidate = declared(type, method);
            if (candidate != null && (candidate.isAnnotationPresent(Path.class) || !httpMethods(candidate).isEmpty())) {
                return candidate;
            }
            for (Class<?> contract : type.getInterfaces()) {
                Method declaredThere = declared(contract, method);
                if (declaredThere != null && (declaredThere.isAnnotationPresent(Path.class) || !httpMethods(declaredThere).isEmpty())) {
                    return declaredThere;
                }
            }
        }
        return null;
    }

    private static Method declared(Class<?> type, Method like) {
        try {
            return type.getDeclaredMethod(like.getName(), like.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static List<String> httpMethods(Method method) {
        List<String> methods = new ArrayList<>();
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                methods.add(http.value().toUpperCase(Locale.ROOT));
            }
        }
        return methods;
    }

    static String join(String prefix, String path) {
        String joined = (prefix + "/" + path).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        Matcher templates = TEMPLATE_REGEX.matcher(joined);
        return templates.replaceAll("{$1}");
    }
}
