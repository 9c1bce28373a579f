<#--
  Kontor: the code field of the email-code pages (login and set-up), with the inline error of
  field "code". Digits only on phones (inputmode), and autofill from the mail (one-time-code).
-->
<#import "field.ftl" as field>
<#macro codeInput>
  <#assign codeError = messagesPerField.get('code')>
  <@field.group name="code" label=msg("kontorEmailCodeLabel") error=codeError required=true>
    <span class="${properties.kcInputClass!} <#if codeError?has_content>${properties.kcError!}</#if>">
      <input id="code" name="code" type="text" value="" autocomplete="one-time-code" inputmode="numeric"
             pattern="[0-9]*" maxlength="${kontorEmailCode.codeLength?c}" autofocus
             aria-describedby="kontor-email-code-lifetime" aria-invalid="<#if codeError?has_content>true</#if>"/>
      <@field.errorIcon error=codeError/>
    </span>
  </@field.group>
  <p id="kontor-email-code-lifetime" class="${properties.kcInputHelperTextItemTextClass!}">
    ${msg("kontorEmailCodeLifetime", kontorEmailCode.codeLifetimeMinutes?c)}
  </p>
</#macro>
