package dev.stride.webhook.delivery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How deliveries are made and retried. */
@ConfigMapping(prefix = "stride.webhooks.delivery")
public interface DeliverySettings {
    /** An endpoint that has not answered with a status by then has failed this attempt. */
    @WithDefault("10s")
    Duration timeout();

    /** The first retry comes this long after a failure (±jitter), each next one {@link #backoffFactor()} times later. */
    @WithDefault("10s")
    Duration firstRetry();

    @WithDefault("3")
    int backoffFactor();

    /** No two attempts further apart than this. */
    @WithDefault("12h")
    Duration longestRetry();

    /** Each pause is stretched or shrunk by up to this fraction at random, so that failed endpoints are not retried in step. */
    @WithDefault("0.2")
    double jitter();

    /** A delivery not made this long after its event is given up. */
    @WithDefault("72h")
    Duration retryFor();

    /** An endpoint without a single success for this long is disabled, with the reason. */
    @WithDefault("120h")
    Duration disableAfter();

    /**
     * How long one instance holds an endpoint it is delivering to before another may take it over:
     * longer than a round can last (a batch of one athlete, each send bounded by twice the timeout).
     */
    @WithDefault("15m")
    Duration lease();

    /** How often the dispatcher looks for due deliveries when nothing wakes it. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Endpoints delivered to at once by one instance. */
    @WithDefault("256")
    int endpointsInFlight();

    /** Deliveries taken for one endpoint at a time; an athlete's go one after the other, different athletes' side by side. */
    @WithDefault("32")
    int batchSize();

    /** Bytes of an endpoint's response read (then the connection is dropped): only the status matters. */
    @WithDefault("65536")
    int responseBytes();
}
