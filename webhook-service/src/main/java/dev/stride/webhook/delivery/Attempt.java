package dev.stride.webhook.delivery;

import java.time.Instant;

/**
 * One attempt and what came of it: the endpoint's status, or none and why ({@code error}: timeout,
 * refused connection, an address the policy refuses …).
 */
record Attempt(DueDelivery delivery, Instant at, Integer statusCode, long latencyMillis, String error) {
    static final int GONE = 410;

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    boolean gone() {
        return statusCode != null && statusCode == GONE;
    }

    String failure() {
        return statusCode != null ? "HTTP " + statusCode : error;
    }
}
