package dev.stride.webhook.endpoint;

/** A webhook URL Stride will not post to, and why, in words an app's developer can act on. */
public class EndpointRefused extends Exception {
    public EndpointRefused(String reason) {
        super(reason);
    }
}
