package dev.stride.webhook.subscription;

import java.util.List;

/** {@code POST /webhook-subscriptions}: where to post, which event types ({@link WebhookType} names), and a note for the app's people. */
public record SubscriptionRequest(String url, List<String> eventTypes, String description) {
}
