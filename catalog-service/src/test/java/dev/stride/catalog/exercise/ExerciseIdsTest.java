package dev.stride.catalog.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ExerciseIdsTest {

    @Test
    void derivesTheSameIdFromTheSameSlugOnly() {
        assertEquals(ExerciseIds.fromSlug("clamshell"), ExerciseIds.fromSlug("clamshell"));
        assertNotEquals(ExerciseIds.fromSlug("clamshell"), ExerciseIds.fromSlug("clamshells"));
        assertEquals(3, ExerciseIds.fromSlug("clamshell").version());
    }

    @Test
    void makesSlugsFromNames() {
        assertEquals("lower-body-twist-russian", ExerciseIds.slugOf("Lower-Body Twist (Russian)"));
        assertEquals("cote-step-up", ExerciseIds.slugOf("  Côte   step-up! "));
        assertEquals("", ExerciseIds.slugOf("!!!"));
        assertEquals(80, ExerciseIds.slugOf("a".repeat(100)).length());
    }

    @Test
    void tellsIdsFromSlugs() {
        UUID id = UUID.randomUUID();
        assertEquals(Optional.of(id), ExerciseIds.parseId(id.toString()));
        assertFalse(ExerciseIds.parseId("single-leg-deadlift").isPresent());
        assertFalse(ExerciseIds.parseId("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz").isPresent());
    }

    @Test
    void readsIfMatchLikeAnETag() {
        assertTrue(VersionTag.parse("\"3\"").matches(3));
        assertTrue(VersionTag.parse("W/\"3\"").matches(3));
        assertTrue(VersionTag.parse("3").matches(3));
        assertTrue(VersionTag.parse("*").matches(17));
        assertFalse(VersionTag.parse("\"3\"").matches(4));
        assertFalse(VersionTag.parse("\"abc\"").matches(1));
    }
}
