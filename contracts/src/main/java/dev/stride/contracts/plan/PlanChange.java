package dev.stride.contracts.plan;

/** What happened to a plan; each has its own CloudEvents type. */
public enum PlanChange {
    CREATED("stride.plan.created.v1"),
    REVISED("stride.plan.revised.v1"),
    CANCELLED("stride.plan.cancelled.v1");

    private final String type;

    PlanChange(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }
}
