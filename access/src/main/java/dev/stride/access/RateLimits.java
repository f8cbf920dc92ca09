package dev.stride.access;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Each client's budget of requests per window, counted per client and subject (so every athlete of
 * the first-party app has their own). {@code clients.<client-id>} raises or lowers one client's
 * budget: the platform's backend posts for every athlete and gets a larger one.
 */
@ConfigMapping(prefix = "stride.rate-limit")
public interface RateLimits {

    /** Off only where the service itself is measured (benchmarks), never in production. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per window of a client acting for one subject. */
    @WithDefault("600")
    int requests();

    @WithDefault("60s")
    Duration window();

    /** Budgets that differ from {@link #requests()}, by the token's {@code azp}. */
    Map<String, Integer> clients();

    default int requestsOf(String client) {
        return clients().getOrDefault(client, requests());
    }
}
