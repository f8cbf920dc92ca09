package dev.stride.plan.catalog;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the replica rides out a database that is briefly unavailable. */
@ConfigMapping(prefix = "stride.plan.replica")
public interface ReplicaSettings {
    /** Attempts at applying one poll before the channel fails (and readiness goes down). */
    @WithDefault("8")
    int attempts();

    /** The first pause between attempts; it doubles each time, up to 10 s. */
    @WithDefault("500ms")
    Duration firstBackoff();
}
