package dev.stride.stack;

import java.time.Duration;

/** What {@code ./stride} prints once the stack is up: every address, the demo users, and how to get a token. */
final class WhereEverythingIs {
    /** The access token out of a token endpoint's JSON answer, with nothing but sed (jq may be missing). */
    private static final String ACCESS_TOKEN = "sed -n 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/p'";
    private static final String PLATFORM_CLIENT = "stride-platform";
    private static final String COACH_CLIENT = "demo-coach-app";

    private final StrideStack stack;
    private final StrideRealm realm;

    WhereEverythingIs(StrideStack stack, StrideRealm realm) {
        this.stack = stack;
        this.realm = realm;
    }

    String describe(Duration startUp) {
        KeycloakServer keycloak = stack.keycloak();
        StringBuilder out = new StringBuilder("\nStride is up in ")
                .append(String.format("%.1f s", startUp.toMillis() / 1000.0)).append(":\n\n");
        out.append(String.format("  %-18s %s%n", "Kafka", stack.kafka().bootstrapServers()));
        out.append(String.format("  %-18s %s%n", "PostgreSQL", stack.postgres().jdbcUrl("<catalog|plan|progress|webhook>")));
        out.append(String.format("  %-18s %s   admin console %s (%s/%s)   health %s   (pid %d)%n", "Keycloak",
                keycloak.url("/"), keycloak.url("/admin/"), KeycloakServer.ADMIN, KeycloakServer.ADMIN,
                "http://localhost:" + keycloak.managementPort() + "/health/ready", keycloak.pid()));
        out.append(String.format("  %-18s %s%n", "Issuer", keycloak.issuer()));
        for (ServiceProcess service : stack.services()) {
            out.append(String.format("  %-18s %s   Swagger UI %s   health %s   metrics %s   (pid %d)%n", service.name(),
                    service.url("/"), service.url("/q/swagger-ui"), service.managementUrl("/q/health"),
                    service.managementUrl("/q/metrics"), service.pid()));
        }
        out.append("\n  Demo users (password = user name; the id is the athlete id in Stride's paths):\n");
        realm.users().forEach(user -> out.append(String.format("    %-6s %s%s%n", user.username(), user.id(),
                user.realmRoles().isEmpty() ? "" : "   roles: " + String.join(", ", user.realmRoles()))));
        out.append(tokens(keycloak));
        out.append("\n  Data and logs in ").append(stack.home()).append(". Ctrl-C stops everything.\n");
        return out.toString();
    }

    private String tokens(KeycloakServer keycloak) {
        String ana = realm.idOf("ana");
        ServiceProcess progress = stack.service("progress-service");
        ServiceProcess webhooks = stack.service("webhook-service");
        return "\n  Ana's token in $TOKEN (password grant on the first-party app stride-web), then a call with it:\n"
                + "    TOKEN=$(curl -s -d grant_type=password -d client_id=stride-web -d username=ana -d password=ana "
                + keycloak.tokenEndpoint() + " | " + ACCESS_TOKEN + ")\n"
                + "    curl -H \"Authorization: Bearer $TOKEN\" " + progress.url("/athletes/" + ana + "/summary") + "\n"
                + "  The platform's token (client credentials on " + PLATFORM_CLIENT + "):\n"
                + "    PLATFORM_TOKEN=$(curl -s -u " + PLATFORM_CLIENT + ":" + realm.secretOf(PLATFORM_CLIENT)
                + " -d grant_type=client_credentials " + keycloak.tokenEndpoint() + " | " + ACCESS_TOKEN + ")\n"
                + "  A third-party app's token for ana, with only the scopes she consents to (demo-coach-app):\n"
                + "    COACH_TOKEN=$(identity/coach-token.sh ana progress:read)\n"
                + "  The same app subscribing to webhooks (client credentials with the scope webhooks:manage; events only of\n"
                + "  the athletes who connected it; https to public addresses only):\n"
                + "    APP_TOKEN=$(curl -s -u " + COACH_CLIENT + ":" + realm.secretOf(COACH_CLIENT)
                + " -d grant_type=client_credentials -d scope=webhooks:manage " + keycloak.tokenEndpoint() + " | " + ACCESS_TOKEN + ")\n"
                + "    curl -H \"Authorization: Bearer $APP_TOKEN\" -H 'Content-Type: application/json' "
                + webhooks.url("/webhook-subscriptions")
                + " -d '{\"url\":\"https://YOUR-PUBLIC-HOST/stride-webhooks\",\"eventTypes\":[\"personal-record.set\"]}'\n";
    }
}
