package dev.stride.catalog.exercise;

import java.util.UUID;

import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Puts an exercise's full new state on exercise-definitions, in the caller's transaction. */
@ApplicationScoped
class ExercisePublisher {
    private static final long PUBLISH_LOCK = 0x5374726964654345L;

    private final Outbox outbox;
    private final EntityManager entityManager;

    ExercisePublisher(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    void publish(Exercise exercise) {
        commitOutboxRowsInIdOrder();
        outbox.enqueue(Topics.EXERCISE_DEFINITIONS, exercise.id.toString(), UUID.randomUUID().toString(),
                ExercisePublished.TYPE, exercise.updatedAt, exercise.toPublished());
    }

    /**
     * The relay deletes every row up to the last id it sent. A row that got a lower id but committed
     * after the relay's read would be deleted unsent, so publishing transactions take turns from
     * taking an outbox id to their commit; then a visible id means every lower id is visible too.
     */
    private void commitOutboxRowsInIdOrder() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", PUBLISH_LOCK)
                .getSingleResult();
    }
}
