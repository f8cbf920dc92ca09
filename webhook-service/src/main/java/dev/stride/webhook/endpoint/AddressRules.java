package dev.stride.webhook.endpoint;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which addresses a webhook may never reach: this host, its networks and the cloud's metadata
 * service. Plain Java, so that every range is checked by a unit test.
 */
final class AddressRules {
    private AddressRules() {
    }

    /** Why {@code address} is refused, or empty when it is a public unicast address ({@code allowLoopback}: loopback too). */
    static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
        InetAddress plain = unmapped(address);
        if (plain.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of("loopback");
        }
        if (plain.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (plain.isLinkLocalAddress()) {
            return Optional.of("link-local (cloud metadata lives there)");
        }
        if (plain.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        if (plain.isSiteLocalAddress() || privateRange(plain)) {
            return Optional.of("private");
        }
        return reserved(plain) ? Optional.of("reserved") : Optional.empty();
    }

    /**
     * IPv4 written as IPv6 is judged as the IPv4 address it names: mapped (::ffff:a.b.c.d), compatible
     * (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002:a.b.c.d::/48).
     */
    private static InetAddress unmapped(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && (bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
            return v4(bytes[2], bytes[3], bytes[4], bytes[5]);
        }
        if (address instanceof Inet6Address && (isMapped(bytes) || isNat64(bytes) || isCompatible(bytes))) {
            return v4(bytes[12], bytes[13], bytes[14], bytes[15]);
        }
        return address;
    }

    private static boolean isCompatible(byte[] bytes) {
        for (int i = 0; i < 12; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[12] | bytes[13]) != 0;
    }

    private static InetAddress v4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isMapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    private static boolean isNat64(byte[] bytes) {
        if ((bytes[0] & 0xff) != 0x00 || (bytes[1] & 0xff) != 0x64 || (bytes[2] & 0xff) != 0xff || (bytes[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Private ranges Java does not call site-local: carrier-grade NAT 100.64/10, IPv6 unique-local
     * fc00::/7 (fd00:ec2::254 is a metadata address) and the local-use NAT64 prefix 64:ff9b:1::/48.
     */
    private static boolean privateRange(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        }
        return (b[0] & 0xfe) == 0xfc
                || b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && b[4] == 0 && b[5] == 1;
    }

    /** 0/8, 192.0.0/24, the documentation and benchmark ranges, 240/4 and broadcast; IPv6 documentation 2001:db8::/32. */
    private static boolean reserved(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            int third = b[2] & 0xff;
            return first == 0 || first >= 240
                    || first == 192 && second == 0 && (third == 0 || third == 2)
                    || first == 192 && second == 88 && third == 99
                    || first == 198 && (second == 18 || second == 19)
                    || first == 198 && second == 51 && third == 100
                    || first == 203 && second == 0 && third == 113;
        }
        return (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
    }
}
