package dev.stride.progress.athlete;

import java.util.List;
import java.util.regex.Pattern;

import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;

/** What can name an athlete, at every door: in events, and in paths before anything is looked up. */
public final class AthleteIds {
    public static final String RULE = "must be 1 to 64 of A-Z a-z 0-9 . _ : -";
    private static final Pattern ATHLETE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private AthleteIds() {
    }

    public static boolean valid(String athleteId) {
        return athleteId != null && ATHLETE_ID.matcher(athleteId).matches();
    }

    /** The path parameter as given, or a 400 naming it. */
    public static String checkedPath(String athleteId) {
        if (!valid(athleteId)) {
            throw ProblemException.badRequest("Invalid path parameter athleteId",
                    List.of(new Problem.FieldError("athleteId", RULE)));
        }
        return athleteId;
    }
}
