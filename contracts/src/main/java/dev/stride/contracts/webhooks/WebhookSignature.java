package dev.stride.contracts.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks symmetric signatures: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">},
 * several space-separated in one header for key rotation, compared in constant time, with the
 * timestamp within five minutes of now.
 */
public final class WebhookSignature {
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String PREFIX = "whsec_";
    private final byte[] key;

    /** {@code secret} is base64, optionally prefixed {@code whsec_}. */
    public WebhookSignature(String secret) {
        String base64 = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        this.key = Base64.getDecoder().decode(base64);
    }

    public String sign(String id, long timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(id, timestamp, body));
    }

    /** True when one of the signatures matches and the timestamp is fresh. */
    public boolean verify(String id, String timestamp, String signatures, byte[] body, Instant now) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        // Bounds from the trusted clock only: subtracting the sent value could overflow and pass.
        long tolerance = TOLERANCE.toSeconds();
        if (seconds < now.getEpochSecond() - tolerance || seconds > now.getEpochSecond() + tolerance) {
            return false;
        }
        byte[] expected = hmac(id, seconds, body);
        boolean matched = false;
        for (String signature : signatures.trim().split(" +")) {
            if (signature.startsWith("v1,")) {
                matched |= MessageDigest.isEqual(expected, decode(signature.substring(3)));
            }
        }
        return matched;
    }

    private byte[] hmac(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
