package dev.stride.bench.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dead apps' endpoints, the harsh case: ports on 127.0.0.1 that accept every connection and never answer, so
 * that each attempt waits webhook-service's whole timeout. One thread reads and drops what arrives and closes what
 * the sender gave up on. Open every endpoint before {@link #start()}.
 */
final class DeadEndpoints implements AutoCloseable {
    private final Selector selector;
    private final Thread thread = new Thread(this::serve, "dead-endpoints");
    private final Set<Channel> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong connections = new AtomicLong();

    DeadEndpoints() throws IOException {
        this.selector = Selector.open();
        thread.setDaemon(true);
    }

    /** Opens {@code app}'s endpoint; returns its URL. */
    String open(String app) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0), 256);
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_ACCEPT);
        open.add(channel);
        return "http://127.0.0.1:" + channel.socket().getLocalPort() + "/webhooks/" + app;
    }

    void start() {
        thread.start();
    }

    /** Connections accepted so far: roughly the attempts made on dead endpoints. */
    long connections() {
        return connections.get();
    }

    private void serve() {
        ByteBuffer discard = ByteBuffer.allocate(64 * 1024);
        try {
            while (selector.isOpen()) {
                selector.select(1_000);
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid() && key.isAcceptable()) {
                        accept((ServerSocketChannel) key.channel());
                    } else if (key.isValid() && key.isReadable()) {
                        drop(key, discard);
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException closed) {
            // the run is over
        }
    }

    private void accept(ServerSocketChannel server) throws IOException {
        SocketChannel connection = server.accept();
        if (connection != null) {
            connections.incrementAndGet();
            connection.configureBlocking(false);
            connection.register(selector, SelectionKey.OP_READ);
            open.add(connection);
        }
    }

    /** Reads and forgets the request; closes the connection once the sender has closed or reset it. */
    private void drop(SelectionKey key, ByteBuffer discard) {
        SocketChannel connection = (SocketChannel) key.channel();
        boolean closedByPeer;
        try {
            discard.clear();
            closedByPeer = connection.read(discard) < 0;
        } catch (IOException reset) {
            closedByPeer = true;
        }
        if (closedByPeer) {
            key.cancel();
            open.remove(connection);
            closeQuietly(connection);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        selector.close();
        thread.join(5_000);
        open.forEach(DeadEndpoints::closeQuietly);
    }

    private static void closeQuietly(Channel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
