package dev.stride.catalog;

import static dev.stride.testing.Management.management;
import static dev.stride.testing.As.asCatalogEditor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * Slow and idle clients cost the service nothing it needs: while 200 connections trickle their
 * headers a byte at a time, readiness and the API answer as usual; a connection that goes quiet is closed once
 * the idle timeout passes (3 s in the test profile, 30 s otherwise).
 */
@QuarkusTest
class SlowClientsTest {
    private static final int SLOW_CLIENTS = 200;

    @Test
    void readinessAndTheApiAnswerWhileTwoHundredClientsTrickleTheirHeaders() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket("127.0.0.1", RestAssured.port);
                socket.getOutputStream().write("GET /exercises HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            for (int round = 0; round < 10; round++) {
                for (Socket socket : slow) {
                    socket.getOutputStream().write('a');
                }
                long started = System.nanoTime();
                management().get("/q/health/ready").then().statusCode(200);
                asCatalogEditor().get("/exercises?limit=1").then().statusCode(200);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "readiness and a read took " + took + " beside 200 slow clients");
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectionThatGoesQuietMidRequestIsClosed() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write("POST /exercises HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            long started = System.nanoTime();
            try {
                while (in.read() >= 0) {
                    // whatever the server says before closing
                }
            } catch (SocketTimeoutException stillOpen) {
                throw new AssertionError("the server kept a quiet connection open for 15 s");
            } catch (IOException reset) {
                // closed by the server
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(true, took.compareTo(Duration.ofSeconds(2)) > 0, "closed after " + took + ", before the idle timeout");
        }
    }
}
