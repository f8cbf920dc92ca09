package dev.stride.progress.sets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IngestionPaceTest {

    @Test
    void smallPollsAreNoBacklog() {
        IngestionPace pace = new IngestionPace();
        pace.polled(0);
        pace.polled(999);
        assertFalse(pace.catchingUp());
    }

    @Test
    void aLargePollMeansCatchingUp() {
        IngestionPace pace = new IngestionPace();
        pace.polled(5_000);
        assertTrue(pace.catchingUp());
    }
}
