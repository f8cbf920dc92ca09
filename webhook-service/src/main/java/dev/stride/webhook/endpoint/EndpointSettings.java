package dev.stride.webhook.endpoint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where webhooks may be sent: https to public addresses only, unless a development or test profile allows more. */
@ConfigMapping(prefix = "stride.webhooks.endpoints")
public interface EndpointSettings {
    /** Plain {@code http} URLs, for local receivers. */
    @WithDefault("false")
    boolean allowHttp();

    /** Loopback addresses (127.0.0.0/8, ::1), for receivers on the same machine. Private and metadata addresses stay refused. */
    @WithDefault("false")
    boolean allowLoopback();
}
