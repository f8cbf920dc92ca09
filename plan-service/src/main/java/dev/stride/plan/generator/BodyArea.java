package dev.stride.plan.generator;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import dev.stride.contracts.exercise.Muscle;

/** The four areas every week of a runner's strength plan balances. */
public enum BodyArea {
    HIPS_AND_GLUTES(EnumSet.of(Muscle.GLUTES, Muscle.HIP_ABDUCTORS, Muscle.HIP_ADDUCTORS, Muscle.HIP_FLEXORS)),
    POSTERIOR_CHAIN(EnumSet.of(Muscle.HAMSTRINGS, Muscle.LOWER_BACK)),
    CORE(EnumSet.of(Muscle.ABDOMINALS, Muscle.OBLIQUES, Muscle.LOWER_BACK)),
    FEET_AND_ANKLES(EnumSet.of(Muscle.CALVES, Muscle.TIBIALIS, Muscle.ANKLES_AND_FEET));

    private final Set<Muscle> muscles;

    BodyArea(Set<Muscle> muscles) {
        this.muscles = muscles;
    }

    public Set<Muscle> muscles() {
        return muscles;
    }

    private static final BodyArea[] ALL = values();

    /** The areas that primary muscles {@code primary} train; a loop, as it runs for every candidate. */
    public static Set<BodyArea> trainedBy(Collection<Muscle> primary) {
        Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
        for (Muscle muscle : primary) {
            for (BodyArea area : ALL) {
                if (area.muscles.contains(muscle)) {
                    areas.add(area);
                }
            }
        }
        return areas;
    }
}
