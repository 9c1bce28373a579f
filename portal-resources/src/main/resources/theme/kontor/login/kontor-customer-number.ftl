<#-- Kontor: required action "kontor-customer-number" (dev.kontor.registration.CustomerNumberRequiredAction). -->
<#import "template.ftl" as layout>
<#import "kontor-message.ftl" as kontorMessage>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('kontorCustomerNumber','lastName') && kontorMessage.hasText(); section>
<!-- template: kontor-customer-number.ftl -->
    <#if section = "header">
        ${msg("kontorCustomerNumberTitle")}
    <#elseif section = "form">
        <p id="kontor-customer-number-intro" class="pf-v5-u-mb-md">${msg("kontorCustomerNumberIntro")}</p>
        <form id="kontor-customer-number-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="kontorCustomerNumber" label=msg("kontorCustomerNumber") value=kontorCustomerNumberValue!'' required=true autofocus=true />
            <@field.input name="lastName" label=msg("kontorRegisterName") value=kontorCustomerNameValue!'' required=true autocomplete="family-name" />
            <@buttons.actionGroup>
                <@buttons.button id="kontor-customer-number-submit" name="submit" label="doSubmit" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
