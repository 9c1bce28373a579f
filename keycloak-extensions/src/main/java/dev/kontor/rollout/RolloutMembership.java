package dev.kontor.rollout;

import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.cache.CachedRealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.ModelToRepresentation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a user is in the 2FA rollout scope. The scope is configured once, on the rollout step of
 * the realm's browser flow; steps outside that flow (the direct grant, the portal's token check)
 * read it from there, so there is one setting and it cannot drift.
 */
public final class RolloutMembership {

    private static final String CACHED_SCOPE = "kontor.rollout.browser-flow-scope";
    private static final RolloutScope NOBODY = new RolloutScope(Set.of(), Set.of(), 0);

    private RolloutMembership() {
    }

    /** In scope as the rollout step of the realm's browser flow is configured; nobody if there is no such step. */
    public static boolean includes(RealmModel realm, UserModel user) {
        return includes(browserFlowScope(realm), realm, user);
    }

    /**
     * The scope configured on the browser flow's rollout step. The portal API asks on every request,
     * so it is kept with Keycloak's cached realm, which Keycloak drops on every node whenever the
     * realm, its flows, their steps or a step's configuration change; only the user's side is
     * evaluated per request.
     */
    static RolloutScope browserFlowScope(RealmModel realm) {
        if (!(realm instanceof CachedRealmModel cached)) {
            return readBrowserFlowScope(realm);
        }
        Map<Object, Object> cachedWith = cached.getCachedWith();
        Object scope = cachedWith.get(CACHED_SCOPE);
        if (scope == null) {
            // not computeIfAbsent: reading the flow must not run inside the map's lock
            scope = readBrowserFlowScope(realm);
            cachedWith.putIfAbsent(CACHED_SCOPE, scope);
        }
        return (RolloutScope) scope;
    }

    private static RolloutScope readBrowserFlowScope(RealmModel realm) {
        return browserFlowStep(realm, realm.getBrowserFlow()).map(RolloutConfig::scope).orElse(NOBODY);
    }

    static boolean includes(RolloutScope scope, RealmModel realm, UserModel user) {
        if (scope.isEmpty()) {
            return false;
        }
        List<String> groupPaths = scope.groupPaths().isEmpty() ? List.of()
                : user.getGroupsStream().map(ModelToRepresentation::buildGroupPath).toList();
        return scope.includes(realm.getId(), user.getId(), groupPaths, roleName -> hasRole(realm, user, roleName));
    }

    private static Optional<AuthenticatorConfigModel> browserFlowStep(RealmModel realm, AuthenticationFlowModel flow) {
        if (flow == null) {
            return Optional.empty();
        }
        return realm.getAuthenticationExecutionsStream(flow.getId())
                .filter(execution -> !execution.isDisabled())
                .map(execution -> configOf(realm, execution))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<AuthenticatorConfigModel> configOf(RealmModel realm, AuthenticationExecutionModel execution) {
        if (execution.isAuthenticatorFlow()) {
            return browserFlowStep(realm, realm.getAuthenticationFlowById(execution.getFlowId()));
        }
        if (!SecondFactorRolloutAuthenticatorFactory.PROVIDER_ID.equals(execution.getAuthenticator())
                || execution.getAuthenticatorConfig() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(realm.getAuthenticatorConfigById(execution.getAuthenticatorConfig()));
    }

    private static boolean hasRole(RealmModel realm, UserModel user, String roleName) {
        RoleModel role = KeycloakModelUtils.getRoleFromString(realm, roleName);
        return role != null && user.hasRole(role);
    }
}
