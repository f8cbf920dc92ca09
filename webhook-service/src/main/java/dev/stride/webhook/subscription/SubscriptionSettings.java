package dev.stride.webhook.subscription;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of subscriptions. */
@ConfigMapping(prefix = "stride.webhooks.subscriptions")
public interface SubscriptionSettings {
    /** Subscriptions one app may hold. */
    @WithDefault("100")
    int perApp();

    /** How long a rotated-out secret still signs, beside the new one. */
    @WithDefault("24h")
    Duration previousSecretValidFor();
}
