package dev.stride.catalog.exercise;

import java.util.UUID;

import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Puts an exercise's full new state on exercise-definitions, in the caller's transaction. */
@ApplicationScoped
class ExercisePublisher {
    private final Outbox outbox;

    ExercisePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(Exercise exercise) {
        outbox.enqueue(Topics.EXERCISE_DEFINITIONS, exercise.id.toString(), UUID.randomUUID().toString(),
                ExercisePublished.TYPE, exercise.updatedAt, exercise.toPublished());
    }
}
