package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, row 1: no client and no grant yields a token without the second factor, and the portal
 * API refuses tokens that are not meant for it or whose session skipped the second factor.
 * The attacks use the password grant (on the realm's own clients, and on a client an admin opened
 * for direct grants), a client bound to Keycloak's stock direct-grant flow, and a password-only
 * session kept after the user set up a second factor.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class TokenSecondFactorIT extends AbstractSecondFactorIT {

    static final String DESCRIPTION = "Second factor required: sign in through the browser";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> createdClients = new ArrayList<>();

    @AfterEach
    void removeClients() {
        createdClients.forEach(id -> realm.admin().clients().get(id).remove());
        createdClients.clear();
    }

    @Test
    void realmClientsHaveNoPasswordGrant() throws Exception {
        String email = userWith("email", emailCodeCredential());
        for (String client : List.of("admin-cli", KontorRealm.SHOP_CLIENT, "account-console")) {
            HttpResponse<String> response = passwordGrant(client, email, TestUsers.PASSWORD);
            assertEquals(400, response.statusCode(), client + ": " + response.body());
            assertEquals("unauthorized_client", JSON.readTree(response.body()).path("error").asText(), client);
            assertFalse(response.body().contains("access_token"), client);
        }
        assertEquals(0, mailsTo(email), "no code mailed");
    }

    @Test
    void directGrantRefusesEveryUserWhoMustPassASecondFactor() throws Exception {
        String client = directGrantClient(false, null);
        String emailUser = userWith("email", emailCodeCredential());
        String totpUser = userWith("totp", totpCredential());
        String rolloutUser = TestUsers.create(realm, "rollout", "en");
        GroupRepresentation group = realm.admin().groups().groups("2fa-required", 0, 1).get(0);
        realm.admin().users().get(TestUsers.id(realm, rolloutUser)).joinGroup(group.getId());

        for (String email : List.of(emailUser, totpUser, rolloutUser)) {
            HttpResponse<String> response = passwordGrant(client, email, TestUsers.PASSWORD);
            assertEquals(400, response.statusCode(), email + ": " + response.body());
            JsonNode body = JSON.readTree(response.body());
            assertEquals("invalid_grant", body.path("error").asText());
            assertEquals(DESCRIPTION, body.path("error_description").asText());
            assertFalse(body.has("access_token"));
        }
        // A wrong password learns nothing about the second factor.
        HttpResponse<String> wrong = passwordGrant(client, emailUser, "Wrong#2468x");
        assertEquals("Invalid user credentials", JSON.readTree(wrong.body()).path("error_description").asText(), wrong.body());
        assertEquals(0, mailsTo(emailUser), "no code mailed");
        assertEquals(0, mailsTo(rolloutUser), "no set-up code mailed");
    }

    @Test
    void userWithoutSecondFactorGetsADirectGrantTokenThePortalRefusesWithoutItsAudience() throws Exception {
        String client = directGrantClient(false, null);
        String email = TestUsers.create(realm, "plain", "en");

        String token = tokenOf(passwordGrant(client, email, TestUsers.PASSWORD));

        for (String path : List.of("me", "addresses", "orders", "trusted-browsers")) {
            assertProblem(portal(path, token), "token_audience");
        }
    }

    @Test
    void passwordOnlySessionIsRefusedOnceTheUserHasASecondFactor() throws Exception {
        String client = directGrantClient(true, null);
        String email = TestUsers.create(realm, "later", "en");
        String token = tokenOf(passwordGrant(client, email, TestUsers.PASSWORD));
        HttpResponse<String> before = portalFromServer("me", token);
        assertEquals(200, before.statusCode(), "no second factor, none required: " + before.body());

        // The customer sets up the email code elsewhere; the password-only session must not go on.
        addCredential(email, emailCodeCredential(email));

        assertProblem(portal("me", token), "second_factor_required");
    }

    /**
     * The portal decides "not required" for a password-only session; that decision must end the
     * moment the user has a factor, also when it is set up in another browser (the set-up marks
     * only its own session as passed).
     */
    @Test
    void passwordOnlySessionIsRefusedOnceTheEmailCodeIsSetUpInAnotherBrowser() throws Exception {
        String client = directGrantClient(true, null);
        String email = TestUsers.create(realm, "setuplater", "en");
        String token = tokenOf(passwordGrant(client, email, TestUsers.PASSWORD));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, portalFromServer("me", token).statusCode(), "no second factor, none required");
        }

        requireAction(email, EMAIL_CODE_SETUP);
        FormBrowser other = new FormBrowser(realmUrl()).signIn(email);
        assertTrue(other.page.contains("kontor-email-code-setup-form"), other.page);
        other.submit(Map.of("code", MailCodes.awaitCode(mailServer, email, 1)));
        assertTrue(other.atShop, other.page);

        assertEquals(401, portalFromServer("me", token).statusCode(), "the password-only session must not go on");
    }

    /**
     * The same for the rollout scope, each way a user can come into it after signing in: joining
     * the rollout group, a group of theirs moved below it, and the admin adding a role of theirs
     * to the scope. Each is a different Keycloak cache entry (user, group, realm).
     */
    @Test
    void passwordOnlySessionIsRefusedOnceTheUserComesIntoRolloutScope() throws Exception {
        String client = directGrantClient(true, null);
        GroupRepresentation rollout = realm.admin().groups().groups("2fa-required", 0, 1).get(0);

        String joins = TestUsers.create(realm, "joins", "en");
        String joinsToken = tokenOf(passwordGrant(client, joins, TestUsers.PASSWORD));
        assertEquals(200, portalFromServer("me", joinsToken).statusCode());
        realm.admin().users().get(TestUsers.id(realm, joins)).joinGroup(rollout.getId());
        assertEquals(401, portalFromServer("me", joinsToken).statusCode(), "joined the rollout group");

        String moved = TestUsers.create(realm, "moved", "en");
        GroupRepresentation team = new GroupRepresentation();
        team.setName("it-team-" + UUID.randomUUID().toString().substring(0, 8));
        try (Response created = realm.admin().groups().add(team)) {
            assertEquals(201, created.getStatus());
            String location = created.getLocation().getPath();
            team.setId(location.substring(location.lastIndexOf('/') + 1));
        }
        realm.admin().users().get(TestUsers.id(realm, moved)).joinGroup(team.getId());
        String movedToken = tokenOf(passwordGrant(client, moved, TestUsers.PASSWORD));
        assertEquals(200, portalFromServer("me", movedToken).statusCode());
        try (Response ignored = realm.admin().groups().group(rollout.getId()).subGroup(team)) {
            assertEquals(401, portalFromServer("me", movedToken).statusCode(), "their group moved below the rollout group");
        } finally {
            realm.admin().groups().group(team.getId()).remove();
        }

        String holder = TestUsers.create(realm, "holder", "en");
        String roleName = "it-rollout-" + UUID.randomUUID().toString().substring(0, 8);
        RoleRepresentation role = new RoleRepresentation();
        role.setName(roleName);
        realm.admin().roles().create(role);
        realm.admin().users().get(TestUsers.id(realm, holder)).roles().realmLevel()
                .add(List.of(realm.admin().roles().get(roleName).toRepresentation()));
        String holderToken = tokenOf(passwordGrant(client, holder, TestUsers.PASSWORD));
        assertEquals(200, portalFromServer("me", holderToken).statusCode());
        try {
            withStepSetting("kontor-second-factor-rollout", "roles", roleName, () ->
                    assertEquals(401, portalFromServer("me", holderToken).statusCode(), "their role added to the scope"));
        } finally {
            realm.admin().roles().deleteRole(roleName);
        }
    }

    @Test
    void sessionFromAnotherFlowHasNoSecondFactorNote() throws Exception {
        // An admin binds Keycloak's stock direct-grant flow (it knows only TOTP) to a client.
        String client = directGrantClient(true, flowId("direct grant"));
        String email = userWith("email", emailCodeCredential());

        String token = tokenOf(passwordGrant(client, email, TestUsers.PASSWORD));

        assertProblem(portal("me", token), "second_factor_required");
        assertEquals(0, mailsTo(email));
    }

    @Test
    void shopAndConsoleTokensAreMeantForThePortal() throws Exception {
        String johnId = userId(KontorRealm.JOHN);
        for (String clientId : List.of(KontorRealm.SHOP_CLIENT, "account-console")) {
            AccessToken token = realm.admin().clients().get(clientUuid(clientId)).clientScopesEvaluate()
                    .generateAccessToken("openid", johnId, null);
            String shown = JSON.writeValueAsString(token);
            assertTrue(token.hasAudience("kontor-portal"), clientId + ": " + shown);
            assertTrue(token.hasAudience("account"), clientId + ": " + shown);
            assertTrue(token.getResourceAccess("account").isUserInRole("manage-account"), clientId + ": " + shown);
        }
        for (String clientId : List.of("admin-cli", "kontor-backend", "security-admin-console")) {
            AccessToken token = realm.admin().clients().get(clientUuid(clientId)).clientScopesEvaluate()
                    .generateAccessToken("openid", johnId, null);
            assertFalse(token.hasAudience("kontor-portal"), clientId);
        }
    }

    @Test
    void shopTokensWorkAfterTheCodeAndOnATrustedBrowser() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);

        String afterCode = signInWithCode(shop, email, 2, "skip");
        assertEquals(200, portal("me", afterCode).statusCode());

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.SHOP, shop.signIn(email), "the 24-hour skip asks no code");
        assertEquals(200, portal("me", shop.accessToken(http)).statusCode());
    }

    @Test
    void settingUpTheFactorDuringSignInKeepsThePortalOpen() throws Exception {
        ShopLogin shop = shop();
        String email = TestUsers.create(realm, "setup", "en");
        requireAction(email, EMAIL_CODE_SETUP);
        assertEquals(ShopLogin.Page.EMAIL_CODE_SETUP, shop.signIn(email));
        shop.enterEmailCode(MailCodes.awaitCode(mailServer, email, 1), null);
        assertEquals(ShopLogin.Page.SHOP, shop.next());

        assertEquals(200, portal("me", shop.accessToken(http)).statusCode());
    }

    @Test
    void wrongSetUpCodesCountForTheLockOut() throws Exception {
        ShopLogin shop = shop();
        String email = TestUsers.create(realm, "guess", "en");
        requireAction(email, EMAIL_CODE_SETUP);
        assertEquals(ShopLogin.Page.EMAIL_CODE_SETUP, shop.signIn(email));
        String code = MailCodes.awaitCode(mailServer, email, 1);
        shop.enterEmailCode(code.equals("000000") ? "111111" : "000000", null);
        assertEquals(ShopLogin.Page.EMAIL_CODE_SETUP, shop.next());

        Map<String, Object> status = realm.admin().attackDetection().bruteForceUserStatus(TestUsers.id(realm, email));
        assertEquals(1, ((Number) status.get("numFailures")).intValue(), status.toString());
    }

    @Test
    void consecutiveFailuresEndInAPermanentLockOutAtOneHundred() {
        RealmRepresentation settings = realm.admin().toRepresentation();
        assertTrue(settings.isBruteForceProtected());
        assertTrue(settings.isPermanentLockout());
        assertEquals(RealmRepresentation.BruteForceStrategy.MULTIPLE, settings.getBruteForceStrategy());
        // From the failure-factor-th failure on, every failure is a temporary lock-out (MULTIPLE);
        // Keycloak locks permanently once their number exceeds maxTemporaryLockouts.
        int permanentAt = settings.getFailureFactor() + settings.getMaxTemporaryLockouts();
        assertEquals(100, permanentAt);
        assertEquals(10, settings.getFailureFactor(), "the temporary lock-out the other tests know");
    }

    // --- helpers ---

    private String userWith(String prefix, CredentialRepresentation factor) {
        String email = TestUsers.create(realm, prefix, "en");
        addCredential(email, factor.getType().equals("kontor-email-code") ? emailCodeCredential(email) : factor);
        return email;
    }

    /** Adds a second-factor credential the way an import does (the admin API has no other way to add one). */
    private void addCredential(String email, CredentialRepresentation credential) {
        var user = realm.admin().users().get(TestUsers.id(realm, email));
        UserRepresentation rep = user.toRepresentation();
        List<CredentialRepresentation> credentials = new ArrayList<>();
        credentials.add(credential);
        rep.setCredentials(credentials);
        user.update(rep);
        assertTrue(TestUsers.credentialTypes(realm, email).contains(credential.getType()), credential.getType());
    }

    private static CredentialRepresentation emailCodeCredential() {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType("kontor-email-code");
        return credential;
    }

    private static CredentialRepresentation emailCodeCredential(String email) {
        CredentialRepresentation credential = emailCodeCredential();
        credential.setUserLabel(email);
        credential.setSecretData("{}");
        credential.setCredentialData("{\"address\":\"" + email + "\"}");
        return credential;
    }

    private static CredentialRepresentation totpCredential() {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType("otp");
        credential.setUserLabel("it");
        credential.setSecretData("{\"value\":\"JBSWY3DPEHPK3PXPJBSWY3DP\"}");
        credential.setCredentialData("{\"subType\":\"totp\",\"digits\":6,\"period\":30,\"algorithm\":\"HmacSHA1\",\"counter\":0}");
        return credential;
    }

    /** A public client an admin opened for direct grants, optionally with the portal scope and another flow. */
    private String directGrantClient(boolean portalScope, String directGrantFlowId) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("it-direct-" + UUID.randomUUID().toString().substring(0, 8));
        client.setPublicClient(true);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(true);
        if (directGrantFlowId != null) {
            client.setAuthenticationFlowBindingOverrides(Map.of("direct_grant", directGrantFlowId));
        }
        String id;
        try (Response response = realm.admin().clients().create(client)) {
            assertEquals(201, response.getStatus());
            String location = response.getLocation().getPath();
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        createdClients.add(id);
        if (portalScope) {
            String scopeId = realm.admin().clientScopes().findAll().stream()
                    .filter(scope -> "kontor-portal".equals(scope.getName()))
                    .map(ClientScopeRepresentation::getId).findFirst().orElseThrow();
            realm.admin().clients().get(id).addDefaultClientScope(scopeId);
        }
        return client.getClientId();
    }

    private String clientUuid(String clientId) {
        return realm.admin().clients().findByClientId(clientId).get(0).getId();
    }

    private String flowId(String alias) {
        return realm.admin().flows().getFlows().stream()
                .filter(flow -> alias.equals(flow.getAlias())).findFirst().orElseThrow().getId();
    }

    private HttpResponse<String> passwordGrant(String clientId, String email, String password) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", email);
        form.put("password", password);
        form.put("scope", "openid");
        return http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(PkceTokens.form(form))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String tokenOf(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** Called from the shop's origin, so a refusal also shows that the shop can read it (CORS). */
    private HttpResponse<String> portal(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/portal/" + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Origin", KontorRealm.SHOP_ORIGIN)
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Without an origin, as a back end calls: tokens of the test clients have no web origins. */
    private HttpResponse<String> portalFromServer(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/portal/" + path))
                        .header("Authorization", "Bearer " + token)
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, String code) throws Exception {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(code, JSON.readTree(response.body()).path("code").asText(), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(KontorRealm.SHOP_ORIGIN, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                "the shop can read the problem");
    }
}
