<#-- Kontor forgot password (REG-4): customer number + email, read by
     dev.kontor.registration.ResetByCustomerNumberAuthenticator. The next page is the same
     whether or not they match an account. -->
<#import "template.ftl" as layout>
<#import "kontor-message.ftl" as kontorMessage>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayInfo=true displayMessage=!messagesPerField.existsError('username','kontorCustomerNumber') && kontorMessage.hasText(); section>
<!-- template: login-reset-password.ftl (kontor) -->
    <#if section = "header">
        ${msg("emailForgotTitle")}
    <#elseif section = "form">
        <form id="kc-reset-password-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@field.input name="kontorCustomerNumber" label=msg("kontorCustomerNumber") value=kontorCustomerNumberValue!'' required=true autofocus=true />
            <@field.input name="username" label=msg("email") value=auth.attemptedUsername!'' required=true autocomplete="email" />

            <@buttons.actionGroup>
              <@buttons.button id="kc-form-buttons" label="doSubmit"/>
              <@buttons.buttonLink href=url.loginUrl label="backToLogin"/>
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info" >
        <span id="kontor-reset-instruction" class="${properties.kcLoginMainFooterHelperText!}">${msg("kontorResetInstruction")}</span>
    </#if>
</@layout.registrationLayout>
