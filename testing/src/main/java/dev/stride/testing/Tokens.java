package dev.stride.testing;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens of every kind of caller, shaped as the stride realm's Keycloak issues them (subject,
 * {@code azp}, {@code scope}, {@code realm_access.roles}, audience {@code stride-api}) and signed
 * with the key whose public half the test issuer's JWKS serves ({@link StrideInfrastructure}).
 */
public final class Tokens {
    /** The issuer the services expect in tests ({@code quarkus.oidc.token.issuer}). */
    public static final String ISSUER = "https://issuer.stride.test/realms/stride";
    public static final String AUDIENCE = "stride-api";
    /** Every scope the first-party app holds for its athlete. */
    public static final Set<String> ATHLETE_SCOPES =
            Set.of("sets:write", "progress:read", "plans:read", "plans:write", "connections:write", "account:manage");
    public static final String FIRST_PARTY_APP = "stride-web";
    public static final String THIRD_PARTY_APP = "demo-coach-app";
    public static final String PLATFORM_CLIENT = "stride-platform";
    private static final String KEY = "privateKey.jwk";
    private static final String KEY_ID = "1";
    private static final long LIFETIME_SECONDS = 3600;

    private Tokens() {
    }

    /** The athlete, signed in to the first-party app. */
    public static String athlete(String athleteId) {
        return sign(claims(athleteId, FIRST_PARTY_APP, ATHLETE_SCOPES, Set.of()));
    }

    /** A third-party app acting for {@code athleteId} with only the scopes the athlete granted it. */
    public static String app(String athleteId, String... scopes) {
        return sign(claims(athleteId, THIRD_PARTY_APP, Set.of(scopes), Set.of()));
    }

    /** An app of the given client id acting for {@code athleteId} with every athlete scope. */
    public static String appNamed(String client, String athleteId) {
        return sign(claims(athleteId, client, ATHLETE_SCOPES, Set.of()));
    }

    /** An app's own token (client credentials: no athlete), holding {@code scopes}. */
    public static String client(String client, String... scopes) {
        return sign(claims("service-account-" + client, client, Set.of(scopes), Set.of()));
    }

    /** The platform's backend: client credentials, the platform role, no athlete. */
    public static String platform() {
        return sign(claims("service-account-" + PLATFORM_CLIENT, PLATFORM_CLIENT, Set.of(), Set.of("platform")));
    }

    /** A catalog editor signed in to the first-party app. */
    public static String catalogEditor() {
        return sign(claims("edie", FIRST_PARTY_APP, ATHLETE_SCOPES, Set.of("catalog-editor")));
    }

    /** An athlete's token that expired a minute ago. */
    public static String expired(String athleteId) {
        long now = System.currentTimeMillis() / 1000;
        return claims(athleteId, FIRST_PARTY_APP, ATHLETE_SCOPES, Set.of())
                .issuedAt(now - 3600).expiresAt(now - 60).jws().keyId(KEY_ID).sign(KEY);
    }

    /** An athlete's token from another issuer, signed with the right key. */
    public static String otherIssuer(String athleteId) {
        return sign(claims(athleteId, FIRST_PARTY_APP, ATHLETE_SCOPES, Set.of()).issuer("https://elsewhere.example/realms/stride"));
    }

    /** An athlete's token for another API. */
    public static String otherAudience(String athleteId) {
        return sign(claims(athleteId, FIRST_PARTY_APP, ATHLETE_SCOPES, Set.of()).audience("another-api"));
    }

    /** An athlete's token signed by a key the issuer never published, under the published key's id. */
    public static String forged(String athleteId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(athleteId, FIRST_PARTY_APP, ATHLETE_SCOPES, Set.of()).jws().keyId(KEY_ID)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String subject, String client, Set<String> scopes, Set<String> roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject)
                .claim("azp", client)
                .claim("scope", String.join(" ", scopes.stream().sorted().toList()))
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .expiresIn(LIFETIME_SECONDS);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(KEY_ID).sign(KEY);
    }
}
