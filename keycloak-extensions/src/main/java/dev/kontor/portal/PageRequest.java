package dev.kontor.portal;

/**
 * {@code ?first=&max=} of every list in the portal APIs: {@code first} from 0, {@code max} from 1,
 * capped at {@link #MAX_PAGE_SIZE} so no caller can ask for an unbounded page.
 */
public record PageRequest(int first, int max) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** Reads the two query parameters; blank means the default. */
    public static PageRequest of(String first, String max) {
        return new PageRequest(parse("first", first, 0, 0),
                Math.min(MAX_PAGE_SIZE, parse("max", max, DEFAULT_PAGE_SIZE, 1)));
    }

    private static int parse(String name, String value, int fallback, int minimum) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= minimum) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidPageRequest(name, minimum);
    }

    /** A bad paging parameter; resources answer it with a 400 {@code invalid_parameter} problem. */
    public static final class InvalidPageRequest extends IllegalArgumentException {

        public InvalidPageRequest(String name, int minimum) {
            super("'" + name + "' must be a whole number of at least " + minimum + ".");
        }

        public Problem problem() {
            return Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "invalid_parameter", getMessage());
        }
    }
}
