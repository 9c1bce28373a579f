<#import "template.ftl" as layout>
<#import "kontor-message.ftl" as kontorMessage>
<#import "buttons.ftl" as buttons>
<#-- Kontor: "choose your second factor", shown to users in a 2FA rollout who have none yet. -->
<@layout.registrationLayout displayMessage=kontorMessage.hasText(); section>
    <#if section = "header">
        ${msg("kontorSecondFactorSetupTitle")}
    <#elseif section = "form">
        <p class="pf-v5-u-mb-md">${msg("kontorSecondFactorSetupIntro")}</p>
        <form id="kontor-second-factor-setup-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}" role="radiogroup" aria-labelledby="kontor-method-legend">
                <p id="kontor-method-legend" class="pf-v5-screen-reader">${msg("kontorSecondFactorSetupTitle")}</p>
                <div class="pf-v5-c-radio pf-v5-u-mb-sm">
                    <input class="pf-v5-c-radio__input" type="radio" id="kontor-method-email" name="method" value="email" checked>
                    <label class="pf-v5-c-radio__label" for="kontor-method-email">${msg("kontorSecondFactorMethodEmail")}</label>
                    <span class="pf-v5-c-radio__description">${msg("kontorSecondFactorMethodEmailHelp")}</span>
                </div>
                <div class="pf-v5-c-radio">
                    <input class="pf-v5-c-radio__input" type="radio" id="kontor-method-totp" name="method" value="totp">
                    <label class="pf-v5-c-radio__label" for="kontor-method-totp">${msg("kontorSecondFactorMethodTotp")}</label>
                    <span class="pf-v5-c-radio__description">${msg("kontorSecondFactorMethodTotpHelp")}</span>
                </div>
            </div>
            <@buttons.actionGroup>
                <@buttons.button id="kontor-method-continue" name="continue" label="doContinue"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
