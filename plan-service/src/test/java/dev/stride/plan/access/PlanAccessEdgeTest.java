package dev.stride.plan.access;

import dev.stride.testing.access.AccessEdgeTest;
import dev.stride.testing.access.Callers;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlanAccessEdgeTest extends AccessEdgeTest {
    @Override
    protected String protectedPath() {
        return "/athletes/" + Callers.A + "/plans";
    }
}
