<#-- Kontor: replaces keycloak.v2's empty footer macro with a small branded help line. -->
<#macro content>
    <div id="kontor-footer" class="kontor-footer">
        <span class="kontor-footer__brand">${msg("kontorBrandName")}</span>
        <span class="kontor-footer__text">${msg("kontorLoginFooter")}</span>
    </div>
</#macro>
