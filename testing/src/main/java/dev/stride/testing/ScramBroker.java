package dev.stride.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A test profile: every Kafka setting of the service points at the broker's SASL/SCRAM listener, with the service's login. */
public class ScramBroker implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return StrideInfrastructure.scramClientConfig();
    }
}
