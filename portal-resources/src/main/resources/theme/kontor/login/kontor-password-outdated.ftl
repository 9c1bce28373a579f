<#import "template.ftl" as layout>
<#import "kontor-message.ftl" as kontorMessage>
<#import "buttons.ftl" as buttons>
<#import "kontor-password-tips.ftl" as passwordTips>
<#-- Kontor (REG-6): the password just used breaks the current rules; the customer may still
     postpone the update kontorGraceRemaining more times. dev.kontor.password.PasswordRecheckAuthenticator -->
<@layout.registrationLayout displayMessage=kontorMessage.hasText(); section>
    <#if section = "header">
        ${msg("kontorPasswordOutdatedTitle")}
    <#elseif section = "form">
        <p class="pf-v5-u-mb-sm">${msg("kontorPasswordOutdatedIntro")}</p>
        <p id="kontor-password-rule" class="pf-v5-u-mb-md"><strong>${kontorPasswordRule}</strong></p>
        <p id="kontor-password-grace" class="pf-v5-u-mb-md">${msg("kontorPasswordOutdatedGrace", kontorGraceRemaining)}</p>
        <form id="kontor-password-outdated-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="kontor-password-update-now" name="choice" value="update" label="kontorPasswordOutdatedUpdateNow"/>
                <@buttons.button id="kontor-password-later" name="choice" value="later" label="kontorPasswordOutdatedLater" type="secondary"/>
            </@buttons.actionGroup>
        </form>
        <@passwordTips.tips/>
    </#if>
</@layout.registrationLayout>
