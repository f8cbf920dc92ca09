package dev.stride.webhook.access;

import dev.stride.access.Caller;
import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may do what in webhook-service, the one place it is decided.
 * <pre>
 * permission            who
 * manage-subscriptions  an app (the token's client, {@code azp}) holding the scope webhooks:manage; it sees and
 *                       changes only its own subscriptions (another app's are 404), and receives events only of
 *                       the athletes who connected it
 * </pre>
 * The realm grants {@code webhooks:manage} to third-party apps as an optional scope, asked for with
 * the app's client credentials; never to the first-party app, athletes or the platform.
 */
@ApplicationScoped
public class WebhookAccess {
    public static final String MANAGE_SUBSCRIPTIONS = "manage-subscriptions";
    public static final String WEBHOOKS_MANAGE_SCOPE = "webhooks:manage";

    @PermissionChecker(MANAGE_SUBSCRIPTIONS)
    boolean mayManageSubscriptions(SecurityIdentity identity) {
        Caller caller = Caller.of(identity);
        return !caller.client().isEmpty() && caller.scopes().contains(WEBHOOKS_MANAGE_SCOPE);
    }
}
