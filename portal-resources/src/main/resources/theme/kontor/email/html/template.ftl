<#--
  Kontor HTML mail layout. Every base html/*.ftl imports "template.ftl" and wraps
  its body in <@layout.emailLayout>, so this file brands all HTML mails.
  Table layout + inline styles for mail clients; ${...} is HTML-escaped here.
-->
<#macro emailLayout>
<!DOCTYPE html>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${msg("kontorEmailProductName")}</title>
    <style>
        .kontor-content a { color: #0B5FFF; font-weight: bold; }
        .kontor-content p { margin: 0 0 16px 0; }
    </style>
</head>
<body style="margin:0; padding:0; background-color:#F2F5FA;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#F2F5FA;">
    <tr>
        <td align="center" style="padding:24px 12px;">
            <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"
                   style="width:100%; max-width:600px; background-color:#FFFFFF; border:1px solid #DCE3EE; border-collapse:separate;">
                <tr>
                    <td id="kontor-email-header" style="background-color:#0B5FFF; padding:20px 32px; font-family:Arial, Helvetica, sans-serif; color:#FFFFFF;">
                        <span style="display:inline-block; width:32px; height:32px; line-height:32px; margin-right:10px; background-color:#FFFFFF; color:#0B5FFF; border-radius:8px; text-align:center; font-size:20px; font-weight:bold; vertical-align:middle;">K</span>
                        <span style="font-size:22px; font-weight:bold; vertical-align:middle;">${msg("kontorEmailBrand")}</span>
                        <span style="font-size:14px; color:#BFD4FF; vertical-align:middle;">&nbsp;${msg("kontorEmailTagline")}</span>
                    </td>
                </tr>
                <tr>
                    <td style="height:6px; line-height:6px; font-size:0; background-color:#FFB020;">&nbsp;</td>
                </tr>
                <tr>
                    <td id="kontor-email-body" class="kontor-content" style="padding:32px 32px 8px 32px; font-family:Arial, Helvetica, sans-serif; font-size:15px; line-height:1.5; color:#1F2933;">
                        <#nested>
                    </td>
                </tr>
                <tr>
                    <td id="kontor-email-signature" style="padding:0 32px 28px 32px; font-family:Arial, Helvetica, sans-serif; font-size:15px; line-height:1.5; color:#1F2933;">
                        <p style="margin:0;">${msg("kontorEmailClosing")}<br><strong>${msg("kontorEmailSignature")}</strong></p>
                    </td>
                </tr>
                <tr>
                    <td id="kontor-email-footer" style="background-color:#06245F; padding:16px 32px; font-family:Arial, Helvetica, sans-serif; font-size:12px; line-height:1.5; color:#BFD4FF;">
                        ${msg("kontorEmailFooter")}
                    </td>
                </tr>
            </table>
        </td>
    </tr>
</table>
</body>
</html>
</#macro>
