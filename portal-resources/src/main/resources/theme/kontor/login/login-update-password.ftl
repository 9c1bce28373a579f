<#import "template.ftl" as layout>
<#import "kontor-message.ftl" as kontorMessage>
<#import "password-commons.ftl" as passwordCommons>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "kontor-password-rules.ftl" as passwordRules>
<#import "kontor-password-tips.ftl" as passwordTips>
<#-- Kontor: keycloak.v2's update-password page (required action, reset and account console)
     plus the live rule check and seed 001's security tips. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','password-confirm') && kontorMessage.hasText(); section>
    <#if section = "header">
        ${msg("updatePasswordTitle")}
    <#elseif section = "form">
        <form id="kc-passwd-update-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.password name="password-new" label=msg("passwordNew") fieldName="password" autocomplete="new-password" autofocus=true />
            <@passwordRules.checklist field="password-new" username=username!""/>
            <@field.password name="password-confirm" label=msg("passwordConfirm") autocomplete="new-password" />

            <div class="${properties.kcFormGroupClass!}">
                <@passwordCommons.logoutOtherSessions/>
            </div>

            <@buttons.actionGroup horizontal=true>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
                    <@buttons.button id="kc-cancel" label="doCancel" name="cancel-aia" type="secondary"/>
                <#else>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
                </#if>
            </@buttons.actionGroup>
        </form>
        <@passwordTips.tips/>
    </#if>
</@layout.registrationLayout>
