package dev.stride.webhook.subscription;

import java.util.Arrays;
import java.util.Optional;

import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.progress.PersonalRecordSet;
import dev.stride.contracts.progress.StreakBroken;
import dev.stride.contracts.progress.StreakExtended;
import dev.stride.contracts.progress.WeekClosed;
import dev.stride.contracts.progress.WeekRevised;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;

/** What an app may subscribe to, by the name the payload's {@code type} carries, and the CloudEvents type each comes from. */
public enum WebhookType {
    SET_COMPLETED("set.completed", SetCompleted.TYPE),
    SET_VOIDED("set.voided", SetVoided.TYPE),
    PERSONAL_RECORD_SET("personal-record.set", PersonalRecordSet.TYPE),
    STREAK_EXTENDED("streak.extended", StreakExtended.TYPE),
    STREAK_BROKEN("streak.broken", StreakBroken.TYPE),
    WEEK_CLOSED("week.closed", WeekClosed.TYPE),
    WEEK_REVISED("week.revised", WeekRevised.TYPE),
    PLAN_CREATED("plan.created", PlanChange.CREATED.type()),
    PLAN_REVISED("plan.revised", PlanChange.REVISED.type()),
    PLAN_CANCELLED("plan.cancelled", PlanChange.CANCELLED.type());

    /** The type of the event a subscription can ask for to check its endpoint; never subscribed to. */
    public static final String TEST = "webhook.test";

    private final String webhookName;
    private final String cloudEventType;

    WebhookType(String webhookName, String cloudEventType) {
        this.webhookName = webhookName;
        this.cloudEventType = cloudEventType;
    }

    public String webhookName() {
        return webhookName;
    }

    public static Optional<WebhookType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.webhookName.equals(name)).findFirst();
    }

    public static Optional<WebhookType> ofCloudEvent(String type) {
        return Arrays.stream(values()).filter(value -> value.cloudEventType.equals(type)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(WebhookType::webhookName).toList());
    }
}
