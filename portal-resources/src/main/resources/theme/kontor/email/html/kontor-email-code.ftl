<#--
  Kontor: the email code (dev.kontor.secondfactor.EmailCodeMailer). Attributes: code,
  codeLifetimeMinutes, purpose ("login" or "setup"). Message args: {0} code, {1} minutes.
-->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg((purpose == "setup")?then("kontorEmailCodeIntroSetup", "kontorEmailCodeIntroLogin"))}</p>
<p id="kontor-email-code" style="margin:0 0 16px 0; font-family:'Courier New', Courier, monospace; font-size:30px; font-weight:bold; letter-spacing:6px; color:#06245F;">${code}</p>
<p>${msg("kontorEmailCodeValidity", code, codeLifetimeMinutes?c)}</p>
<p style="padding:12px 16px; background-color:#FFF4DE; border-left:4px solid #FFB020;">${msg("kontorEmailCodeNotYou")}</p>
</@layout.emailLayout>
