package dev.kontor.rollout;

import dev.kontor.secondfactor.EmailCodeSetupRequiredActionFactory;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.UserModel;

/**
 * "Choose your second factor": the page users in a rollout see when they have none yet. It only
 * routes: the chosen method's own set-up (Keycloak's CONFIGURE_TOTP or Kontor's email-code set-up)
 * is queued next in the same login, so each method keeps a single set-up implementation.
 */
public class SecondFactorSetupRequiredAction implements RequiredActionProvider {

    public static final String PROVIDER_ID = "kontor-second-factor-setup";
    static final String TEMPLATE = "kontor-second-factor-setup.ftl";
    static final String METHOD_PARAM = "method";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (SecondFactorMethods.hasAny(context.getUser())) {
            context.success();
            return;
        }
        context.challenge(context.form().createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String next = switch (String.valueOf(form.getFirst(METHOD_PARAM))) {
            case "totp" -> UserModel.RequiredAction.CONFIGURE_TOTP.name();
            case "email" -> EmailCodeSetupRequiredActionFactory.PROVIDER_ID;
            default -> null;
        };
        if (next == null) {
            context.challenge(context.form().setError("kontorSecondFactorChooseMethod").createForm(TEMPLATE));
            return;
        }
        context.getAuthenticationSession().addRequiredAction(next);
        context.success();
    }

    @Override
    public void close() {
    }
}
