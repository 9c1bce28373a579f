package dev.kontor.bench;

/** The measured portal API calls (scenario 3), each compared with Keycloak's account endpoint. */
public enum ApiScenario {
    A3("`GET /realms/{realm}/account` — Keycloak's account REST API (anchor)", null),
    P0("`GET /portal/me` — the portal's call frame alone (token, second-factor rule, CORS; no query)", A3),
    P1("`GET /portal/orders` — page of 20 from the user's 10 000 orders", A3),
    P2("`GET /portal/addresses` — the user's 5 addresses", A3),
    P3("`GET /portal/orders/{id}` — detail with lines and status history", A3);

    /** Throughput must be at least the anchor's. */
    public static final double MIN_THROUGHPUT_RATIO = 1.0;
    /** And the 99th percentile at most this many milliseconds. */
    public static final double MAX_P99_MILLIS = 15.0;

    private final String title;
    private final ApiScenario anchor;

    ApiScenario(String title, ApiScenario anchor) {
        this.title = title;
        this.anchor = anchor;
    }

    public String title() { return title; }
    public ApiScenario anchor() { return anchor; }
}
