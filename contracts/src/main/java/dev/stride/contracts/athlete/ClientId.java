package dev.stride.contracts.athlete;

import dev.stride.contracts.TextRules;

/** What can name an app's OAuth client in a contract: 1 to 255 characters, not blank, no control characters. */
public final class ClientId {
    public static final String RULE = "must be 1 to 255 characters, not blank, without control characters";
    static final int MAX_LENGTH = 255;

    private ClientId() {
    }

    public static boolean valid(String clientId) {
        return clientId != null && !clientId.isBlank() && clientId.length() <= MAX_LENGTH
                && TextRules.lineProblem(clientId) == null;
    }
}
