package dev.stride.catalog.exercise;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Creates, changes and retires exercises; each change is published in the same transaction. */
@ApplicationScoped
public class ExerciseService {
    private final ExercisePublisher publisher;
    private final Clock clock;

    ExerciseService(ExercisePublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    public Optional<Exercise> findExercise(String idOrSlug) {
        return ExerciseIds.parseId(idOrSlug)
                .map(id -> Exercise.<Exercise>findByIdOptional(id))
                .orElseGet(() -> Exercise.find("slug", idOrSlug).firstResultOptional());
    }

    @Transactional
    public Exercise createExercise(ExerciseRequest request) {
        return create(UUID.randomUUID(), request);
    }

    /** Creates the exercise under {@code id} unless that id or its slug is already taken; for the seed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean createIfAbsent(UUID id, ExerciseRequest request) {
        if (Exercise.findByIdOptional(id).isPresent() || Exercise.count("slug", slugOf(request)) > 0) {
            return false;
        }
        create(id, request);
        return true;
    }

    @Transactional
    public Exercise updateExercise(UUID id, VersionTag expected, ExerciseRequest request) {
        Exercise exercise = lockForChange(id, expected);
        String slug = slugOf(request);
        ensureSlugFree(slug, id);
        exercise.apply(request, slug);
        exercise.changedAt(now());
        publisher.publish(exercise);
        return exercise;
    }

    /** Retires the exercise; plans and history still point at it. Retiring twice changes nothing. */
    @Transactional
    public Exercise retireExercise(UUID id, VersionTag expected) {
        Exercise exercise = lockForChange(id, expected);
        if (exercise.status != ExerciseStatus.RETIRED) {
            exercise.status = ExerciseStatus.RETIRED;
            exercise.changedAt(now());
            publisher.publish(exercise);
        }
        return exercise;
    }

    private Exercise create(UUID id, ExerciseRequest request) {
        String slug = slugOf(request);
        ensureSlugFree(slug, id);
        Exercise exercise = new Exercise();
        exercise.id = id;
        exercise.status = ExerciseStatus.ACTIVE;
        exercise.apply(request, slug);
        exercise.changedAt(now());
        exercise.persist();
        publisher.publish(exercise);
        return exercise;
    }

    private Exercise lockForChange(UUID id, VersionTag expected) {
        Exercise exercise = Exercise.<Exercise>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Exercise", id));
        if (!expected.matches(exercise.version)) {
            throw new ProblemException(412, "version-mismatch", "Precondition Failed",
                    "Exercise " + id + " is at version " + exercise.version + "; fetch it again and retry");
        }
        return exercise;
    }

    private static void ensureSlugFree(String slug, UUID id) {
        if (Exercise.count("slug = ?1 and id <> ?2", slug, id) > 0) {
            throw ProblemException.conflict("slug-taken", "The slug " + slug + " is already used by another exercise");
        }
    }

    private static String slugOf(ExerciseRequest request) {
        String slug = request.slug() != null ? request.slug() : ExerciseIds.slugOf(request.name());
        if (slug.isEmpty()) {
            throw ProblemException.badRequest("No slug can be made from the name",
                    List.of(new Problem.FieldError("slug", "must be given when the name has no letters or digits")));
        }
        return slug;
    }

    /** Microseconds, as PostgreSQL stores them, so that the event and the row say the same time. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
