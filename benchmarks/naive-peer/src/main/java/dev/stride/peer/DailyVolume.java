package dev.stride.peer;

import java.math.BigDecimal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** The volume of an athlete's local day: the sum of the sets counted and not withdrawn. */
@Entity
public class DailyVolume extends PanacheEntityBase {
    @EmbeddedId
    public AthleteDay id;
    public long sets;
    public long reps;
    @Column(columnDefinition = "numeric")
    public BigDecimal tonnageKg = BigDecimal.ZERO;
    public long holdSeconds;
    @Column(columnDefinition = "numeric")
    public BigDecimal distanceMeters = BigDecimal.ZERO;

    static void add(StoredSet set) {
        of(set).change(set, 1);
    }

    static void subtract(StoredSet set) {
        of(set).change(set, -1);
    }

    private static DailyVolume of(StoredSet set) {
        AthleteDay day = new AthleteDay(set.athleteId, set.localDay);
        DailyVolume volume = findById(day);
        if (volume == null) {
            volume = new DailyVolume();
            volume.id = day;
            volume.persist();
        }
        return volume;
    }

    private void change(StoredSet set, int sign) {
        sets += sign;
        reps += sign * set.reps;
        tonnageKg = tonnageKg.add(set.tonnageKg.multiply(BigDecimal.valueOf(sign)));
        holdSeconds += sign * set.holdSeconds;
        distanceMeters = distanceMeters.add(set.distanceMeters.multiply(BigDecimal.valueOf(sign)));
    }
}
