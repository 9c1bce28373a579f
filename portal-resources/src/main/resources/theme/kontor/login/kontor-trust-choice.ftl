<#--
  Kontor: the trust choice under a code form (SPEC 2FA-4/2FA-5), written once and imported by
  kontor-email-code.ftl and login-otp.ftl. "none" (no cookie) is preselected, so a cookie is
  only ever stored after an explicit choice. The posted value "kontor-trust" is read by the
  trusted-browser component after a correct code; this file only renders the choice.
  Optional attributes: kontorTrustSkipHours (default 24), kontorTrustHidden (true hides it).
  Hidden in the forgot-password flow too: a reset trusts no browser (it revokes them all).
-->
<#macro trustChoice>
  <#if !(kontorTrustHidden!false) && !((url.loginAction)!"")?contains("/login-actions/reset-credentials")>
    <div class="${properties.kcFormGroupClass!} kontor-trust-choice" id="kontor-trust" role="radiogroup" aria-labelledby="kontor-trust-legend">
      <div class="${properties.kcFormGroupLabelClass!}">
        <span class="${properties.kcFormLabelClass!}" id="kontor-trust-legend">
          <span class="${properties.kcFormLabelTextClass!}">${msg("kontorTrustLegend")}</span>
        </span>
      </div>
      <div class="pf-v5-c-form__group-control pf-m-stack">
        <@option value="none" label=msg("kontorTrustNone") checked=true />
        <@option value="skip" label=msg("kontorTrustSkip", (kontorTrustSkipHours!24)?c) description=msg("kontorTrustCookieNote") />
        <@option value="save" label=msg("kontorTrustSave") description=msg("kontorTrustSaveNote") />
      </div>
    </div>
  </#if>
</#macro>

<#macro option value label description="" checked=false>
  <div class="pf-v5-c-radio">
    <input class="pf-v5-c-radio__input" type="radio" name="kontor-trust" id="kontor-trust-${value}" value="${value}"
           <#if checked>checked</#if> <#if description?has_content>aria-describedby="kontor-trust-${value}-note"</#if>/>
    <label class="pf-v5-c-radio__label" for="kontor-trust-${value}">${label}</label>
    <#if description?has_content>
      <span class="pf-v5-c-radio__description" id="kontor-trust-${value}-note">${description}</span>
    </#if>
  </div>
</#macro>
