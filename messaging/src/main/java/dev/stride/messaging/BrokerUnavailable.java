package dev.stride.messaging;

/** The broker did not acknowledge in time: the system's fault, to be retried, never a record's. */
public class BrokerUnavailable extends RuntimeException {
    public BrokerUnavailable(Exception cause) {
        super("broker did not acknowledge: " + cause.getMessage(), cause);
    }
}
