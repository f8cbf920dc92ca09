package dev.stride.progress.erasure;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which services hold athlete data and must confirm an erasure; this service confirms as {@code self}. */
@ConfigMapping(prefix = "stride.erasure")
public interface ErasureSettings {
    @WithDefault("progress-service,plan-service,webhook-service")
    List<String> services();

    @WithDefault("progress-service")
    String self();
}
