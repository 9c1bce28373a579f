package dev.kontor.registration;

import dev.kontor.customer.CustomerAttributes;
import dev.kontor.event.CustomerLinked;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.Owner;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

import java.util.List;
import java.util.Map;

/**
 * "Enter your customer number" (REG-6, customer-number half): a login without a customer number,
 * such as an account from before the portal required one, is asked at sign-in for its customer
 * number and last name / company name. Both are checked against the directory with the same
 * rules and limits as registration; then the login is linked to the customer (the event
 * {@code customer.linked}, which Kontor's event log files as the user event UPDATE_PROFILE with
 * {@code kontor_action=customer_number_linked}) and continues.
 * Enabled and configured under Authentication → Required actions.
 */
public class CustomerNumberRequiredAction implements RequiredActionProvider {

    public static final String PROVIDER_ID = "kontor-customer-number";
    static final String ASK_AT_LOGIN = "askAtLogin";
    static final String TEMPLATE = "kontor-customer-number.ftl";

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        UserModel user = context.getUser();
        String number = user.getFirstAttribute(CustomerAttributes.CUSTOMER_NUMBER);
        if ((number == null || number.isBlank()) && askAtLogin(context.getConfig())) {
            context.getAuthenticationSession().addRequiredAction(PROVIDER_ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(page(context, List.of(), "", context.getUser().getLastName()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String typedNumber = form.getFirst(CustomerCheck.FIELD_NUMBER);
        String typedName = form.getFirst(CustomerCheck.FIELD_NAME);
        CustomerCheck.Outcome outcome = CustomerCheck.check(context.getSession(), context.getRealm(),
                context.getConnection().getRemoteAddr(), typedNumber, typedName,
                CustomerCheckSettings.from(config(context.getConfig())));
        if (outcome.result() != CustomerCheck.Result.OK) {
            context.getEvent().clone().event(EventType.UPDATE_PROFILE).detail("kontor_customer_check", outcome.result().error)
                    .error(outcome.result().error);
            context.challenge(page(context, outcome.result().formErrors(), typedNumber, typedName));
            return;
        }
        UserModel user = context.getUser();
        user.setSingleAttribute(CustomerAttributes.CUSTOMER_NUMBER, outcome.customerNumber());
        KontorEvent.publish(new CustomerLinked(context.getSession(),
                new Owner(context.getRealm().getId(), user.getId(), outcome.customerNumber()), CustomerLinked.Via.SIGN_IN));
        context.success();
    }

    private static Response page(RequiredActionContext context, List<FormMessage> errors, String number, String name) {
        var form = context.form()
                .setAttribute("kontorCustomerNumberValue", number == null ? "" : number)
                .setAttribute("kontorCustomerNameValue", name == null ? "" : name);
        errors.forEach(form::addError);
        return form.createForm(TEMPLATE);
    }

    static boolean askAtLogin(RequiredActionConfigModel config) {
        return !"false".equals(config(config).get(ASK_AT_LOGIN));
    }

    private static Map<String, String> config(RequiredActionConfigModel model) {
        return model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    @Override
    public void close() {
    }
}
