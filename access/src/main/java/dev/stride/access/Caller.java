package dev.stride.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as a verified access token names them: the subject (an athlete id, or a client's
 * service account), the client the token was issued to ({@code azp}), its OAuth scopes and its
 * realm roles. quarkus-oidc has checked signature, issuer, audience and expiry before this exists.
 */
public record Caller(String subject, String client, Set<String> scopes, Set<String> roles) {
    /** The fitness platform's own backend (client credentials): sets and progress of any athlete. */
    public static final String PLATFORM = "platform";
    /** Writes the exercise catalog. */
    public static final String CATALOG_EDITOR = "catalog-editor";

    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return new Caller("", "", Set.of(), Set.of());
        }
        Set<String> scopes = Arrays.stream(text(token.getClaim("scope")).split(" ")).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(text(token.getSubject()), text(token.getClaim("azp")), scopes, Set.copyOf(identity.getRoles()));
    }

    /** A claim as text: empty when absent, and a list ({@code ["a", "b"]}, as some issuers send scopes) joined by spaces. */
    private static String text(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(Caller::text).collect(Collectors.joining(" "));
        }
        if (claim instanceof JsonString string) {
            return string.getString();
        }
        return claim == null ? "" : claim.toString();
    }

    /** The athlete themself, or an app they connected, holding {@code scope}: the token's subject is that athlete. */
    public boolean actsFor(String athleteId, String scope) {
        return !subject.isEmpty() && subject.equals(athleteId) && scopes.contains(scope);
    }

    public boolean isPlatform() {
        return roles.contains(PLATFORM);
    }
}
