package dev.stride.progress.sets;

/** One reason a set is refused: the field, a reason code for the DLQ header, and a message. */
public record Violation(String field, String reason, String message) {

    public static final String SCHEMA = "schema-violation";
    public static final String OUT_OF_RANGE = "out-of-range";
    public static final String UNKNOWN_TIME_ZONE = "unknown-time-zone";
    public static final String IN_THE_FUTURE = "time-in-future";
}
