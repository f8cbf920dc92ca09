package dev.stride.peer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.Side;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A counted set, by its event id: what it adds to its athlete's local day, and whether a void withdrew it. */
@Entity
public class StoredSet extends PanacheEntityBase {
    @Id
    public String eventId;
    public String athleteId;
    public LocalDate localDay;
    public long reps;
    @Column(columnDefinition = "numeric")
    public BigDecimal tonnageKg;
    public long holdSeconds;
    @Column(columnDefinition = "numeric")
    public BigDecimal distanceMeters;
    public boolean voided;

    /** Reps, hold and distance as performed: a set on both sides counts them twice; tonnage is reps x load. */
    static StoredSet of(SetCompleted set) {
        int sides = set.side() == Side.BOTH ? 2 : 1;
        StoredSet stored = new StoredSet();
        stored.eventId = set.eventId();
        stored.athleteId = set.athleteId();
        stored.localDay = set.completedAt().atZoneSameInstant(ZoneId.of(set.timeZone())).toLocalDate();
        stored.reps = set.reps() == null ? 0 : (long) set.reps() * sides;
        BigDecimal load = set.loadKg() == null ? BigDecimal.ZERO : BigDecimal.valueOf(set.loadKg());
        stored.tonnageKg = load.multiply(BigDecimal.valueOf(stored.reps));
        stored.holdSeconds = set.durationSeconds() == null ? 0 : (long) set.durationSeconds() * sides;
        BigDecimal distance = set.distanceMeters() == null ? BigDecimal.ZERO : BigDecimal.valueOf(set.distanceMeters());
        stored.distanceMeters = distance.multiply(BigDecimal.valueOf(sides));
        return stored;
    }
}
