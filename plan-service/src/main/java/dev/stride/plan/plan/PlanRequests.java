package dev.stride.plan.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
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

import dev.stride.contracts.TextRules;
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
    private static final String ATHLETE_ID_RULE = "must be 1-64 letters, digits or . _ : -";
    /** A plan starts at most a year back (a plan entered late) and at most five years ahead. */
    private static final Period EARLIEST_START = Period.ofYears(1);
    private static final Period LATEST_START = Period.ofYears(5);
    private static final int MAX_LIST = 20;

    private PlanRequests() {
    }

    /**
     * The spec of a stored request (revised later): it is held to the rules it was accepted under,
     * not to the start window, list sizes and running day that new requests must meet.
     */
    public static PlanSpec toSpec(PlanRequest r) {
        return toSpec(r, new ArrayList<>());
    }

    /** The spec of a new request, or a 400 naming every invalid field; {@code today} bounds the start date. */
    public static PlanSpec toSpec(PlanRequest r, LocalDate today) {
        return toSpec(r, newRequestRules(r, today));
    }

    /** The rules only a new request must meet. */
    private static List<FieldError> newRequestRules(PlanRequest r, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (r.startDate() != null && (r.startDate().isBefore(today.minus(EARLIEST_START)) || r.startDate().isAfter(today.plus(LATEST_START)))) {
            errors.add(new FieldError("startDate", "must be from " + today.minus(EARLIEST_START) + " to " + today.plus(LATEST_START)));
        }
        size(errors, "focusAreas", r.focusAreas());
        size(errors, "equipment", r.equipment());
        if (r.runningWeek() != null && r.runningWeek().values().stream().noneMatch(run -> run != null && !"REST".equalsIgnoreCase(run.trim()))) {
            errors.add(new FieldError("runningWeek", "must name at least one running day (EASY, LONG or HARD)"));
        }
        return errors;
    }

    private static PlanSpec toSpec(PlanRequest r, List<FieldError> errors) {
        if (r.athleteId() == null || !ATHLETE_ID.matcher(r.athleteId()).matches()) {
            errors.add(new FieldError("athleteId", ATHLETE_ID_RULE));
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

    /** A 400 naming {@code athleteId} unless it can name an athlete. */
    public static void checkAthleteId(String athleteId) {
        if (athleteId == null || !ATHLETE_ID.matcher(athleteId).matches()) {
            throw ProblemException.badRequest("Invalid path parameter athleteId", List.of(new FieldError("athleteId", ATHLETE_ID_RULE)));
        }
    }

    private static void size(List<FieldError> errors, String field, List<String> items) {
        if (items != null && items.size() > MAX_LIST) {
            errors.add(new FieldError(field, "must have at most " + MAX_LIST + " items"));
        }
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
            errors.add(new FieldError(field, "unknown value " + TextRules.quoted(text)
                    + "; one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }
}
