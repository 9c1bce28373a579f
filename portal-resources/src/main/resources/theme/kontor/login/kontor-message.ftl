<#--
  Kontor: whether template.ftl may show the page's message box, imported by every Kontor page.
  Keycloak can hand a page a message without text: when a request with a stale action code is sent
  back to the page, Keycloak forwards "this page has expired" in the authentication session and
  reads it there twice while building the form; a parallel request of the same login that shows
  (and removes) it in between leaves an empty message, and template.ftl failed on message.summary
  with a 500 (issue 12, row 10). Such a message has nothing to show, so the box is left out.
-->
<#function hasText>
    <#return !(message??) || (message.summary)??>
</#function>
