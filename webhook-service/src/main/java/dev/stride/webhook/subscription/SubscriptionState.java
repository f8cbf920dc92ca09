package dev.stride.webhook.subscription;

/** Whether an endpoint is delivered to: events queue while it is paused; none are kept for a disabled one. */
public enum SubscriptionState {
    ACTIVE, PAUSED, DISABLED
}
