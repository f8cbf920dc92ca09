package dev.stride.webhook.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP endpoint on 127.0.0.1 that an app would run: it keeps every request it got and
 * answers each as told — a status, after a pause, or not before it is released.
 */
final class Receiver implements AutoCloseable {
    /** What one request got: its headers (lower-case names) and body. */
    record Received(Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** How to answer one request. */
    record Answer(int status, Duration pause, CountDownLatch release) {
        static Answer status(int status) {
            return new Answer(status, Duration.ZERO, null);
        }

        static Answer after(Duration pause, int status) {
            return new Answer(status, pause, null);
        }

        static Answer heldUntil(CountDownLatch release) {
            return new Answer(200, Duration.ZERO, release);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private volatile Answer otherwise = Answer.status(204);

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** The next requests get these answers, in order; then {@link #otherwise}. */
    Receiver answering(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    Receiver otherwise(Answer answer) {
        otherwise = answer;
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/stride";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> ofType(String type) {
        return received.stream().filter(r -> r.body().contains("\"type\":\"" + type + "\"")).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.join(",", e.getValue()), (a, b) -> a));
            received.add(new Received(headers, new String(body.readAllBytes(), StandardCharsets.UTF_8)));
        }
        Answer answer = script.isEmpty() ? otherwise : script.poll();
        try {
            Thread.sleep(answer.pause().toMillis());
            if (answer.release() != null) {
                answer.release().await(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            exchange.sendResponseHeaders(answer.status(), -1);
        } catch (IOException gone) {
            // the sender gave up waiting: what a timeout looks like from here
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
