<#-- Kontor: required action "kontor-email-code-setup" (dev.kontor.secondfactor.EmailCodeSetupRequiredAction). -->
<#import "template.ftl" as layout>
<#import "kontor-message.ftl" as kontorMessage>
<#import "buttons.ftl" as buttons>
<#import "kontor-email-code-input.ftl" as code>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code') && kontorMessage.hasText(); section>
<!-- template: kontor-email-code-setup.ftl -->
    <#if section="header">
        ${msg("kontorEmailCodeSetupTitle")}
    <#elseif section="form">
        <#if kontorEmailCode.maskedEmail?has_content>
            <p id="kontor-email-code-setup-intro" class="pf-v5-u-mb-sm">${msg("kontorEmailCodeSetupIntro", kontorEmailCode.maskedEmail)}</p>
            <#if kontorEmailCode.codeSent>
            <#if kontorEmailCode.codeSent>
                <p id="kontor-email-code-sent-to" class="pf-v5-u-mb-md">${msg("kontorEmailCodeSentTo", kontorEmailCode.codeLength?c, kontorEmailCode.maskedEmail)}</p>
            </#if>
        </#if>
        </#if>
        <form id="kontor-email-code-setup-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <#if kontorEmailCode.maskedEmail?has_content>
                <@code.codeInput/>
            </#if>
            <@buttons.actionGroup>
                <#if kontorEmailCode.maskedEmail?has_content>
                    <@buttons.button id="kc-login" name="login" label="kontorEmailCodeSetupSubmit" />
                    <@buttons.button id="kontor-resend" name="resend" label="kontorEmailCodeResend" type="secondary" value="true" />
                </#if>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="kontor-cancel" name="cancel-aia" label="doCancel" type="secondary" value="true" />
                </#if>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
