package dev.kontor.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The realm of the stock Keycloak server in the heap comparison: Keycloak's defaults (stock browser
 * flow and themes), the same lowered hashing cost as the Kontor benchmark realm, and a public PKCE
 * client with the driver's redirect URI. Idempotent (an existing realm is kept).
 */
public final class StockRealmSetup {

    public static final String REALM = "bench-stock";
    public static final String CLIENT = "bench-stock-app";

    private StockRealmSetup() {}

    public static void apply(AdminClient admin) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", CLIENT);
        client.put("publicClient", true);
        client.put("standardFlowEnabled", true);
        client.put("redirectUris", List.of("http://localhost:3000/*"));
        client.put("attributes", Map.of("pkce.code.challenge.method", "S256"));
        Map<String, Object> realm = new LinkedHashMap<>();
        realm.put("realm", REALM);
        realm.put("enabled", true);
        realm.put("passwordPolicy", BenchRealmSetup.HASH_ITERATIONS);
        realm.put("clients", List.of(client));
        admin.expect(admin.post("", realm), "create realm " + REALM, 409);
    }
}
