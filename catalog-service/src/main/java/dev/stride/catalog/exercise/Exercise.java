package dev.stride.catalog.exercise;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Difficulty;
import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExerciseLink;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Laterality;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.contracts.exercise.Prescription;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One exercise of the catalog; its version grows with every change and it is retired, never deleted. */
@Entity
@Table(name = "exercise")
public class Exercise extends PanacheEntityBase {
    @Id
    public UUID id;
    public String slug;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> aliases;
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> instructions;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> cues;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "safety_notes")
    public List<String> safetyNotes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "primary_muscles")
    public List<Muscle> primaryMuscles;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "secondary_muscles")
    public List<Muscle> secondaryMuscles;
    @Enumerated(EnumType.STRING)
    public Category category;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Equipment> equipment;
    @Enumerated(EnumType.STRING)
    public Laterality laterality;
    @Enumerated(EnumType.STRING)
    public Measurement measurement;
    @JdbcTypeCode(SqlTypes.JSON)
    public Prescription prescription;
    @Enumerated(EnumType.STRING)
    public Difficulty difficulty;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ExerciseLink> progressions;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ExerciseLink> regressions;
    @Column(name = "runner_benefits")
    public String runnerBenefits;
    public String notes;
    @Enumerated(EnumType.STRING)
    public ExerciseStatus status;
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** {@link #toPublished()} as JSON, refreshed with every change; lists are served from it. */
    public String document;

    /** The full current state, as published and as served. */
    public ExercisePublished toPublished() {
        return new ExercisePublished(id, version, slug, name, aliases, summary, instructions, cues, safetyNotes,
                primaryMuscles, secondaryMuscles, category, equipment, laterality, measurement, prescription,
                difficulty, progressions, regressions, runnerBenefits, notes, status, createdAt, updatedAt);
    }

    /** Takes every field a client controls from the request; id, status, version and times stay. */
    void apply(ExerciseRequest request, String newSlug) {
        slug = newSlug;
        name = request.name();
        aliases = listOf(request.aliases());
        summary = request.summary();
        instructions = listOf(request.instructions());
        cues = listOf(request.cues());
        safetyNotes = listOf(request.safetyNotes());
        primaryMuscles = listOf(request.primaryMuscles());
        secondaryMuscles = listOf(request.secondaryMuscles());
        category = request.category();
        equipment = listOf(request.equipment());
        laterality = request.laterality();
        measurement = request.measurement();
        prescription = request.prescription().toPrescription();
        difficulty = request.difficulty();
        progressions = listOf(request.progressions());
        regressions = listOf(request.regressions());
        runnerBenefits = request.runnerBenefits();
        notes = request.notes();
    }

    /** Records a change: a new version at {@code now}. */
    void changedAt(Instant now) {
        version++;
        createdAt = createdAt == null ? now : createdAt;
        updatedAt = now;
        document = json(toPublished());
    }

    private static String json(ExercisePublished state) {
        try {
            return EventJson.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Exercise " + state.id() + " cannot be written as JSON", e);
        }
    }

    private static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
