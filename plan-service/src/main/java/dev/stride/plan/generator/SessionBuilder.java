package dev.stride.plan.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stride.contracts.exercise.ExercisePublished;

/** Builds the sessions of one plan week by week: chooses a block's sessions, doses and fills each, lists alternatives. */
final class SessionBuilder {
    private final PlanSpec spec;
    private final Map<UUID, ExercisePublished> byId;
    private final SessionComposer composer;
    private final Progression progression;
    private final Function<ExercisePublished, List<ExercisePublished>> ranking;

    SessionBuilder(PlanSpec spec, List<ExercisePublished> candidates, Progression progression) {
        this.spec = spec;
        this.byId = candidates.stream().collect(Collectors.toMap(ExercisePublished::id, Function.identity()));
        this.composer = new SessionComposer(candidates, spec.focusAreas());
        this.progression = progression;
        this.ranking = Alternatives.ranking(candidates);
    }

    /** The sessions of a block, each differing from the week's earlier ones and from its own in the previous block. */
    List<SessionComposer.Choice> chooseBlock(List<Set<UUID>> previousBlock) {
        Set<UUID> thisWeek = new HashSet<>();
        List<SessionComposer.Choice> block = new ArrayList<>();
        for (Set<UUID> before : previousBlock) {
            SessionComposer.Choice choice = composer.session(new SessionComposer.Avoid(Set.copyOf(thisWeek), before));
            dosed(choice, false).filled().exercises().forEach(p -> thisWeek.add(p.exerciseId()));
            block.add(choice);
        }
        return block;
    }

    /** {@code earlierThisWeek}: exercises of the week's earlier sessions, which this one takes as extras only after the others. */
    ScheduledSession session(UUID id, int week, LocalDate date, TrainingDay day, SessionComposer.Choice choice, Set<UUID> earlierThisWeek) {
        boolean deload = PlanGenerator.isDeload(week);
        List<ExercisePublished> extras = new ArrayList<>(choice.extras());
        extras.sort(Comparator.comparing(e -> earlierThisWeek.contains(e.id())));
        Dosed dosed = dosed(new SessionComposer.Choice(choice.core(), extras), deload);
        List<Prescribed> exercises = Alternatives.listed(dosed.filled().exercises(), byId, ranking);
        String contents = SessionNotes.contents(spec, Alternatives.areas(exercises, byId), dosed.filled(), deload, dosed.heldBack() > 0);
        return new ScheduledSession(id, week, date, deload, false, day.rationale(), contents, SessionTime.minutes(exercises),
                exercises, List.of());
    }

    void weekDone(int week, List<ScheduledSession> sessions) {
        if (!PlanGenerator.isDeload(week)) {
            progression.trained(sessions.stream().flatMap(s -> s.exercises().stream()).map(Prescribed::exerciseId).toList());
        }
    }

    private record Dosed(SessionFill.Filled filled, int heldBack) {
    }

    /** Doses at each exercise's step, held back a step at a time while the core alone would not fit. */
    private Dosed dosed(SessionComposer.Choice choice, boolean deload) {
        int limit = spec.minutesPerSession() * 60;
        for (int held = 0; ; held++) {
            int back = held;
            Function<ExercisePublished, Prescribed> dose = e -> Dosing.dose(e,
                    Math.max(0, progression.step(e.id(), deload) - back), spec.equipment());
            List<Prescribed> core = choice.core().stream().map(dose).toList();
            boolean lowest = core.stream().allMatch(p -> p.step() == 0);
            if (SessionFill.seconds(core) <= limit) {
                return new Dosed(SessionFill.fill(choice, dose, spec.minutesPerSession(), deload), held);
            }
            if (lowest) {
                throw new PlanRuleBroken("session-fits-minutes", "Covering hips and glutes, posterior chain, core and feet and ankles takes "
                        + SessionTime.minutes(core) + " min at the lowest dose, more than the " + spec.minutesPerSession() + " min given");
            }
        }
    }
}
