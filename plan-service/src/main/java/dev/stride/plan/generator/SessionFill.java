package dev.stride.plan.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.stride.contracts.exercise.ExercisePublished;

/**
 * Fills a session towards the minutes given and never past them: first more sets of its core
 * exercises (up to the article's top), then the extras in order, then more sets of those. A
 * deload week is filled so, then cuts every exercise's sets by about 40 %. {@code belowShare}
 * says that a week that is no deload still stays under 80 % of the minutes.
 */
final class SessionFill {
    static final double SHARE = 0.8;

    private final List<ExercisePublished> exercises = new ArrayList<>();
    private final List<Prescribed> progressed = new ArrayList<>();
    private final List<Prescribed> doses = new ArrayList<>();
    private final int limit;
    private final int target;

    private SessionFill(int minutes) {
        this.limit = minutes * 60;
        this.target = (int) Math.ceil(SHARE * limit);
    }

    record Filled(List<Prescribed> exercises, boolean belowShare) {
    }

    static Filled fill(SessionComposer.Choice choice, Function<ExercisePublished, Prescribed> dose, int minutes, boolean deload) {
        SessionFill fill = new SessionFill(minutes);
        choice.core().forEach(e -> fill.add(e, dose.apply(e)));
        fill.raiseSets();
        for (ExercisePublished extra : choice.extras()) {
            fill.addIfItFits(extra, dose.apply(extra));
        }
        fill.raiseSets();
        boolean belowShare = fill.seconds() < fill.target;
        List<Prescribed> ordered = fill.ordered();
        return new Filled(deload ? ordered.stream().map(Dosing::deload).toList() : ordered, belowShare);
    }

    static int seconds(List<Prescribed> exercises) {
        return exercises.stream().mapToInt(SessionTime::seconds).sum();
    }

    /** An extra at its progression step, or else with the article's fewest sets, if the session is short and it fits. */
    private void addIfItFits(ExercisePublished extra, Prescribed atStep) {
        int fewest = extra.prescription().setsMin();
        for (Prescribed p : List.of(atStep, atStep.withSets(fewest, atStep.why() + " " + DoseNotes.fewestSets(fewest)))) {
            if (seconds() < target && seconds() + SessionTime.seconds(p) <= limit) {
                add(extra, p);
                return;
            }
        }
    }

    private void add(ExercisePublished e, Prescribed p) {
        exercises.add(e);
        progressed.add(p);
        doses.add(p);
    }

    /** One set at a time, round the session, so that added volume spreads evenly. */
    private void raiseSets() {
        boolean raised = true;
        while (raised && seconds() < target) {
            raised = false;
            for (int i = 0; i < doses.size() && seconds() < target; i++) {
                Prescribed p = doses.get(i);
                int max = Dosing.maxSets(exercises.get(i));
                Prescribed more = p.withSets(p.sets() + 1, progressed.get(i).why() + " " + DoseNotes.extraSets(p.sets() + 1, max));
                if (p.sets() < max && seconds() - SessionTime.seconds(p) + SessionTime.seconds(more) <= limit) {
                    doses.set(i, more);
                    raised = true;
                }
            }
        }
    }

    private int seconds() {
        return seconds(doses);
    }

    private List<Prescribed> ordered() {
        return doses.stream().sorted(Comparator.comparing(Prescribed::category, Candidates.SESSION_ORDER)).toList();
    }
}
