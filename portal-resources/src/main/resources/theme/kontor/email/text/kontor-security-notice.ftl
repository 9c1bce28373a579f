<#ftl output_format="plainText">
<#-- Kontor: security mail as plain text; see html/kontor-security-notice.ftl for the attributes. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${msg(noticeBodyKey)}

${msg("kontorSecurityNoticeNotYou")}
</@layout.emailLayout>
