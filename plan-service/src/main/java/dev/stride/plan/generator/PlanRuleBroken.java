package dev.stride.plan.generator;

/** A coaching rule the request makes impossible to keep; {@code rule} is a short kebab-case name. */
public class PlanRuleBroken extends RuntimeException {
    private final String rule;

    public PlanRuleBroken(String rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
