package dev.stride.catalog.access;

import dev.stride.testing.access.AccessEdgeTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CatalogAccessEdgeTest extends AccessEdgeTest {
    @Override
    protected String protectedPath() {
        return "/exercises";
    }
}
