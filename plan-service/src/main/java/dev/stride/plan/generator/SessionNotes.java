package dev.stride.plan.generator;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The rationale and contents lines of sessions: only what is true of the dated schedule. */
public final class SessionNotes {
    static final String RULES_KEPT = "Kept: at least 48 h between strength sessions, none on the day before a long or hard run.";

    private SessionNotes() {
    }

    /** {@code sessions} by date, each given its rationale from its day and the session before it (a skipped one does not count). */
    public static List<ScheduledSession> datedRationales(PlanSpec spec, List<ScheduledSession> sessions) {
        List<ScheduledSession> explained = new ArrayList<>();
        LocalDate previous = null;
        for (ScheduledSession s : sessions) {
            explained.add(s.withRationale(rationale(spec, s.date(), previous)));
            previous = s.skipped() ? previous : s.date();
        }
        return explained;
    }

    static String rationale(PlanSpec spec, LocalDate date, LocalDate previous) {
        String gap = previous == null ? "The plan's first strength session."
                : ChronoUnit.DAYS.between(previous, date) * 24 + " h after the previous strength session ("
                        + previous.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + previous + ").";
        return TrainingDays.reason(spec, date.getDayOfWeek()) + " " + gap + " " + RULES_KEPT;
    }

    /** What the session trains, whether it deloads or holds doses back, and how much of the time it uses. */
    static String contents(PlanSpec spec, Set<BodyArea> areas, SessionFill.Filled filled, boolean deload, boolean heldBack) {
        StringBuilder text = new StringBuilder(trains(spec, areas));
        if (heldBack) {
            text.append("Doses held back a step where the next would not fit the ").append(spec.minutesPerSession()).append(" min. ");
        }
        int minutes = SessionTime.minutes(filled.exercises());
        String of = minutes + " of the " + spec.minutesPerSession() + " min";
        if (filled.belowShare()) {
            text.append("The catalog has too few exercises for this level and equipment to fill ")
                    .append(deload ? "the " + spec.minutesPerSession() + " min even before the deload" : "more than " + of).append(". ");
        }
        if (deload) {
            return text.append("Deload week: about 40 % fewer sets, the same reps and holds: ").append(of).append(".").toString();
        }
        return filled.belowShare() ? text.toString().trim() : text.append("About ").append(of).append(".").toString();
    }

    private static String trains(PlanSpec spec, Set<BodyArea> areas) {
        StringBuilder text = new StringBuilder("Trains ").append(names(areas));
        Set<BodyArea> missing = EnumSet.complementOf(EnumSet.copyOf(areas));
        if (!missing.isEmpty()) {
            text.append(" but not ").append(names(missing)).append(": nothing left in the catalog fits");
        }
        if (!spec.focusAreas().isEmpty()) {
            text.append(", with ").append(spec.focusAreas().stream().map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(" and "))).append(" as the focus");
        }
        return text.append(". ").toString();
    }

    private static String names(Set<BodyArea> areas) {
        List<String> names = areas.stream().map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList();
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
