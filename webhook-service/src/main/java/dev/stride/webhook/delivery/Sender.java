package dev.stride.webhook.delivery;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLException;

import dev.stride.webhook.endpoint.Endpoint;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Posts one delivery without holding a thread while the endpoint thinks (Vert.x' client): to the
 * address the policy just checked, never following a redirect, giving up after the timeout, and
 * reading at most {@code responseBytes} of the answer.
 */
@ApplicationScoped
public class Sender {
    private final Vertx vertx;
    private final HttpClient client;
    private final DeliverySettings settings;
    private final Clock clock;

    Sender(Vertx vertx, DeliverySettings settings, Clock clock) {
        this.vertx = vertx;
        this.settings = settings;
        this.clock = clock;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.timeout().toMillis())
                .setKeepAlive(true)
                .setVerifyHost(true)
                .setMaxRedirects(0));
    }

    CompletableFuture<Attempt> send(DueDelivery delivery, Endpoint endpoint, Map<String, String> headers, byte[] body) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        CompletableFuture<Attempt> attempt = new CompletableFuture<>();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setHost(endpoint.url().getHost()).setPort(endpoint.port()).setSsl(endpoint.https()).setURI(endpoint.requestUri())
                .setServer(SocketAddress.inetSocketAddress(endpoint.port(), endpoint.address().getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(settings.timeout().toMillis());
        headers.forEach(options::putHeader);
        client.request(options)
                .compose(request -> exchange(request, body))
                .onComplete(result -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    attempt.complete(result.succeeded() ? new Attempt(delivery, at, result.result(), millis, null)
                            : new Attempt(delivery, at, null, millis, describe(result.cause())));
                });
        return attempt;
    }

    /** The status, once the answer is read (up to the cap) or the timeout has passed. */
    private Future<Integer> exchange(HttpClientRequest request, byte[] body) {
        long timer = vertx.setTimer(settings.timeout().toMillis(), id -> request.reset(0, new TimeoutException()));
        return request.send(Buffer.buffer(body))
                .compose(response -> drained(response).map(response.statusCode()))
                .onComplete(done -> vertx.cancelTimer(timer));
    }

    private Future<Void> drained(HttpClientResponse response) {
        Promise<Void> done = Promise.promise();
        AtomicLong read = new AtomicLong();
        response.handler(chunk -> {
            if (read.addAndGet(chunk.length()) > settings.responseBytes()) {
                response.request().connection().close();
                done.tryComplete();
            }
        });
        response.endHandler(end -> done.tryComplete());
        response.exceptionHandler(failure -> done.tryComplete());
        return done.future();
    }

    /** In words for the delivery log: never a class name or a stack trace. */
    private String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException
                || String.valueOf(failure.getMessage()).contains("timeout")) {
            return "no answer within " + settings.timeout().toSeconds() + " s";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof SSLException) {
            return "TLS handshake failed";
        }
        return "connection closed without an answer";
    }
}
