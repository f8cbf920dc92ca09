package dev.stride.plan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingCharacters() {
        StringBuilder out = new StringBuilder();
        IcsCalendar.line(out, "DESCRIPTION:" + "ü".repeat(40));
        String[] lines = out.toString().split("\r\n");
        // 12 ASCII octets + 31 two-octet characters = 74 octets; the continuation starts with a space.
        assertEquals("DESCRIPTION:" + "ü".repeat(31), lines[0]);
        assertEquals(" " + "ü".repeat(9), lines[1]);
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75);
        }
        assertTrue(out.toString().endsWith("\r\n"));
    }

    @Test
    void escapesText() {
        assertEquals("Hips\\, knees\\; feet\\nnext \\\\ line", IcsCalendar.text("Hips, knees; feet\nnext \\ line"));
    }

    @Test
    void berlinHasItsSummerAndWinterTimeObservances() {
        List<String> lines = IcsTimeZone.lines(ZoneId.of("Europe/Berlin"), LocalDateTime.of(2030, 3, 6, 18, 0), LocalDateTime.of(2030, 4, 26, 18, 0));
        assertEquals("TZID:Europe/Berlin", lines.get(1));
        // Spring forward on 31 March 2030 at 02:00 CET.
        int daylight = lines.indexOf("DTSTART:20300331T020000");
        assertTrue(daylight > 0, lines.toString());
        assertEquals(List.of("BEGIN:DAYLIGHT", "DTSTART:20300331T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT"),
                lines.subList(daylight - 1, daylight + 4));
    }

    @Test
    void aZoneWithoutRecentChangesHasOneObservance() {
        assertEquals(List.of("BEGIN:VTIMEZONE", "TZID:Etc/UTC", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "END:STANDARD", "END:VTIMEZONE"),
                IcsTimeZone.lines(ZoneId.of("Etc/UTC"), LocalDateTime.of(2030, 3, 6, 18, 0), LocalDateTime.of(2030, 4, 26, 18, 0)));
        // Kolkata last changed in 1945: that change is its one observance.
        assertEquals(List.of("BEGIN:STANDARD", "DTSTART:19451015T000000", "TZOFFSETFROM:+0630", "TZOFFSETTO:+0530", "END:STANDARD"),
                IcsTimeZone.lines(ZoneId.of("Asia/Kolkata"), LocalDateTime.of(2030, 3, 6, 18, 0), LocalDateTime.of(2030, 4, 26, 18, 0)).subList(2, 7));
    }
}
