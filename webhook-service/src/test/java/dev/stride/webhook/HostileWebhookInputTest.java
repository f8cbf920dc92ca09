package dev.stride.webhook;

import java.sql.SQLException;
import java.util.List;

import dev.stride.testing.Sql;
import dev.stride.testing.Tokens;
import dev.stride.testing.hostile.Door;
import dev.stride.testing.hostile.HostileInputTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Every operation of webhook-service, tried with hostile input (see {@link HostileInputTest}). */
@QuarkusTest
class HostileWebhookInputTest extends HostileInputTest {
    private static final String URL = "http://127.0.0.1:9/hook";

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected List<Door> doors() {
        String app = Tokens.client(Tokens.THIRD_PARTY_APP, Webhooks.WEBHOOKS_MANAGE);
        String id = Webhooks.subscribe(URL, "streak.broken").id();
        String delivery = Webhooks.asApp().post("/webhook-subscriptions/" + id + "/test").then().statusCode(202).extract()
                .header("Location").replaceAll(".*/", "");
        return List.of(
                Door.of("POST /webhook-subscriptions").body("{\"url\":\"" + URL + "\",\"eventTypes\":[\"set.completed\"],\"description\":\"d\"}").as(app),
                Door.of("GET /webhook-subscriptions").as(app),
                Door.of("GET /webhook-subscriptions/{id}").path("id", id).as(app),
                Door.of("DELETE /webhook-subscriptions/{id}").path("id", id).as(app),
                Door.of("POST /webhook-subscriptions/{id}/pause").path("id", id).as(app),
                Door.of("POST /webhook-subscriptions/{id}/resume").path("id", id).as(app),
                Door.of("POST /webhook-subscriptions/{id}/rotate-secret").path("id", id).as(app),
                Door.of("POST /webhook-subscriptions/{id}/test").path("id", id).as(app),
                Door.of("GET /webhook-subscriptions/{id}/deliveries").path("id", id).query("limit", "10").query("cursor", "ZDE6MTow").as(app),
                Door.of("GET /webhook-subscriptions/{id}/deliveries/{deliveryId}").path("id", id).path("deliveryId", delivery).as(app),
                Door.of("POST /webhook-subscriptions/{id}/deliveries/{deliveryId}/redeliver").path("id", id).path("deliveryId", delivery).as(app));
    }

    @Override
    protected long footprint() throws SQLException {
        return Sql.number(dataSource, "SELECT (SELECT count(*) FROM subscription) + (SELECT count(*) FROM delivery)"
                + " + (SELECT coalesce(sum(attempts), 0) FROM delivery WHERE status <> 'PENDING')");
    }
}
