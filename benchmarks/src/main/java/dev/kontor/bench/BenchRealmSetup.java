package dev.kontor.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prepares the imported realm for benchmarking (idempotent): a low password-hashing cost, a short
 * email-code resend cool-down, and the anchor flow "bench otp anchor" (a copy of Keycloak's stock
 * browser flow) bound to the public client "bench-anchor".
 */
public final class BenchRealmSetup {

    public static final String SHOP_CLIENT = "kontor-shop";
    public static final String ANCHOR_CLIENT = "bench-anchor";
    public static final String ANCHOR_FLOW = "bench otp anchor";
    public static final String HASH_ITERATIONS = "hashIterations(1)";
    public static final String RESEND_COOLDOWN_SECONDS = "5";
    public static final int ACCESS_TOKEN_SECONDS = 3600;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AdminClient admin;
    private final String realm;
    private final Map<String, String> applied = new LinkedHashMap<>();

    public BenchRealmSetup(AdminClient admin, String realm) {
        this.admin = admin;
        this.realm = realm;
    }

    /** Applies everything; returns what was changed, for the report. */
    public Map<String, String> apply() {
        lowerPasswordHashing();
        lengthenAccessTokens();
        shortenResendCooldown();
        createAnchorFlowAndClient();
        return applied;
    }

    private void lowerPasswordHashing() {
        JsonNode rep = admin.expect(admin.get(realm), "read realm").json();
        String policy = rep.path("passwordPolicy").asText("");
        String lowered = policy.replaceAll("\\s*and\\s*hashIterations\\([^)]*\\)|hashIterations\\([^)]*\\)\\s*(and\\s*)?", "").trim();
        lowered = lowered.isEmpty() ? HASH_ITERATIONS : lowered + " and " + HASH_ITERATIONS;
        updateRealm("passwordPolicy", lowered);
        applied.put("Realm password policy", "`" + lowered + "` (PBKDF2 with 1 iteration instead of Keycloak's 210 000, "
                + "so password hashing does not dominate and hide the cost of the second-factor steps)");
    }

    private void lengthenAccessTokens() {
        updateRealm("accessTokenLifespan", ACCESS_TOKEN_SECONDS);
        applied.put("Access token lifespan", ACCESS_TOKEN_SECONDS + " s (one token per API customer lasts the whole API phase)");
    }

    private void shortenResendCooldown() {
        String flows = realm + "/authentication/flows/" + AdminClient.path("kontor browser") + "/executions";
        for (JsonNode execution : admin.expect(admin.get(flows), "read kontor browser executions").json()) {
            if ("kontor-email-code".equals(execution.path("providerId").asText()) && execution.hasNonNull("authenticationConfig")) {
                String configPath = realm + "/authentication/config/" + execution.get("authenticationConfig").asText();
                Map<String, Object> config = asMap(admin.expect(admin.get(configPath), "read email-code config").json());
                @SuppressWarnings("unchecked")
                Map<String, Object> values = (Map<String, Object>) config.get("config");
                values.put("resendCooldownSeconds", RESEND_COOLDOWN_SECONDS);
                admin.expect(admin.put(configPath, config), "update email-code config");
                applied.put("`kontor email code` authenticator config", "resendCooldownSeconds=" + RESEND_COOLDOWN_SECONDS);
            }
        }
        String actionConfig = realm + "/authentication/required-actions/kontor-email-code-setup/config";
        AdminClient.Response current = admin.get(actionConfig);
        Map<String, Object> values = new LinkedHashMap<>();
        if (current.status() == 200 && current.json().has("config")) {
            values.putAll(asMap(current.json().get("config")));
        }
        values.put("resendCooldownSeconds", RESEND_COOLDOWN_SECONDS);
        AdminClient.Response r = admin.put(actionConfig, Map.of("config", values));
        applied.put("`kontor-email-code-setup` required-action config", r.status() / 100 == 2
                ? "resendCooldownSeconds=" + RESEND_COOLDOWN_SECONDS
                : "not changed (HTTP " + r.status() + "); not used, users get the credential through the admin API");
    }

    private void createAnchorFlowAndClient() {
        admin.expect(admin.post(realm + "/authentication/flows/browser/copy", Map.of("newName", ANCHOR_FLOW)),
                "copy the browser flow", 409);
        String flowId = null;
        for (JsonNode flow : admin.expect(admin.get(realm + "/authentication/flows"), "list flows").json()) {
            if (ANCHOR_FLOW.equals(flow.path("alias").asText())) {
                flowId = flow.get("id").asText();
            }
        }
        if (flowId == null) {
            throw new IllegalStateException("flow '" + ANCHOR_FLOW + "' not found after copying");
        }
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", ANCHOR_CLIENT);
        client.put("publicClient", true);
        client.put("standardFlowEnabled", true);
        client.put("directAccessGrantsEnabled", false);
        client.put("redirectUris", List.of("http://localhost:3000/*"));
        client.put("webOrigins", List.of("http://localhost:3000"));
        client.put("attributes", Map.of("pkce.code.challenge.method", "S256"));
        client.put("authenticationFlowBindingOverrides", Map.of("browser", flowId));
        admin.expect(admin.post(realm + "/clients", client), "create client " + ANCHOR_CLIENT, 409);
        applied.put("Anchor flow", "`" + ANCHOR_FLOW + "`: copy of Keycloak's stock `browser` flow (conditional OTP form), "
                + "bound to the public client `" + ANCHOR_CLIENT + "` via `authenticationFlowBindingOverrides`");
    }

    /**
     * Changes one setting by writing the whole representation back: a partial one can drop realm
     * attributes that Kontor's settings live in.
     */
    private void updateRealm(String field, Object value) {
        Map<String, Object> rep = asMap(admin.expect(admin.get(realm), "read realm").json());
        rep.put(field, value);
        admin.expect(admin.put(realm, rep), "set " + field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(JsonNode node) {
        return JSON.convertValue(node, LinkedHashMap.class);
    }
}
