package dev.stride.plan.plan;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The VTIMEZONE of a zone over a period: one STANDARD or DAYLIGHT observance per offset change
 * from a year before the first session to the last, or a single fixed observance when none.
 */
final class IcsTimeZone {
    private IcsTimeZone() {
    }

    static List<String> lines(ZoneId zone, LocalDateTime first, LocalDateTime last) {
        ZoneRules rules = zone.getRules();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        ZoneOffsetTransition t = rules.previousTransition(first.minusYears(1).atZone(zone).toInstant());
        if (t == null || rules.isFixedOffset()) {
            ZoneOffset offset = rules.getOffset(first.atZone(zone).toInstant());
            observance(lines, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        }
        while (t != null && !t.getDateTimeBefore().isAfter(last.plusDays(1))) {
            boolean daylight = rules.isDaylightSavings(t.getInstant());
            observance(lines, daylight ? "DAYLIGHT" : "STANDARD", t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter());
            t = rules.nextTransition(t.getInstant());
        }
        lines.add("END:VTIMEZONE");
        return lines;
    }

    private static void observance(List<String> lines, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + IcsCalendar.LOCAL.format(start));
        lines.add("TZOFFSETFROM:" + offset(from));
        lines.add("TZOFFSETTO:" + offset(to));
        lines.add("END:" + kind);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String hhmm = String.format("%02d%02d", abs / 3600, (abs / 60) % 60);
        return (seconds < 0 ? "-" : "+") + hhmm + (abs % 60 != 0 ? String.format("%02d", abs % 60) : "");
    }
}
