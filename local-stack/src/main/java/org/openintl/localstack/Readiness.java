package org.openintl.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Polls a child until it serves requests, fails fast when it dies, and gives up at a deadline. */
final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int TAIL_LINES = 60;

    /** A probe; throwing counts as "not ready yet". */
    interface Probe {
        boolean ready() throws Exception;
    }

    private Readiness() {}

    static void await(ChildProcess child, Instant deadline, BooleanSupplier cancelled, Probe probe) {
        Exception lastFailure = null;
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new LocalStackException("stopped while waiting for " + child.name());
            }
            if (!child.isAlive()) {
                throw failure(child, child.name() + " exited during start-up", null);
            }
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException("interrupted while waiting for " + child.name(), e);
            } catch (Exception e) {
                lastFailure = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure(child, child.name() + " was not ready in time", lastFailure);
            }
            sleep(POLL_INTERVAL);
        }
    }

    static boolean tcpOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Probe httpOk(HttpClient client, URI uri) {
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        return () ->
                client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** Ready when the broker lists itself as a live node, i.e. it is registered and unfenced. */
    static void awaitKafka(ChildProcess child, int port, Instant deadline, BooleanSupplier cancelled) {
        await(child, deadline, cancelled, () -> tcpOpen(port));
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-readiness",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        Admin admin = Admin.create(config);
        try {
            DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs(3000);
            await(
                    child,
                    deadline,
                    cancelled,
                    () -> !admin.describeCluster(options)
                            .nodes()
                            .get(4, TimeUnit.SECONDS)
                            .isEmpty());
        } finally {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private static LocalStackException failure(ChildProcess child, String what, Exception cause) {
        String reason = cause == null ? "" : " (last probe error: " + cause + ")";
        return new LocalStackException(what + reason + "; last lines of " + child.logFile() + ":"
                + System.lineSeparator() + child.tail(TAIL_LINES));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while waiting", e);
        }
    }
}
