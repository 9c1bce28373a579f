package dev.kontor.rollout;

import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.ModelToRepresentation;

import java.util.List;
import java.util.Optional;

/**
 * Whether a user is in the 2FA rollout scope. The scope is configured once, on the rollout step of
 * the realm's browser flow; steps outside that flow (the direct grant, the portal's token check)
 * read it from there, so there is one setting and it cannot drift.
 */
public final class RolloutMembership {

    private RolloutMembership() {
    }

    /** In scope as the rollout step of the realm's browser flow is configured; nobody if there is no such step. */
    public static boolean includes(RealmModel realm, UserModel user) {
        return browserFlowStep(realm, realm.getBrowserFlow())
                .map(config -> includes(RolloutConfig.scope(config), realm, user))
                .orElse(false);
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
