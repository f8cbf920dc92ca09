package dev.stride.catalog.seed;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.catalog.exercise.ExerciseIds;
import dev.stride.catalog.exercise.ExerciseRequest;
import dev.stride.catalog.exercise.ExerciseService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;

/**
 * Loads the first catalog (the exercises of the article) at startup. Idempotent: each seeded
 * exercise has an id derived from its slug and is created only if absent, so a restart, a second
 * instance or a seed exercise changed since then is left alone. Creations are published like any other.
 */
@ApplicationScoped
public class SeedLoader {
    static final String RESOURCE = "seed/exercises.json";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final long SEED_LOCK = 0x53747269646553L;

    private final ExerciseService exercises;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Validator validator;

    SeedLoader(ExerciseService exercises, EntityManager entityManager, ObjectMapper mapper, Validator validator) {
        this.exercises = exercises;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.validator = validator;
    }

    void onStart(@Observes StartupEvent event) {
        int created = load();
        if (created > 0) {
            LOG.infof("Seeded the catalog with %d exercise(s)", created);
        }
    }

    /** Creates the seed exercises that do not exist yet; returns how many it created. */
    @Transactional
    public int load() {
        List<ExerciseRequest> seed = SeedFile.read(mapper, RESOURCE);
        seed.forEach(this::ensureValid);
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", SEED_LOCK)
                .getSingleResult();
        int created = 0;
        for (ExerciseRequest request : seed) {
            created += exercises.createIfAbsent(ExerciseIds.fromSlug(request.slug()), request) ? 1 : 0;
        }
        return created;
    }

    private void ensureValid(ExerciseRequest request) {
        Set<ConstraintViolation<ExerciseRequest>> violations = validator.validate(request);
        if (request.slug() == null || !violations.isEmpty()) {
            throw new IllegalStateException("Seed exercise " + request.name() + " is invalid: slug " + request.slug() + ", "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining(", ")));
        }
    }
}
