package dev.stride.webhook.delivery;

import java.util.List;
import java.util.UUID;

/** An endpoint this instance holds for one round: where it is, the secrets that sign (two during a rotation) and what is due. */
record Claimed(UUID subscription, String url, List<String> secrets, List<DueDelivery> due) {
}
