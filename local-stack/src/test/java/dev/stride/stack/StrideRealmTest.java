package dev.stride.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The realm file keeps the identity contract in the ways Keycloak would not complain about at import. */
class StrideRealmTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final JsonNode realm = read();

    /** Keycloak stores descriptions in VARCHAR(255) and refuses to import the realm otherwise. */
    @Test
    void everyDescriptionFitsKeycloaksColumn() {
        for (String kind : List.of("clients", "clientScopes")) {
            realm.get(kind).forEach(entry -> assertTrue(entry.path("description").asText().length() <= 255,
                    kind + " " + entry.path("name").asText(entry.path("clientId").asText()) + " has a description over 255 characters"));
        }
    }

    @Test
    void everyScopeThatAClientNamesIsDefinedInTheRealm() {
        // A realm file that lists client scopes gets none of Keycloak's built-in ones, and Keycloak drops a
        // client's reference to a missing scope with a mere warning: no sub, no roles in the tokens.
        Set<String> defined = new TreeSet<>();
        realm.path("clientScopes").forEach(scope -> defined.add(scope.path("name").asText()));
        realm.path("clients").forEach(client -> {
            Set<String> named = new TreeSet<>(texts(client.path("defaultClientScopes")));
            named.addAll(texts(client.path("optionalClientScopes")));
            assertTrue(defined.containsAll(named), client.path("clientId").asText() + " names only defined scopes: " + named);
        });
    }

    @Test
    void everyClientPutsTheSubjectTheRolesAndTheStrideAudienceInItsTokens() {
        realm.path("clients").forEach(client -> assertTrue(
                texts(client.path("defaultClientScopes")).containsAll(List.of("stride-api", "basic", "roles")),
                client.path("clientId").asText()));
    }

    @Test
    void onlyTheThirdPartyAppMayAskForWebhooksAndOnlyWithItsOwnCredentials() {
        // webhook-service lets a token's client (azp) manage its subscriptions when it holds webhooks:manage:
        // an optional scope of the third-party app, which gets it by client credentials.
        JsonNode coach = client("demo-coach-app");
        assertTrue(texts(coach.path("optionalClientScopes")).contains("webhooks:manage"));
        assertFalse(texts(coach.path("defaultClientScopes")).contains("webhooks:manage"));
        assertTrue(coach.path("serviceAccountsEnabled").asBoolean());
        for (String other : List.of("stride-web", "stride-platform")) {
            Set<String> scopes = new TreeSet<>(texts(client(other).path("defaultClientScopes")));
            scopes.addAll(texts(client(other).path("optionalClientScopes")));
            assertFalse(scopes.contains("webhooks:manage"), other);
        }
        assertFalse(texts(realm.path("defaultDefaultClientScopes")).contains("webhooks:manage"));
        assertFalse(texts(realm.path("defaultOptionalClientScopes")).contains("webhooks:manage"));
    }

    @Test
    void userIdsAreUuidsThatStrideTakesAsAthleteIds() {
        // Keycloak stores other ids but warns at every sign-in that "future migration might fail".
        realm.path("users").forEach(user -> {
            String id = user.path("id").asText();
            assertTrue(id.matches(UUID) && id.matches("[A-Za-z0-9._:-]{1,64}"), user.path("username").asText() + ": " + id);
        });
    }

    @Test
    void demoUsersAreReadWithTheirRolesAndTheConfidentialClientsWithTheirSecrets() {
        StrideRealm stride = StrideRealm.of(ROOT);

        assertEquals(List.of("ana", "ben", "edie"), stride.users().stream().map(StrideRealm.User::username).toList());
        assertEquals(List.of("catalog-editor"), stride.users().get(2).realmRoles());
        assertEquals("stride-platform-secret", stride.secretOf("stride-platform"));
        assertEquals("demo-coach-app-secret", stride.secretOf("demo-coach-app"));
    }

    private JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("No client " + clientId);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(ROOT.resolve(StrideRealm.FILE).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
