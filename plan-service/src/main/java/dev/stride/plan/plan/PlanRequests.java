package dev.stride.plan.plan;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.stride.contracts.exercise.Equipment;
import dev.stride.plan.generator.Experience;
import dev.stride.plan.generator.Focus;
import dev.stride.plan.generator.PlanSpec;
import dev.stride.plan.generator.RunDay;
import dev.stride.problem.Problem.FieldError;
import dev.stride.problem.ProblemException;

/** Checks a plan request field by field and turns it into the generator's {@link PlanSpec}. */
public final class PlanRequests {
    private static final Pattern ATHLETE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private PlanRequests() {
    }

    /** The spec, or a 400 naming every invalid field. */
    public static PlanSpec toSpec(PlanRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.athleteId() == null || !ATHLETE_ID.matcher(r.athleteId()).matches()) {
            errors.add(new FieldError("athleteId", "must be 1-64 letters, digits or . _ : -"));
        }
        if (r.startDate() == null) {
            errors.add(new FieldError("startDate", "is required (YYYY-MM-DD)"));
        }
        range(errors, "weeks", r.weeks(), 1, 24);
        range(errors, "sessionsPerWeek", r.sessionsPerWeek(), 1, 3);
        range(errors, "minutesPerSession", r.minutesPerSession(), 15, 90);
        zone(r.timeZone()).ifPresentOrElse(zone -> { }, () -> errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin")));
        Map<DayOfWeek, RunDay> week = runningWeek(r.runningWeek(), errors);
        Experience experience = parse(Experience.class, r.experience(), "experience", errors);
        List<Focus> focus = focusAreas(r.focusAreas(), errors);
        Set<Equipment> equipment = equipment(r.equipment(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " field(s) are invalid", errors);
        }
        return new PlanSpec(r.startDate(), r.weeks(), r.sessionsPerWeek(), week, experience, focus, equipment, r.minutesPerSession());
    }

    public static Optional<ZoneId> zone(String name) {
        if (name == null || !ZoneId.getAvailableZoneIds().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(name));
    }

    private static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
        }
    }

    private static Map<DayOfWeek, RunDay> runningWeek(Map<String, String> days, List<FieldError> errors) {
        Map<DayOfWeek, RunDay> week = new EnumMap<>(DayOfWeek.class);
        if (days == null) {
            errors.add(new FieldError("runningWeek", "is required: each weekday's run, REST, EASY, LONG or HARD"));
            return week;
        }
        days.forEach((day, run) -> {
            DayOfWeek weekday = parse(DayOfWeek.class, day, "runningWeek", errors);
            RunDay runDay = parse(RunDay.class, run, "runningWeek." + day, errors);
            if (weekday != null && runDay != null) {
                week.put(weekday, runDay);
            }
        });
        return week;
    }

    private static List<Focus> focusAreas(List<String> names, List<FieldError> errors) {
        List<Focus> focus = new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            Optional<Focus> parsed = Focus.parse(names.get(i));
            if (parsed.isEmpty()) {
                errors.add(new FieldError("focusAreas[" + i + "]", "unknown focus area: a muscle, a body area, HIP_STABILITY, ANKLE_STRENGTH or POWER"));
            }
            parsed.filter(f -> !focus.contains(f)).ifPresent(focus::add);
        }
        return focus;
    }

    private static Set<Equipment> equipment(List<String> names, List<FieldError> errors) {
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        for (int i = 0; names != null && i < names.size(); i++) {
            Equipment item = parse(Equipment.class, names.get(i), "equipment[" + i + "]", errors);
            if (item != null) {
                equipment.add(item);
            }
        }
        return equipment;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, "unknown value " + (text == null ? "null" : "'" + text + "'")
                    + "; one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }
}
