package dev.stride.webhook.endpoint;

import java.net.InetAddress;
import java.net.URI;

/** A webhook URL checked and resolved just now: {@code address} is the one to connect to (never a second look-up). */
public record Endpoint(URI url, InetAddress address) {
    public boolean https() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    public int port() {
        return url.getPort() != -1 ? url.getPort() : https() ? 443 : 80;
    }

    /** Path and query, as the request line carries them. */
    public String requestUri() {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }
}
