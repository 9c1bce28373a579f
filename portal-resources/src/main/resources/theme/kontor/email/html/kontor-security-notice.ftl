<#--
  Kontor: security mail after a change to how the customer signs in
  (dev.kontor.securitymail.SecurityMailer). Attributes: notice, noticeBodyKey.
-->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p id="kontor-security-notice">${msg(noticeBodyKey)}</p>
<p style="padding:12px 16px; background-color:#FFF4DE; border-left:4px solid #FFB020;">${msg("kontorSecurityNoticeNotYou")}</p>
</@layout.emailLayout>
