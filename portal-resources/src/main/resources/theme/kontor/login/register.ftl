<#-- Kontor registration (REG-1): last name / company name, customer number, email, password,
     terms of use and privacy policy. Checked by Keycloak's registration steps and
     dev.kontor.registration.RegistrationCustomerFormAction (kontorRegistration holds the links). -->
<#import "template.ftl" as layout>
<#import "kontor-message.ftl" as kontorMessage>
<#import "field.ftl" as field>
<#import "kontor-acceptance.ftl" as acceptance>
<#import "kontor-password-rules.ftl" as passwordRules>
<#import "kontor-password-tips.ftl" as passwordTips>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') && kontorMessage.hasText() displayRequiredFields=true; section>
<!-- template: register.ftl (kontor) -->
    <#if section = "header">
        ${msg("kontorRegisterTitle")}
    <#elseif section = "form">
        <p id="kontor-register-intro" class="pf-v5-u-mb-md">${msg("kontorRegisterIntro")}</p>
        <form id="kc-register-form" class="${properties.kcFormClass!}" action="${url.registrationAction}" method="post" novalidate="novalidate">
            <@field.input name="lastName" label=msg("kontorRegisterName") value=(register.formData['lastName'])!'' required=true autocomplete="family-name" autofocus=true />
            <@field.input name="kontorCustomerNumber" label=msg("kontorCustomerNumber") value=(register.formData['kontorCustomerNumber'])!'' required=true />
            <@field.input name="email" label=msg("email") value=(register.formData['email'])!'' required=true autocomplete="email" />
            <#if passwordRequired??>
                <@field.password name="password" required=true label=msg("password") autocomplete="new-password" />
                <@passwordRules.checklist field="password" username=""/>
                <@field.password name="password-confirm" required=true label=msg("passwordConfirm") autocomplete="new-password" />
            </#if>
            <#assign links = kontorRegistration!{"termsUrl": "#", "privacyUrl": "#"}>
            <@acceptance.checkbox name="kontorTermsAccepted" labelKey="kontorAcceptTerms" href=links.termsUrl />
            <@acceptance.checkbox name="kontorPrivacyAccepted" labelKey="kontorAcceptPrivacy" href=links.privacyUrl />

            <div id="kc-form-buttons" class="${properties.kcFormButtonsClass!}">
                <input id="kontor-register-submit" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}" type="submit" value="${msg("kontorDoRegister")}"/>
            </div>

            <div class="${properties.kcFormGroupClass!} pf-v5-c-login__main-footer-band">
                <div id="kc-form-options" class="${properties.kcFormOptionsClass!} pf-v5-c-login__main-footer-band-item">
                    <div class="${properties.kcFormOptionsWrapperClass!}">
                        <span><a href="${url.loginUrl}">${msg("backToLogin")}</a></span>
                    </div>
                </div>
            </div>
        </form>

        <#-- the live rule check above replaces keycloak.v2's password-validation script: one checklist, all of the realm's rules -->
        <#if passwordRequired??><@passwordTips.tips/></#if>
    </#if>
</@layout.registrationLayout>
