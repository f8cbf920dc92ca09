package dev.stride.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Access tokens from a real Keycloak's token endpoint, as the demo's curl commands get them. */
final class TokenEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI endpoint;

    TokenEndpoint(HttpClient http, String endpoint) {
        this.http = http;
        this.endpoint = URI.create(endpoint);
    }

    /** The password grant of a public client: a user signed in to the first-party app. */
    String password(String client, String username, String password) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", client);
        form.put("username", username);
        form.put("password", password);
        return accessToken(request(form));
    }

    /** The client credentials grant of a confidential client: a backend acting for itself. */
    String clientCredentials(String client, String secret) throws IOException, InterruptedException {
        return clientCredentials(client, secret, Map.of("grant_type", "client_credentials"));
    }

    /** The same, with optional scopes of the client asked for ({@code webhooks:manage}). */
    String clientCredentials(String client, String secret, String scope) throws IOException, InterruptedException {
        return clientCredentials(client, secret, Map.of("grant_type", "client_credentials", "scope", scope));
    }

    private String clientCredentials(String client, String secret, Map<String, String> form) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return accessToken(request(form).header("Authorization", "Basic " + basic));
    }

    private HttpRequest.Builder request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private String accessToken(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "token endpoint: " + response.body());
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
