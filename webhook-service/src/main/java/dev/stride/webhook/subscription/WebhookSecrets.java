package dev.stride.webhook.subscription;

import java.security.SecureRandom;
import java.util.Base64;

/** New signing secrets in the Standard Webhooks form: {@code whsec_} and 32 random bytes in base64. */
final class WebhookSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
