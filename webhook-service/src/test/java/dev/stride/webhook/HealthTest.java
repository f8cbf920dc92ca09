package dev.stride.webhook;

import dev.stride.testing.StandardEndpointsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest extends StandardEndpointsTest {
}
