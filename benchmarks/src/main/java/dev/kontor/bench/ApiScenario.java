package dev.kontor.bench;

/** The measured portal API calls (scenario 3), each compared with Keycloak's account endpoint. */
public enum ApiScenario {
    A3("`GET /realms/{realm}/account` — Keycloak's account REST API (anchor)", null, true),
    P0("`GET /portal/me` — the portal's call frame alone (token, second-factor rule, CORS; no query)", A3, true),
    P1("`GET /portal/orders` — page of 20 from the user's 10 000 orders", A3, true),
    P2("`GET /portal/addresses` — the user's 5 addresses", A3, true),
    P3("`GET /portal/orders/{id}` — detail with lines and status history", A3, true),
    /** Not a target: what a read the cache cannot answer costs, in the same run. */
    P1M("`GET /portal/orders?from=…` — the same page, each request with a `from` no request used before: the read cache's miss path, from PostgreSQL", A3, false);

    /** Throughput must be at least the anchor's. */
    public static final double MIN_THROUGHPUT_RATIO = 1.0;
    /** And the 99th percentile at most this many milliseconds. */
    public static final double MAX_P99_MILLIS = 15.0;

    private final String title;
    private final ApiScenario anchor;
    private final boolean targeted;

    ApiScenario(String title, ApiScenario anchor, boolean targeted) {
        this.title = title;
        this.anchor = anchor;
        this.targeted = targeted;
    }

    public String title() { return title; }
    public ApiScenario anchor() { return anchor; }
    /** Whether the targets below apply (false for the diagnostic miss path). */
    public boolean targeted() { return targeted; }
}
