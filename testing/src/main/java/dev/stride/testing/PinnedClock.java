package dev.stride.testing;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * "Now" in every {@code @QuarkusTest}, for the service and the test alike: {@link #START} at the
 * moment the JVM started, ticking from there, whatever the machine's clock says, so that no run
 * depends on the day or the hour it runs. It replaces the services' {@code ServiceClock}. Anchored
 * at the JVM's start rather than at class loading, so that the test's classloader and Quarkus'
 * read the same instant.
 */
@Singleton
public class PinnedClock {
    /** A Wednesday, at noon UTC: hours before the date changes anywhere from UTC-11 to UTC+10. */
    public static final Instant START = Instant.parse("2026-12-02T12:00:00Z");
    private static final Clock CLOCK = Clock.offset(Clock.systemUTC(),
            Duration.between(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), START));

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    /** Today in UTC. */
    public static LocalDate today() {
        return today(ZoneOffset.UTC);
    }

    public static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(CLOCK.instant(), zone);
    }
}
