package dev.stride.bench.webhooks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The healthy apps' endpoints: a JDK HTTP server per app on 127.0.0.1, each on a port of its own (webhook-service's
 * client keeps a pool of a few connections per address, and every real app is an address of its own), all handled
 * by one small thread pool. Each answers 204 at once, then notes the request as an {@link Arrival}.
 */
final class HealthyEndpoints implements AutoCloseable {
    private static final int HANDLERS = 8;
    private final ExecutorService handlers = Executors.newFixedThreadPool(HANDLERS);
    private final List<HttpServer> servers = new ArrayList<>();
    private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();

    /** Starts {@code app}'s endpoint; returns its URL. */
    String open(String app) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 256);
        server.createContext("/", exchange -> receive(app, exchange));
        server.setExecutor(handlers);
        server.start();
        servers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/" + app;
    }

    private void receive(String app, HttpExchange exchange) throws IOException {
        Instant arrived = Instant.now();
        byte[] body;
        try (exchange) {
            body = exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
        }
        arrivals.add(Arrival.of(app, exchange.getRequestHeaders().getFirst("webhook-id"), body, arrived));
    }

    /** Every request received so far. */
    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        handlers.shutdownNow();
    }
}
