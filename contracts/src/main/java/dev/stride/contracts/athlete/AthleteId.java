package dev.stride.contracts.athlete;

import java.util.regex.Pattern;

/** What can name an athlete in every contract (the schemas' {@code athleteId} pattern). */
public final class AthleteId {
    public static final String RULE = "must be 1 to 64 of A-Z a-z 0-9 . _ : -";
    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private AthleteId() {
    }

    public static boolean valid(String athleteId) {
        return athleteId != null && PATTERN.matcher(athleteId).matches();
    }
}
