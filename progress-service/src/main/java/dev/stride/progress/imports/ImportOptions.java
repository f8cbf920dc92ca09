package dev.stride.progress.imports;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import dev.stride.progress.transfer.DistanceUnit;
import dev.stride.progress.transfer.WeightUnit;

/**
 * How to read an import: the zone the file's local times are in (the files carry none), what to do
 * with exercises the catalog does not know, and the units of Strong's current form (which names none).
 */
public record ImportOptions(ZoneId timeZone, Unmapped unmapped, WeightUnit weightUnit, DistanceUnit distanceUnit) {

    /** Rows of exercises the catalog does not know: refused, or kept under an id of their own per name. */
    public enum Unmapped {
        REFUSE, KEEP
    }

    public static ImportOptions parse(String timeZone, String unmapped, String weightUnit, String distanceUnit) {
        return new ImportOptions(zone(timeZone), option(Unmapped.class, "unmapped", unmapped, Unmapped.REFUSE),
                option(WeightUnit.class, "weightUnit", weightUnit, WeightUnit.KG),
                option(DistanceUnit.class, "distanceUnit", distanceUnit, DistanceUnit.KM));
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            throw invalid("timeZone", "is required: the IANA zone the file's times are in, like Europe/Berlin");
        }
        try {
            if (timeZone.length() <= 64) {
                return ZoneId.of(timeZone);
            }
        } catch (DateTimeException e) {
            // the same answer as an overlong name
        }
        throw invalid("timeZone", "must be an IANA time zone name, like Europe/Berlin");
    }

    private static <E extends Enum<E>> E option(Class<E> type, String field, String value, E absent) {
        if (value == null) {
            return absent;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw invalid(field, "must be one of " + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.badRequest("Invalid query parameter " + field, List.of(new Problem.FieldError(field, message)));
    }
}
