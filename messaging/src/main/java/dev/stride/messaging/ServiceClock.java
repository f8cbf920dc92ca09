package dev.stride.messaging;

import java.time.Clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one source of "now" in a service: whatever dates a set, bounds a request or stamps a change
 * injects {@link Clock}. The system's clock in UTC, unless another {@code Clock} bean replaces it
 * (the tests' pinned one).
 */
@Singleton
public class ServiceClock {
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
