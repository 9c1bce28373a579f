<#ftl output_format="plainText">
<#-- Kontor: the email code as plain text; see html/kontor-email-code.ftl for the attributes. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${msg((purpose == "setup")?then("kontorEmailCodeIntroSetup", "kontorEmailCodeIntroLogin"))}

    ${code}

${msg("kontorEmailCodeValidity", code, codeLifetimeMinutes?c)}

${msg("kontorEmailCodeNotYou")}
</@layout.emailLayout>
