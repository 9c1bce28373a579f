<#-- Kontor: seed 001's "Sicherheits-Check! Tipps für ein sicheres Passwort", short and translated.
     Import it on any page that asks for a new password:
       <#import "kontor-password-tips.ftl" as passwordTips>
       <@passwordTips.tips/>                                          -->
<#macro tips open=false>
    <details id="kontor-password-tips" class="kontor-password-tips"<#if open> open</#if>>
        <summary>${msg("kontorPasswordTipsTitle")}</summary>
        <ul>
            <#list 1..8 as n>
                <li>${msg("kontorPasswordTip" + n)}</li>
            </#list>
        </ul>
    </details>
</#macro>
