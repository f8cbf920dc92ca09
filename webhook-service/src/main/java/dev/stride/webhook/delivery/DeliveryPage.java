package dev.stride.webhook.delivery;

import java.util.List;

/** A page of the delivery log, newest first; {@code next} is the cursor of the following page, absent on the last. */
public record DeliveryPage(List<DeliveryView> items, String next) {
}
