package dev.stride.progress.streak;

import static dev.stride.progress.fixtures.SetRecords.record;
import static dev.stride.progress.fixtures.SetRecords.set;
import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.stride.testing.PinnedClock;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

/**
 * Two seconds apart across the athlete's midnight are two days, and "today" is the service's
 * clock in the athlete's zone: pinned by the tests, so this holds whatever the machine's clock says.
 */
@QuarkusTest
class MidnightTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void setsEitherSideOfLocalMidnightLandOnTwoDays() {
        String athlete = "midnight-" + UUID.randomUUID();
        UUID squat = UUID.randomUUID();
        LocalDate today = PinnedClock.today(LOS_ANGELES);
        LocalDate yesterday = today.minusDays(1);
        String beforeMidnight = yesterday.atTime(23, 59, 59).atZone(LOS_ANGELES).toOffsetDateTime().toString();
        String afterMidnight = today.atTime(0, 0, 1).atZone(LOS_ANGELES).toOffsetDateTime().toString();
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            companion.produce(String.class, byte[].class).fromRecords(List.of(
                    record(set(athlete + "-1", athlete, squat, beforeMidnight, LOS_ANGELES.getId(), 5, 60.0, null, null)),
                    record(set(athlete + "-2", athlete, squat, afterMidnight, LOS_ANGELES.getId(), 5, 60.0, null, null))))
                    .awaitCompletion();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asPlatform()
                .get("/athletes/{id}/volume?from={from}&to={to}&bucket=day", athlete, yesterday.toString(), today.toString())
                .then().statusCode(200)
                .body("buckets.start", equalTo(List.of(yesterday.toString(), today.toString())))
                .body("buckets.total.sets", equalTo(List.of(1, 1))));
        asPlatform().get("/athletes/{id}/streaks", athlete).then().statusCode(200)
                .body("today", equalTo(today.toString()))
                .body("lastActiveDay", equalTo(today.toString()))
                .body("daily.current", equalTo(2));
    }
}
