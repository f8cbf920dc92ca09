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
    private static final Duration SINCE_JVM_START =
            Duration.between(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), START);
    /** How far {@link #advance} has moved "now" on: shared by the test's classloader and Quarkus' through a system property. */
    private static final String ADVANCED = "stride-test-clock.advanced-ms";
    private static final Clock CLOCK = new Advancing(ZoneOffset.UTC);

    /** The pinned instant, moved on by {@link #advance}, seen from {@code zone}. */
    private static final class Advancing extends Clock {
        private final ZoneId zone;

        Advancing(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Advancing(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(SINCE_JVM_START).plusMillis(Long.getLong(ADVANCED, 0));
        }
    }

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    /**
     * Moves "now" on by {@code duration} for the rest of the JVM, for tests of what happens after hours or days
     * (retries, expiries). Only forward: every other test's "now" stays a moment it has not seen yet.
     */
    public static void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward");
        }
        synchronized (System.getProperties()) {
            System.setProperty(ADVANCED, String.valueOf(Long.getLong(ADVANCED, 0) + duration.toMillis()));
        }
    }

    /** Today in UTC. */
    public static LocalDate today() {
        return today(ZoneOffset.UTC);
    }

    public static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(CLOCK.instant(), zone);
    }
}
