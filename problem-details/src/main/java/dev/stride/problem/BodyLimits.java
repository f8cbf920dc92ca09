package dev.stride.problem;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How large a request body may be: any request, and the uploads of the paths that take files.
 * Quarkus' own {@code quarkus.http.limits.max-body-size} must be at least the larger of the two.
 */
@ConfigMapping(prefix = "stride.http")
public interface BodyLimits {
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** A regular expression of the request paths that take uploads (none by default). */
    Optional<String> uploadPaths();

    @WithDefault("64M")
    MemorySize maxUploadSize();
}
