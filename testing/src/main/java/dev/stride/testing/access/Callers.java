package dev.stride.testing.access;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import dev.stride.testing.Tokens;

/** The callers of the authorization matrix, in its column order; athlete A is {@link #A}, B is {@link #B}. */
public enum Callers {
    ANONYMOUS, ATHLETE_A, ATHLETE_B, APP_WITH_SCOPE, APP_WITHOUT_SCOPE, PLATFORM, CATALOG_EDITOR;

    public static final String A = "ana";
    public static final String B = "ben";

    /**
     * The Authorization header value of this caller for an operation that needs {@code scope} (or
     * none): the third-party app acts for athlete A, with that scope only or with every other one.
     */
    public String authorization(String scope) {
        String token = switch (this) {
            case ANONYMOUS -> null;
            case ATHLETE_A -> Tokens.athlete(A);
            case ATHLETE_B -> Tokens.athlete(B);
            case APP_WITH_SCOPE -> Tokens.app(A, scope == null ? new String[0] : new String[] {scope});
            case APP_WITHOUT_SCOPE -> Tokens.app(A, allBut(scope));
            case PLATFORM -> Tokens.platform();
            case CATALOG_EDITOR -> Tokens.catalogEditor();
        };
        return token == null ? null : "Bearer " + token;
    }

    private static String[] allBut(String scope) {
        Set<String> others = Tokens.ATHLETE_SCOPES.stream().filter(s -> !s.equals(scope)).collect(Collectors.toSet());
        return others.toArray(String[]::new);
    }

    String label() {
        return Arrays.stream(name().toLowerCase().split("_")).collect(Collectors.joining(" "));
    }
}
