package dev.stride.system;

import java.nio.file.Path;

import dev.stride.stack.StrideRealm;
import dev.stride.stack.StrideStack;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The system as {@code ./stride} runs it — PostgreSQL, Kafka, the real Keycloak with the stride
 * realm, the four services' built jars — on free ports with its data under {@code target/stack}:
 * started once for every test class that extends with it, stopped when the whole run ends.
 */
final class TheSystem implements BeforeAllCallback {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final StrideRealm REALM = StrideRealm.of(ROOT);
    private static final StrideStack STACK = StrideStack.throwaway(ROOT, Path.of("target", "stack").toAbsolutePath());

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TheSystem.class, key -> Running.start(), Running.class);
    }

    static StrideStack stack() {
        return STACK;
    }

    /** Stops the system when JUnit closes the run's root store. */
    private record Running(StrideStack stack) implements ExtensionContext.Store.CloseableResource {
        static Running start() {
            long started = System.nanoTime();
            try {
                STACK.start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the system", e);
            }
            System.out.printf("System up in %.1f s (logs in %s)%n", (System.nanoTime() - started) / 1e9, STACK.home().resolve("logs"));
            return new Running(STACK);
        }

        @Override
        public void close() {
            stack.stop();
        }
    }
}
