package dev.kontor.it;

import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Every integration test works on the realm as shipped in realm-config, imported once per
 * server. The mail server is injected everywhere so that the realm always gets GreenMail's
 * SMTP settings, whichever test class creates it first.
 */
abstract class AbstractKontorIT {

    @InjectRealm(fromJson = KontorRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mailServer;

    String realmUrl() {
        return realm.getBaseUrl();
    }

    String userId(KontorRealm.DemoUser user) {
        return realm.admin().users().searchByEmail(user.email(), true).get(0).getId();
    }
}
