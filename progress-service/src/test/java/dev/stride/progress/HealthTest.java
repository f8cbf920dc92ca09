package dev.stride.progress;

import dev.stride.testing.StandardEndpointsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest extends StandardEndpointsTest {
}
