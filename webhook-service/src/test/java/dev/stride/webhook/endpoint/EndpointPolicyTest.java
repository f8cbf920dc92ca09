package dev.stride.webhook.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The outbound door with production settings: https to public addresses only. */
class EndpointPolicyTest {
    private static final EndpointSettings PRODUCTION = settings(false, false);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.8.8", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "fe80::1", "100.100.100.200", "100.64.0.1", "fd00:ec2::254", "fc00::1", "0.0.0.0", "::",
            "224.0.0.1", "255.255.255.255", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "192.0.0.8",
            "198.18.0.1", "2001:db8::1", "240.0.0.1", "::10.0.0.1", "2002:a9fe:a9fe::1", "2002:7f00:1::", "64:ff9b:1::a00:1",
            "192.88.99.1"})
    void refusesEveryAddressInsideOrReserved(String address) {
        EndpointRefused refused = assertThrows(EndpointRefused.class,
                () -> policy(PRODUCTION, "hooks.example.com", address).check("https://hooks.example.com/stride"));
        assertEquals("host hooks.example.com does not resolve to public addresses only", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::6810:85e5", "::ffff:8.8.4.4", "2002:808:808::1"})
    void acceptsPublicAddressesAndConnectsToTheOneChecked(String address) throws Exception {
        Endpoint endpoint = policy(PRODUCTION, "hooks.example.com", address).check("https://hooks.example.com:8443/in?app=1");
        assertEquals(InetAddress.getByName(address), endpoint.address());
        assertEquals(8443, endpoint.port());
        assertEquals("/in?app=1", endpoint.requestUri());
    }

    @Test
    void oneInsideAddressAmongPublicOnesIsRefused() {
        Resolver mixed = host -> new InetAddress[] {InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.0.0.7")};
        assertThrows(EndpointRefused.class, () -> new EndpointPolicy(PRODUCTION, mixed).check("https://mixed.example.com/"));
    }

    @Test
    void aNameRepointedAtAnInsideAddressAfterTheSubscriptionGetsNothing() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("93.184.215.14");
        EndpointPolicy policy = new EndpointPolicy(PRODUCTION, host -> new InetAddress[] {InetAddress.getByName(answer.get())});
        policy.check("https://rebinding.example.com/hook");
        answer.set("127.0.0.1");
        assertThrows(EndpointRefused.class, () -> policy.check("https://rebinding.example.com/hook"));
    }

    @Test
    void refusesUrlsThatAreNotPlainHttps() {
        EndpointPolicy policy = policy(PRODUCTION, "hooks.example.com", "8.8.8.8");
        assertEquals(Optional.of("must be an https URL"), policy.shapeProblem("http://hooks.example.com/"));
        assertEquals(Optional.of("must be an https URL"), policy.shapeProblem("ftp://hooks.example.com/"));
        assertEquals(Optional.of("must be an https URL"), policy.shapeProblem("/relative"));
        assertEquals(Optional.of("must not carry credentials"), policy.shapeProblem("https://user:pw@hooks.example.com/"));
        assertEquals(Optional.of("must not have a fragment"), policy.shapeProblem("https://hooks.example.com/#x"));
        assertTrue(policy.shapeProblem("https://hooks.example.com/" + "a".repeat(2100)).isPresent());
        assertTrue(policy.shapeProblem("https://hooks example.com/").isPresent());
        assertEquals(Optional.of("must name a port from 1 to 65535"), policy.shapeProblem("https://hooks.example.com:70000/"));
        assertEquals(Optional.empty(), policy.shapeProblem("https://hooks.example.com/stride?x=1"));
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        EndpointPolicy policy = new EndpointPolicy(PRODUCTION, host -> {
            throw new UnknownHostException(host);
        });
        EndpointRefused refused = assertThrows(EndpointRefused.class, () -> policy.check("https://nowhere.example.com/"));
        assertEquals("host nowhere.example.com does not resolve to public addresses only", refused.getMessage(),
                "the same answer as for an inside address: the resolver is no oracle of inside names");
    }

    @Test
    void developmentMayAllowHttpAndLoopbackButNeverPrivateOrMetadataAddresses() throws Exception {
        EndpointSettings development = settings(true, true);
        assertEquals(InetAddress.getByName("127.0.0.1"),
                policy(development, "localhost", "127.0.0.1").check("http://localhost:9000/hook").address());
        assertThrows(EndpointRefused.class, () -> policy(development, "metadata", "169.254.169.254").check("http://metadata/"));
        assertThrows(EndpointRefused.class, () -> policy(development, "inside", "10.0.0.1").check("http://inside/"));
    }

    private static EndpointPolicy policy(EndpointSettings settings, String host, String address) {
        return new EndpointPolicy(settings, name -> {
            if (!name.equals(host)) {
                throw new UnknownHostException(name);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        });
    }

    private static EndpointSettings settings(boolean http, boolean loopback) {
        return new EndpointSettings() {
            @Override
            public boolean allowHttp() {
                return http;
            }

            @Override
            public boolean allowLoopback() {
                return loopback;
            }
        };
    }
}
