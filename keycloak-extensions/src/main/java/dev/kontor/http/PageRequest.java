package dev.kontor.http;

/**
 * {@code ?first=&max=} of every list in the portal APIs: {@code first} from 0, {@code max} from 1
 * to {@link #MAX_PAGE_SIZE}, so no caller can ask for an unbounded page; a value outside is a 400,
 * never silently changed (the contract says max ≤ 100).
 */
public record PageRequest(int first, int max) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** Reads the two query parameters; blank means the default. */
    public static PageRequest of(String first, String max) {
        return new PageRequest(parse("first", first, 0, 0, Integer.MAX_VALUE),
                parse("max", max, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
    }

    private static int parse(String name, String value, int fallback, int minimum, int maximum) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= minimum && parsed <= maximum) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidPageRequest(name, minimum, maximum);
    }

    /** A bad paging parameter: a 400 {@code invalid_parameter} problem, answered by the call frames. */
    public static final class InvalidPageRequest extends ProblemException {

        public InvalidPageRequest(String name, int minimum, int maximum) {
            super(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "invalid_parameter", "'" + name
                    + "' must be a whole number " + (maximum == Integer.MAX_VALUE
                    ? "of at least " + minimum : "from " + minimum + " to " + maximum) + ".");
        }
    }
}
