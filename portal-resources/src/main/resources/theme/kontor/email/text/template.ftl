<#ftl output_format="plainText">
<#--
  Kontor plain-text mail layout (base has none; every Kontor text/*.ftl imports
  this file and wraps its body in <@layout.emailLayout>).
-->
<#macro emailLayout>
<#nested>

${msg("kontorEmailClosing")}
${msg("kontorEmailSignature")}

--
${msg("kontorEmailFooter")}
</#macro>
