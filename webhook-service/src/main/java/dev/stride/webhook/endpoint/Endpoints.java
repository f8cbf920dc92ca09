package dev.stride.webhook.endpoint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The service's outbound policy, on the system's resolver. */
@ApplicationScoped
public class Endpoints {
    @Produces
    @ApplicationScoped
    EndpointPolicy policy(EndpointSettings settings) {
        return new EndpointPolicy(settings, Resolver.SYSTEM);
    }
}
