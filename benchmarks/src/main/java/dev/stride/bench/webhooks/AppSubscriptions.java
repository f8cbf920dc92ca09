package dev.stride.bench.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.stride.contracts.EventJson;
import dev.stride.testing.Tokens;

/** Subscribes apps on webhook-service's API, each with its own client-credentials token (scope webhooks:manage). */
final class AppSubscriptions {
    static final List<String> EVENT_TYPES = List.of("set.completed", "personal-record.set", "streak.extended");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI subscriptions;

    AppSubscriptions(String webhookServiceUrl) {
        this.subscriptions = URI.create(webhookServiceUrl + "/webhook-subscriptions");
    }

    void subscribe(String app, String endpointUrl) throws IOException, InterruptedException {
        byte[] body = EventJson.mapper().writeValueAsBytes(
                Map.of("url", endpointUrl, "eventTypes", EVENT_TYPES, "description", "load run"));
        HttpRequest request = HttpRequest.newBuilder(subscriptions).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.client(app, "webhooks:manage"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException(app + "'s subscription to " + endpointUrl + " answered " + response.statusCode()
                    + ": " + response.body());
        }
    }
}
