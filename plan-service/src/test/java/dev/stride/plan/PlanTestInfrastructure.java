package dev.stride.plan;

import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this service runs against one real broker and a fresh, real database. */
@WithTestResource(value = StrideInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plan_test"))
public final class PlanTestInfrastructure {
    private PlanTestInfrastructure() {
    }
}
