package dev.stride.contracts.athlete;

import java.util.regex.Pattern;

/** What can name a webhook source in a contract (the schemas' {@code source} pattern, the configured name of a source). */
public final class SourceName {
    public static final String RULE = "must be 1 to 63 of a-z 0-9 -, starting with a letter or digit";
    private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private SourceName() {
    }

    public static boolean valid(String source) {
        return source != null && PATTERN.matcher(source).matches();
    }
}
