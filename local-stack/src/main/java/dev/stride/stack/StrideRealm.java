package dev.stride.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The people of the realm file ({@code identity/stride-realm.json}) that the local stack's Keycloak
 * imports: each demo user's name, Keycloak id (the athlete id in Stride, the token's {@code sub}) and
 * realm roles (service-account users are left out; each password is the user name), and the secret
 * of each confidential client.
 */
public record StrideRealm(List<User> users, Map<String, String> clientSecrets) {
    public static final Path FILE = Path.of("identity", "stride-realm.json");

    public record User(String username, String id, List<String> realmRoles) {
    }

    /** Reads {@link #FILE} under {@code projectRoot}. */
    public static StrideRealm of(Path projectRoot) {
        Path file = projectRoot.resolve(FILE);
        try {
            JsonNode realm = new ObjectMapper().readTree(file.toFile());
            List<User> users = new ArrayList<>();
            for (JsonNode user : realm.path("users")) {
                if (user.has("serviceAccountClientId")) {
                    continue;
                }
                List<String> roles = new ArrayList<>();
                user.path("realmRoles").forEach(role -> roles.add(role.asText()));
                users.add(new User(user.path("username").asText(), user.path("id").asText(), List.copyOf(roles)));
            }
            Map<String, String> secrets = new TreeMap<>();
            realm.path("clients").forEach(client -> {
                if (client.has("secret")) {
                    secrets.put(client.path("clientId").asText(), client.path("secret").asText());
                }
            });
            return new StrideRealm(List.copyOf(users), Map.copyOf(secrets));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** The Keycloak id of {@code username}: the athlete id in paths such as {@code /athletes/{id}/summary}. */
    public String idOf(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst()
                .map(User::id)
                .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in " + FILE));
    }

    public String secretOf(String clientId) {
        String secret = clientSecrets.get(clientId);
        if (secret == null) {
            throw new IllegalArgumentException("No confidential client " + clientId + " in " + FILE);
        }
        return secret;
    }
}
