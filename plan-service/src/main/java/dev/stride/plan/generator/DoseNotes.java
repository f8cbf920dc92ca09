package dev.stride.plan.generator;

import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.Measurement;

/** Why an exercise has its dose this week, in the words a coach would write beside it. */
final class DoseNotes {
    private DoseNotes() {
    }

    static String progression(ExercisePublished e, int step, int sets, int amount, Double loadKg) {
        int[] range = Dosing.range(e);
        String opening = "Progression step " + (step + 1) + ": ";
        if (amount < range[1]) {
            return opening + amount + " " + unit(e) + " of the article's " + span(range) + ", climbing towards " + range[1] + ".";
        }
        String top = "the top of the article's " + span(range) + " " + unit(e);
        if (loadKg != null) {
            return opening + top + " and sets reached: " + loadKg + " kg added.";
        }
        if (amount > range[1]) {
            return opening + top + " and sets reached: holds " + amount + " s, 5 s longer a step.";
        }
        return opening + top + "; " + sets + " of its " + e.prescription().setsMin() + "–" + Dosing.maxSets(e) + " sets.";
    }

    static String deload(Prescribed p, int sets) {
        String kept = p.reps() != null ? "reps" : p.holdSeconds() != null ? "holds" : "distance";
        return "Deload (every 4th week): " + sets + (sets == 1 ? " set" : " sets") + " instead of " + p.sets() + ", the same "
                + kept + (p.loadKg() == null ? "" : " and load") + ", so the body absorbs the three weeks before.";
    }

    static String extraSets(int sets, int max) {
        return sets + " sets (the article allows up to " + max + ") to use the time given.";
    }

    static String fewestSets(int sets) {
        return sets + (sets == 1 ? " set" : " sets") + ", the article's fewest, so that it fits the time given.";
    }

    private static String span(int[] range) {
        return range[0] == range[1] ? String.valueOf(range[0]) : range[0] + "–" + range[1];
    }

    private static String unit(ExercisePublished e) {
        String unit = Dosing.isHeld(e.measurement()) ? "s hold" : e.measurement() == Measurement.DISTANCE_METERS ? "m" : "reps";
        return Dosing.perSide(e) ? unit + " per side" : unit;
    }
}
