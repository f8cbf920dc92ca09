package dev.stride.webhook;

import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this service runs against one real broker, a fresh real database and the test issuer. */
@WithTestResource(value = StrideInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "webhook_test"))
public final class WebhookTestInfrastructure {
    private WebhookTestInfrastructure() {
    }
}
