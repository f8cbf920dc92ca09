package dev.stride.workload;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A population skewed like real users: a few train (almost) daily, some four times a week, most
 * twice, the rest once; spread over time zones from UTC-10 to UTC+13 (with a half-hour offset and
 * both hemispheres' DST); a few train late in the evening, so that sessions cross local midnight.
 */
public final class Athletes {
    static final List<ZoneId> ZONES = List.of("America/Los_Angeles", "America/New_York", "America/Sao_Paulo",
            "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland",
            "Pacific/Honolulu").stream().map(ZoneId::of).toList();

    private Athletes() {
    }

    public static List<Athlete> generate(int count, long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<Athlete> athletes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            athletes.add(new Athlete(idOf(i), ZONES.get(random.nextInt(ZONES.size())), dailyChance(random),
                    usualStart(random)));
        }
        return athletes;
    }

    public static String idOf(int index) {
        return String.format("athlete-%06d", index);
    }

    private static double dailyChance(Random random) {
        double draw = random.nextDouble();
        if (draw < 0.04) {
            return 0.95;
        }
        if (draw < 0.18) {
            return 4 / 7.0;
        }
        return draw < 0.78 ? 2 / 7.0 : 1 / 7.0;
    }

    private static LocalTime usualStart(Random random) {
        if (random.nextDouble() < 0.03) {
            return LocalTime.of(23, 30);
        }
        return LocalTime.of(6 + random.nextInt(16), random.nextInt(60));
    }
}
