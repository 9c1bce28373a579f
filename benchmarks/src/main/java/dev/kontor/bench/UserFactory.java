package dev.kontor.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Creates benchmark users through the admin REST API, with their credentials in the user
 * representation: the password, a TOTP credential (raw secret) or a {@code kontor-email-code} credential.
 * Their customer numbers are put into the realm's customer directory first (bulk import), as the
 * admin API links a login only to a number the directory knows.
 */
public final class UserFactory {

    /** Meets the realm's password policy; must not contain the users' name "Bench User" (kontorNotName). */
    public static final String PASSWORD = "Lager#2468x";
    private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Rows per directory import call (the endpoint takes up to 5000). */
    static final int IMPORT_BATCH = 500;

    private final AdminClient admin;
    private final String realm;
    private final String runId;

    private final boolean withCustomerNumbers;

    /** Users of a Kontor realm: each gets a customer number, as every Kontor customer has one. */
    public UserFactory(AdminClient admin, String realm, String runId) {
        this(admin, realm, runId, true);
    }

    public UserFactory(AdminClient admin, String realm, String runId, boolean withCustomerNumbers) {
        this.admin = admin;
        this.realm = realm;
        this.runId = runId;
        this.withCustomerNumbers = withCustomerNumbers;
    }

    /** Creates {@code count} users named after the group, with two parallel admin calls. */
    public List<BenchUser> create(String group, UserKind kind, int count) throws Exception {
        List<BenchUser> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = String.format("b%s-%s-%05d@bench.kontor.test", runId, group, i);
            String customerNumber = withCustomerNumbers ? String.format("9%07d", RANDOM.nextInt(10_000_000)) : null;
            users.add(new BenchUser(email, PASSWORD, kind, kind == UserKind.TOTP ? randomSecret() : null, customerNumber));
        }
        importCustomerNumbers(users);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (BenchUser user : users) {
                done.add(pool.submit(() -> admin.expect(admin.post(realm + "/users", representation(user)), "create " + user.email())));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return users;
    }

    /** {@code POST .../portal/customers/import} in batches; fails on any rejected row. */
    private void importCustomerNumbers(List<BenchUser> users) {
        // Random numbers can repeat; the directory rejects a number twice in one import.
        Set<String> numbers = new LinkedHashSet<>();
        users.stream().map(BenchUser::customerNumber).filter(Objects::nonNull).forEach(numbers::add);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String number : numbers) {
            rows.add(Map.of("customerNumber", number, "name", "User", "type", "person"));
        }
        for (int from = 0; from < rows.size(); from += IMPORT_BATCH) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + IMPORT_BATCH));
            AdminClient.Response answer = admin.expect(admin.post(realm + "/portal/customers/import", batch),
                    "import customer numbers " + from + ".." + (from + batch.size()));
            if (!answer.json().path("rejected").isEmpty()) {
                throw new IllegalStateException("the directory rejected benchmark customers: " + answer.body());
            }
        }
    }

    static Map<String, Object> representation(BenchUser user) {
        List<Map<String, Object>> credentials = new ArrayList<>();
        credentials.add(Map.of("type", "password", "value", user.password(), "temporary", false));
        if (user.kind() == UserKind.TOTP) {
            credentials.add(Map.of("type", "otp", "userLabel", "bench",
                    "secretData", "{\"value\":\"" + user.totpSecret() + "\"}",
                    "credentialData", "{\"subType\":\"totp\",\"digits\":6,\"period\":30,\"algorithm\":\"HmacSHA1\",\"counter\":0}"));
        } else if (user.kind() == UserKind.EMAIL_CODE) {
            credentials.add(Map.of("type", "kontor-email-code", "userLabel", user.email(),
                    "secretData", "{}", "credentialData", "{\"address\":\"" + user.email() + "\"}"));
        }
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("username", user.email());
        rep.put("email", user.email());
        rep.put("emailVerified", true);
        rep.put("enabled", true);
        rep.put("firstName", "Bench");
        rep.put("lastName", "User");
        rep.put("credentials", credentials);
        if (user.customerNumber() != null) {
            // a login without one is asked for it first (required action kontor-customer-number)
            rep.put("attributes", Map.of("customerNumber", List.of(user.customerNumber())));
        }
        return rep;
    }

    private static String randomSecret() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(SECRET_ALPHABET.charAt(RANDOM.nextInt(SECRET_ALPHABET.length())));
        }
        return s.toString();
    }
}
