package dev.stride.plan.generator;

/** What the athlete runs on a weekday. HARD is intervals, tempo or any quality session. */
public enum RunDay {
    REST("a rest day"),
    EASY("an easy run"),
    LONG("the long run"),
    HARD("a hard run");

    private final String label;

    RunDay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A run that strength work must not precede on the day before. */
    public boolean isDemanding() {
        return this == LONG || this == HARD;
    }
}
