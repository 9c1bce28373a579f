<#-- Kontor: the live check of the realm's password rules (resources/js/kontor-password-rules.js).
     The list fills itself from /realms/{realm}/portal/password-policy and ticks rules as the
     customer types, in the order of the labels below. Use on any page with a new-password field
     (at registration pass username="" if the username is not known yet: those rules are then
     left to the server):
       <#import "kontor-password-rules.ftl" as passwordRules>
       <@passwordRules.checklist field="password-new" username=username!""/>   -->
<#macro checklist field username="">
    <#assign labels = {
        "length": msg("kontorPasswordRuleLength"),
        "maxLength": msg("kontorPasswordRuleMaxLength"),
        "upperCase": msg("kontorPasswordRuleUpperCase"),
        "lowerCase": msg("kontorPasswordRuleLowerCase"),
        "digits": msg("kontorPasswordRuleDigits"),
        "specialChars": msg("kontorPasswordRuleSpecialChars"),
        "kontorNoRun": msg("kontorPasswordRuleNoRun"),
        "kontorNoKeyboardRun": msg("kontorPasswordRuleNoKeyboardRun"),
        "notUsername": msg("kontorPasswordRuleNotUsername"),
        "notEmail": msg("kontorPasswordRuleNotEmail"),
        "kontorNotName": msg("kontorPasswordRuleNotName"),
        "passwordBlacklist": msg("kontorPasswordRuleBlacklist"),
        "passwordHistory": msg("kontorPasswordRuleHistory")
    }>
    <div class="kontor-password-rules">
        <p id="kontor-password-rules-title" class="kontor-password-rules-title">${msg("kontorPasswordRulesTitle")}</p>
        <ul id="kontor-password-rules" aria-labelledby="kontor-password-rules-title" aria-live="polite" hidden
            data-field="${field}" data-username="${username}" data-labels="${jsonLabels(labels)}"
            data-server-checked="${msg("kontorPasswordRuleServerChecked")}"></ul>
    </div>
    <script type="module" src="${url.resourcesPath}/js/kontor-password-rules.js"></script>
</#macro>

<#function jsonLabels labels>
    <#local parts = []>
    <#list labels as id, label>
        <#local parts = parts + ["\"" + id + "\":\"" + label?json_string + "\""]>
    </#list>
    <#return "{" + parts?join(",") + "}">
</#function>
