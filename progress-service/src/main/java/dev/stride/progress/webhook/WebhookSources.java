package dev.stride.progress.webhook;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The third parties allowed to call {@code /webhooks/{source}}, each with its {@code whsec_} secret
 * and the OAuth client of its app: only that app, acting for an athlete who granted it
 * {@code connections:write}, links its user ids to that athlete.
 */
@ConfigMapping(prefix = "stride.webhooks")
public interface WebhookSources {

    Map<String, Source> sources();

    /** One third party. */
    interface Source {
        String secret();

        /** The {@code azp} of the source's own app; without one, no athlete can be connected to the source. */
        Optional<String> clientId();
    }
}
