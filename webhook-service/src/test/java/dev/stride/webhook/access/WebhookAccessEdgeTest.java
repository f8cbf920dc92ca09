package dev.stride.webhook.access;

import dev.stride.testing.Tokens;
import dev.stride.testing.access.AccessEdgeTest;
import dev.stride.webhook.Webhooks;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WebhookAccessEdgeTest extends AccessEdgeTest {
    @Override
    protected String protectedPath() {
        return "/webhook-subscriptions";
    }

    /** Subscriptions are the app's own business: its own token, with webhooks:manage. */
    @Override
    protected String allowedToken(String client) {
        return Tokens.client(client, Webhooks.WEBHOOKS_MANAGE);
    }
}
