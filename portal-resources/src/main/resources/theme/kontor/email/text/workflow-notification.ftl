<#-- No plainText header on purpose: like base's version this template uses ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg(subjectKey, daysRemaining, reason))?no_esc}

<#if messageKey == "customMessage">
${kcSanitize(customMessage)?no_esc}
<#else>
Dear ${user.firstName!user.username},

${kcSanitize(msg(messageKey, daysRemaining, reason))?no_esc}

<#if daysRemaining gt 0>
    Time remaining: ${daysRemaining} day<#if daysRemaining != 1>s</#if>
</#if>

If you have questions, please contact your ${realmName} administrator.
</#if>
</@layout.emailLayout>
