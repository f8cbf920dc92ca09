package dev.stride.progress.webhook;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** The third parties allowed to call {@code /webhooks/{source}}, each with its {@code whsec_} secret. */
@ConfigMapping(prefix = "stride.webhooks")
public interface WebhookSources {

    Map<String, Source> sources();

    /** One third party. */
    interface Source {
        String secret();
    }
}
