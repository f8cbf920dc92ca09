package dev.stride.progress.imports;

import java.time.DateTimeException;
import java.time.ZoneId;

import dev.stride.progress.paging.ListQuery;
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
        return new ImportOptions(zone(timeZone), ListQuery.option(Unmapped.class, "unmapped", unmapped, Unmapped.REFUSE),
                ListQuery.option(WeightUnit.class, "weightUnit", weightUnit, WeightUnit.KG),
                ListQuery.option(DistanceUnit.class, "distanceUnit", distanceUnit, DistanceUnit.KM));
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            throw ListQuery.invalid("timeZone", "is required: the IANA zone the file's times are in, like Europe/Berlin");
        }
        try {
            if (timeZone.length() <= 64) {
                return ZoneId.of(timeZone);
            }
        } catch (DateTimeException e) {
            // the same answer as an overlong name
        }
        throw ListQuery.invalid("timeZone", "must be an IANA time zone name, like Europe/Berlin");
    }

}
