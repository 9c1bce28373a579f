package dev.kontor.it;

/**
 * Facts about the imported realm ({@code realm-config/src/main/resources/realm/kontor-realm.json})
 * that tests rely on: demo users, clients, origins.
 */
final class KontorRealm {

    /** Classpath location of the realm file inside the kontor-realm-config jar. */
    static final String JSON = "/realm/kontor-realm.json";
    static final String NAME = "kontor";
    static final String SHOP_CLIENT = "kontor-shop";
    static final String SHOP_ORIGIN = "http://localhost:3000";
    static final String SHOP_REDIRECT = SHOP_ORIGIN + "/callback";
    static final String DEMO_PASSWORD = "Kontor#2468";

    /** A demo customer of the realm file. */
    record DemoUser(String email, String customerNumber, String locale) {
    }

    static final DemoUser JOHN = new DemoUser("john.miller@example.com", "100004", "en");
    static final DemoUser ANNA = new DemoUser("anna.schmidt@example.com", "100001", "de");
    static final DemoUser MARCO = new DemoUser("marco.rossi@example.com", "100002", "it");

    private KontorRealm() {
    }
}
