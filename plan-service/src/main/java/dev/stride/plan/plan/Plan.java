package dev.stride.plan.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A generated plan: the request it answers and its schedule, both as JSON; {@code version} grows with each revision. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "athlete_id", nullable = false)
    public String athleteId;

    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String request;

    @Column(nullable = false)
    public String schedule;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The last plan week whose logged sets have been reviewed (0: none yet). */
    @Column(name = "reviewed_through_week", nullable = false)
    public int reviewedThroughWeek;

    public static List<Plan> forAthlete(String athleteId) {
        return list("athleteId = ?1 order by createdAt, id", athleteId);
    }

    public enum PlanStatus {
        ACTIVE,
        CANCELLED
    }
}
