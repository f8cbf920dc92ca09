package dev.stride.webhook.endpoint;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Names to addresses: the system's resolver, or a test's (one that changes its answer, as DNS rebinding does). */
@FunctionalInterface
public interface Resolver {
    Resolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
