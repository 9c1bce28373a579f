package dev.kontor.commerce.address;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Postcode formats of the countries Kontor ships to, and the one spelling each is stored in
 * (upper case, single space where the post office writes one). Other countries get a generic
 * check: letters, digits, space and hyphen.
 */
public final class PostcodeRules {

    static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private static final Map<String, Pattern> FORMATS = Map.of(
            "DE", Pattern.compile("\\d{5}"),
            "AT", Pattern.compile("[1-9]\\d{3}"),
            "CH", Pattern.compile("[1-9]\\d{3}"),
            "NL", Pattern.compile("[1-9]\\d{3} ?[A-Z]{2}"),
            "BE", Pattern.compile("[1-9]\\d{3}"),
            "IT", Pattern.compile("\\d{5}"),
            "FR", Pattern.compile("\\d{5}"),
            "GB", Pattern.compile("(GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})"),
            "US", Pattern.compile("\\d{5}(-\\d{4})?"));

    private static final Pattern GENERIC = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,18}[A-Z0-9]|[A-Z0-9]");

    private PostcodeRules() {
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static boolean hasRule(String country) {
        return FORMATS.containsKey(country);
    }

    /** The postcode in its stored spelling, or empty when it is not valid for the country. */
    public static Optional<String> normalize(String country, String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String upper = postcode.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Pattern format = FORMATS.getOrDefault(country, GENERIC);
        if (!format.matcher(upper).matches()) {
            return Optional.empty();
        }
        return Optional.of(switch (country) {
            // "1234AB" and "1234 AB" are the same Dutch postcode; "SW1A1AA" the same as "SW1A 1AA".
            case "NL" -> upper.replace(" ", "").substring(0, 4) + " " + upper.replace(" ", "").substring(4);
            case "GB" -> {
                String compact = upper.replace(" ", "");
                yield compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
            }
            default -> upper;
        });
    }
}
