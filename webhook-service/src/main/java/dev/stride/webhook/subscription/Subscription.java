package dev.stride.webhook.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subscription as its app reads it. {@code secret} is there once only: in the answer that made
 * or rotated it. {@code disabledReason} says why Stride stopped delivering; {@code failingSince}, since
 * when the endpoint has not taken a delivery.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(UUID id, String url, List<String> eventTypes, String description, SubscriptionState state,
                           String disabledReason, Instant failingSince, Instant createdAt,
                           Instant previousSecretValidUntil, String secret) {

    public Subscription withSecret(String shownOnce) {
        return new Subscription(id, url, eventTypes, description, state, disabledReason, failingSince, createdAt,
                previousSecretValidUntil, shownOnce);
    }
}
