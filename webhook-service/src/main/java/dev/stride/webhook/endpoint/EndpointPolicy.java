package dev.stride.webhook.endpoint;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbound door: a webhook URL is {@code https} (or {@code http} where allowed), names a host
 * and no credentials, and every address its host resolves to is public. Checked when a subscription
 * is made and again at each delivery, whose connection goes to the address checked then, so that a
 * name re-pointed at an inside address (DNS rebinding) gets nothing.
 */
public class EndpointPolicy {
    public static final int MAX_URL_LENGTH = 2048;
    private final EndpointSettings settings;
    private final Resolver resolver;

    public EndpointPolicy(EndpointSettings settings, Resolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /** What is wrong with the URL's text, before any look-up; empty when nothing is. */
    public Optional<String> shapeProblem(String url) {
        try {
            parse(url);
            return Optional.empty();
        } catch (EndpointRefused e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The URL checked and its host resolved, every address allowed; the first is the one to use. */
    public Endpoint check(String url) throws EndpointRefused {
        URI uri = parse(url);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw notPublic(uri);
        }
        for (InetAddress address : addresses) {
            if (AddressRules.refusal(address, settings.allowLoopback()).isPresent()) {
                throw notPublic(uri);
            }
        }
        if (addresses.length == 0) {
            throw notPublic(uri);
        }
        return new Endpoint(uri, addresses[0]);
    }

    /** One answer whether the name does not resolve or resolves inside: the service's resolver is no oracle of inside names. */
    private EndpointRefused notPublic(URI uri) {
        return new EndpointRefused("host " + uri.getHost() + " does not resolve to public addresses only"
                + (settings.allowLoopback() ? " (or loopback)" : ""));
    }

    private URI parse(String url) throws EndpointRefused {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            throw new EndpointRefused("must be an absolute URL of 1 to " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new EndpointRefused("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && settings.allowHttp())) {
            throw new EndpointRefused(settings.allowHttp() ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawAuthority() == null) {
            throw new EndpointRefused("must name a host");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            throw new EndpointRefused("must name a port from 1 to 65535");
        }
        if (uri.getRawUserInfo() != null) {
            throw new EndpointRefused("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new EndpointRefused("must not have a fragment");
        }
        return uri;
    }
}
