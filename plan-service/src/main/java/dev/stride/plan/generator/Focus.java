package dev.stride.plan.generator;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.stride.contracts.exercise.Muscle;

/**
 * What the athlete wants more of: a goal ({@code HIP_STABILITY}, {@code ANKLE_STRENGTH},
 * {@code POWER}, one of the body areas) or a single muscle ({@code HAMSTRINGS}).
 * {@code plyometric} goals are met by plyometric exercises, the others by primary muscles.
 */
public record Focus(String name, Set<Muscle> muscles, boolean plyometric) {

    private static final Map<String, Focus> GOALS = Map.of(
            "HIP_STABILITY", new Focus("HIP_STABILITY", EnumSet.of(Muscle.GLUTES, Muscle.HIP_ABDUCTORS, Muscle.HIP_ADDUCTORS), false),
            "ANKLE_STRENGTH", new Focus("ANKLE_STRENGTH", EnumSet.of(Muscle.CALVES, Muscle.TIBIALIS, Muscle.ANKLES_AND_FEET), false),
            "POWER", new Focus("POWER", EnumSet.noneOf(Muscle.class), true));

    public static Optional<Focus> parse(String text) {
        String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (GOALS.containsKey(name)) {
            return Optional.of(GOALS.get(name));
        }
        for (BodyArea area : BodyArea.values()) {
            if (area.name().equals(name)) {
                return Optional.of(new Focus(name, area.muscles(), false));
            }
        }
        for (Muscle muscle : Muscle.values()) {
            if (muscle.name().equals(name)) {
                return Optional.of(new Focus(name, EnumSet.of(muscle), false));
            }
        }
        return Optional.empty();
    }
}
