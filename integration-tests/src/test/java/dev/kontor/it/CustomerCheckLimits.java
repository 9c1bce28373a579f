package dev.kontor.it;

import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.RequiredActionConfigRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

import java.util.HashMap;
import java.util.Map;

/**
 * All tests come from 127.0.0.1, so the customer check's per-address limit (shared by the
 * registration step and the customer-number required action) is raised while a test runs and put
 * back afterwards; the per-number limit, which tests check, stays as shipped.
 */
final class CustomerCheckLimits implements AutoCloseable {

    static final String REGISTRATION_STEP = "kontor-registration-customer";
    static final String CUSTOMER_NUMBER_ACTION = "kontor-customer-number";
    private static final String PER_ADDRESS = "maxFailuresPerAddress";

    private final AuthenticationManagementResource flows;
    private final AuthenticatorConfigRepresentation step;
    private final Map<String, String> stepBefore;
    private final Map<String, String> actionBefore;

    private CustomerCheckLimits(ManagedRealm realm) {
        flows = realm.admin().flows();
        step = flows.getAuthenticatorConfig(flows.getExecutions("kontor registration form").stream()
                .filter(e -> REGISTRATION_STEP.equals(e.getProviderId())).findFirst().orElseThrow().getAuthenticationConfig());
        stepBefore = new HashMap<>(step.getConfig());
        actionBefore = new HashMap<>(flows.getRequiredActionConfig(CUSTOMER_NUMBER_ACTION).getConfig());
    }

    static CustomerCheckLimits raiseAddressLimit(ManagedRealm realm) {
        CustomerCheckLimits limits = new CustomerCheckLimits(realm);
        limits.apply(withAddressLimit(limits.stepBefore, "1000"), withAddressLimit(limits.actionBefore, "1000"));
        return limits;
    }

    @Override
    public void close() {
        apply(stepBefore, actionBefore);
    }

    private void apply(Map<String, String> stepConfig, Map<String, String> actionConfig) {
        step.setConfig(new HashMap<>(stepConfig));
        flows.updateAuthenticatorConfig(step.getId(), step);
        RequiredActionConfigRepresentation action = new RequiredActionConfigRepresentation();
        action.setConfig(new HashMap<>(actionConfig));
        flows.updateRequiredActionConfig(CUSTOMER_NUMBER_ACTION, action);
    }

    private static Map<String, String> withAddressLimit(Map<String, String> config, String value) {
        Map<String, String> changed = new HashMap<>(config);
        changed.put(PER_ADDRESS, value);
        return changed;
    }
}
