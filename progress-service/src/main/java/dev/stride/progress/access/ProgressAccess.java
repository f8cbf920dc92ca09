package dev.stride.progress.access;

import dev.stride.access.Caller;
import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may do what in progress-service, the one place it is decided. Endpoints name the permission
 * ({@code @PermissionsAllowed(ProgressAccess.READ_PROGRESS)}); Quarkus calls the checker below with
 * the verified token and the endpoint's {@code athleteId}.
 * <pre>
 * permission          athlete themself or an app they connected    platform role
 * read-progress       token subject = athleteId, scope progress:read      yes
 * submit-sets         token subject = athleteId, scope sets:write         yes
 * manage-connections  token subject = athleteId, scope connections:write  no
 *                     (and to link: the token is the source's own app, see {@code webhook.ConnectionResource})
 * manage-account      token subject = athleteId, scope account:manage     yes
 *                     (the whole export, erasure and its status; the realm grants the scope to the
 *                     first-party app alone, never to a third party)
 * </pre>
 * Webhooks are not here: a source proves itself by its signature, and posts only for athletes who
 * connected it (see {@code webhook.Connections}).
 */
@ApplicationScoped
public class ProgressAccess {
    public static final String READ_PROGRESS = "read-progress";
    public static final String SUBMIT_SETS = "submit-sets";
    public static final String MANAGE_CONNECTIONS = "manage-connections";
    public static final String MANAGE_ACCOUNT = "manage-account";

    /** The OAuth scopes this service's permissions ask for (they are also named in the OpenAPI document). */
    public static final String PROGRESS_READ_SCOPE = "progress:read";
    public static final String SETS_WRITE_SCOPE = "sets:write";
    public static final String CONNECTIONS_WRITE_SCOPE = "connections:write";
    public static final String ACCOUNT_SCOPE = "account:manage";

    @PermissionChecker(READ_PROGRESS)
    boolean mayReadProgress(SecurityIdentity identity, String athleteId) {
        Caller caller = Caller.of(identity);
        return caller.isPlatform() || caller.actsFor(athleteId, PROGRESS_READ_SCOPE);
    }

    @PermissionChecker(SUBMIT_SETS)
    boolean maySubmitSets(SecurityIdentity identity, String athleteId) {
        Caller caller = Caller.of(identity);
        return caller.isPlatform() || caller.actsFor(athleteId, SETS_WRITE_SCOPE);
    }

    @PermissionChecker(MANAGE_CONNECTIONS)
    boolean mayManageConnections(SecurityIdentity identity, String athleteId) {
        return Caller.of(identity).actsFor(athleteId, CONNECTIONS_WRITE_SCOPE);
    }

    @PermissionChecker(MANAGE_ACCOUNT)
    public boolean mayManageAccount(SecurityIdentity identity, String athleteId) {
        Caller caller = Caller.of(identity);
        return caller.isPlatform() || caller.actsFor(athleteId, ACCOUNT_SCOPE);
    }
}
