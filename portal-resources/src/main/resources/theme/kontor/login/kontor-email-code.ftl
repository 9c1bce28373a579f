<#-- Kontor: login step "Kontor email code" (dev.kontor.secondfactor.EmailCodeAuthenticator). -->
<#import "template.ftl" as layout>
<#import "kontor-message.ftl" as kontorMessage>
<#import "buttons.ftl" as buttons>
<#import "kontor-email-code-input.ftl" as code>
<#import "kontor-trust-choice.ftl" as trust>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code') && kontorMessage.hasText(); section>
<!-- template: kontor-email-code.ftl -->
    <#if section="header">
        ${msg("kontorEmailCodeTitle")}
    <#elseif section="form">
        <#if kontorEmailCode.codeSent>
            <#if kontorEmailCode.codeSent>
                <p id="kontor-email-code-sent-to" class="pf-v5-u-mb-md">${msg("kontorEmailCodeSentTo", kontorEmailCode.codeLength?c, kontorEmailCode.maskedEmail)}</p>
            </#if>
        </#if>
        <form id="kontor-email-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@code.codeInput/>
            <@trust.trustChoice/>
            <#-- kc-login comes first, so Enter in the code field submits the code, not "resend". -->
            <@buttons.actionGroup>
                <@buttons.button id="kc-login" name="login" label="doLogIn" />
                <@buttons.button id="kontor-resend" name="resend" label="kontorEmailCodeResend" type="secondary" value="true" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
