package dev.stride.progress.athlete;

import java.util.List;

import dev.stride.contracts.athlete.AthleteId;
import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;

/** What can name an athlete, at every door: in events, and in paths before anything is looked up. */
public final class AthleteIds {
    public static final String RULE = AthleteId.RULE;

    private AthleteIds() {
    }

    public static boolean valid(String athleteId) {
        return AthleteId.valid(athleteId);
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
