package dev.stride.progress.adherence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Prescribed versus completed sets per plan week and exercise. */
public record AdherenceView(String athleteId, UUID planId, long planVersion, boolean cancelled,
                            long prescribedSets, long completedSets, List<Week> weeks) {

    /** A plan week (from the plan's start date, seven days each). */
    public record Week(int week, LocalDate start, LocalDate end, long prescribedSets, long completedSets,
                       List<Exercise> exercises) {
    }

    /** One exercise of a plan week; {@code completedSets} counts every set of it done that week. */
    public record Exercise(UUID exerciseId, long prescribedSets, long completedSets) {
    }
}
