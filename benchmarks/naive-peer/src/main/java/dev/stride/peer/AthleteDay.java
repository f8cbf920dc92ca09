package dev.stride.peer;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** An athlete's day in their own time zone. */
@Embeddable
public record AthleteDay(String athleteId, LocalDate localDay) {
}
