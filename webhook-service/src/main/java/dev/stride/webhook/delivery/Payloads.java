package dev.stride.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.webhooks.WebhookSignature;

/**
 * What a delivery sends: the Standard Webhooks body {@code {type, timestamp, athleteId, sequence, data}}
 * (the same bytes at every attempt) and its headers, signed with each secret that signs now.
 */
final class Payloads {
    private static final ObjectMapper JSON = EventJson.mapper();

    private Payloads() {
    }

    static byte[] body(DueDelivery delivery) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", delivery.type());
        body.put("timestamp", delivery.occurredAt().toString());
        if (delivery.athleteId() != null) {
            body.put("athleteId", delivery.athleteId());
            body.put("sequence", delivery.sequence());
        }
        try {
            body.set("data", JSON.readTree(delivery.data()));
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event is not JSON: " + delivery.id(), e);
        }
    }

    /** {@code webhook-id}, {@code webhook-timestamp} (seconds) and {@code webhook-signature} (one {@code v1,} per secret). */
    static Map<String, String> headers(DueDelivery delivery, List<String> secrets, byte[] body, Instant now) {
        long timestamp = now.getEpochSecond();
        List<String> signatures = new ArrayList<>();
        for (String secret : secrets) {
            signatures.add(new WebhookSignature(secret).sign(delivery.eventId(), timestamp, body));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "Stride-Webhooks/1");
        headers.put("webhook-id", delivery.eventId());
        headers.put("webhook-timestamp", String.valueOf(timestamp));
        headers.put("webhook-signature", String.join(" ", signatures));
        return headers;
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
