package dev.stride.contracts;

/** The Kafka topics of the architecture brief. */
public final class Topics {
    public static final String EXERCISE_DEFINITIONS = "exercise-definitions";
    public static final String PLAN_EVENTS = "plan-events";
    public static final String COMPLETED_SETS = "completed-sets";
    public static final String COMPLETED_SETS_DLQ = "completed-sets.dlq";
    public static final String PROGRESS_EVENTS = "progress-events";
    /** Athletes erased, and each service's confirmation (compacted). */
    public static final String ATHLETE_EVENTS = "athlete-events";
    /** Records plan-service could not take from the topics it consumes, with the reason in headers. */
    public static final String PLAN_SERVICE_DLQ = "plan-service.dlq";
    /** Records progress-service could not take from exercise-definitions or plan-events. */
    public static final String PROGRESS_SERVICE_DLQ = "progress-service.dlq";
    /** Records webhook-service could not take from the topics it consumes. */
    public static final String WEBHOOK_SERVICE_DLQ = "webhook-service.dlq";

    private Topics() {
    }
}
