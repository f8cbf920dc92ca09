package dev.stride.plan.plan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.stride.plan.generator.Prescribed;
import dev.stride.plan.generator.ScheduledSession;

/**
 * A plan as an RFC 5545 calendar: one VEVENT per session at the athlete's local session time,
 * with TZID and the zone's VTIMEZONE; CRLF line ends, lines folded at 75 octets, text escaped.
 */
public final class IcsCalendar {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    public static String of(StoredPlan stored, Instant stamp) {
        ZoneId zone = ZoneId.of(stored.plan().timeZone);
        LocalTime at = stored.request().sessionTimeOrDefault();
        List<ScheduledSession> sessions = stored.schedule();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Stride//plan-service//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text("Strength for running"));
        line(ics, "X-WR-TIMEZONE:" + zone.getId());
        if (!sessions.isEmpty()) {
            IcsTimeZone.lines(zone, sessions.get(0).date().atTime(at), sessions.get(sessions.size() - 1).date().atTime(at))
                    .forEach(l -> line(ics, l));
        }
        boolean cancelled = stored.plan().status == Plan.PlanStatus.CANCELLED;
        for (ScheduledSession session : sessions) {
            event(ics, session, zone, at, stored.plan().version, cancelled || session.skipped(), stamp);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void event(StringBuilder ics, ScheduledSession s, ZoneId zone, LocalTime at, long sequence, boolean cancelled, Instant stamp) {
        LocalDateTime start = s.date().atTime(at);
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + s.sessionId() + "@stride.dev");
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start));
        line(ics, "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(start.plusMinutes(Math.max(1, s.estimatedMinutes()))));
        line(ics, "SEQUENCE:" + sequence);
        line(ics, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line(ics, "SUMMARY:" + text("Strength for running, week " + s.week() + (s.deload() ? " (deload)" : "")));
        line(ics, "DESCRIPTION:" + text(description(s)));
        line(ics, "END:VEVENT");
    }

    private static String description(ScheduledSession s) {
        StringBuilder text = new StringBuilder(s.rationale());
        for (Prescribed e : s.exercises()) {
            text.append('\n').append(e.name()).append(": ").append(e.sets()).append(" x ").append(dose(e));
        }
        return text.toString();
    }

    static String dose(Prescribed e) {
        String amount = e.reps() != null ? e.reps() + " reps" : e.holdSeconds() != null ? e.holdSeconds() + " s" : e.distanceMeters() + " m";
        return amount + (e.perSide() ? " per side" : "") + (e.loadKg() != null ? " +" + e.loadKg() + " kg" : "") + ", rest " + e.restSeconds() + " s";
    }

    /** Escapes TEXT values (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 character, ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
