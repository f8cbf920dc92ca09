package dev.stride.webhook.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

/** The default schedule, worked out by hand: 10 s, then three times longer each time, never over 12 h, for 72 h. */
class RetryScheduleTest {
    private static final DeliverySettings DEFAULTS = new SmallRyeConfigBuilder()
            .withConverter(Duration.class, 100, new DurationConverter()).withMapping(DeliverySettings.class).build()
            .getConfigMapping(DeliverySettings.class);
    private static final Instant EVENT = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void pausesGrowThreefoldFromTenSecondsUpToTwelveHours() {
        RetrySchedule schedule = new RetrySchedule(DEFAULTS, () -> 0.5);
        long[] seconds = {10, 30, 90, 270, 810, 2430, 7290, 21870, 43200, 43200};
        for (int failures = 1; failures <= seconds.length; failures++) {
            assertEquals(Duration.ofSeconds(seconds[failures - 1]), schedule.pause(failures), "after failure " + failures);
        }
    }

    @Test
    void retriesLastAboutThreeDaysThenGiveUp() {
        RetrySchedule schedule = new RetrySchedule(DEFAULTS, () -> 0.5);
        Instant now = EVENT;
        int attempts = 1;
        Optional<Instant> next = schedule.next(attempts, now, EVENT);
        while (next.isPresent()) {
            now = next.get();
            attempts++;
            next = schedule.next(attempts, now, EVENT);
        }
        // 10 s + 30 s + … + 21,870 s = 32,800 s (9 h 6 min 40 s), then every 12 h until 72 h after the event: 5 more.
        assertEquals(14, attempts);
        assertEquals(EVENT.plusSeconds(32_800).plus(Duration.ofHours(60)), now);
    }

    @Test
    void jitterStretchesOrShrinksEachPauseByAtMostAFifth() {
        Instant now = EVENT.plusSeconds(100);
        assertEquals(now.plusSeconds(72), new RetrySchedule(DEFAULTS, () -> 0.0).after(3, now));
        assertEquals(now.plusSeconds(90), new RetrySchedule(DEFAULTS, () -> 0.5).after(3, now));
        Instant latest = new RetrySchedule(DEFAULTS, () -> 0.999_999).after(3, now);
        assertTrue(!latest.isAfter(now.plusSeconds(108)) && latest.isAfter(now.plusSeconds(107)), latest.toString());
    }
}
