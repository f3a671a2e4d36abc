package org.openintl.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for one of our services: a JDK HTTP server on a free loopback port that records what it receives and
 * answers as told. Real services are exercised by the system tests; here only the gateway's side is under test.
 */
public final class StubService {

    /** How the stub answers. */
    public enum Behaviour {
        /** 200 with a small JSON naming the service, the method and the path. */
        ECHO,
        /** Takes the request and never answers (until the stub is stopped or told otherwise). */
        FREEZE,
        /** Closes the connection without an answer, as a crashing service would. */
        DROP,
        /** Takes the request and answers it as {@link #ECHO} only once {@link #releaseHeld()} is called: a slow service. */
        HOLD
    }

    /** What the stub received. */
    public record Received(
            String method,
            String pathAndQuery,
            String body,
            String requestId,
            String authorization,
            Map<String, List<String>> headers) {

        /** The first value of a header, any case; {@code null} when absent. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final String name;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stub-service");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile HttpServer server;
    private volatile Behaviour behaviour = Behaviour.ECHO;
    private volatile CountDownLatch release = new CountDownLatch(1);

    private StubService(String name) {
        this.name = name;
        this.server = bind(0);
        this.port = server.getAddress().getPort();
    }

    public static StubService start(String name) {
        return new StubService(name);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    /** Back to a running, echoing stub with nothing received; frozen requests are let go. */
    public synchronized void reset() {
        behaviour = Behaviour.ECHO;
        releaseFrozen();
        received.clear();
        if (server == null) {
            server = bind(port);
        }
    }

    /** Nothing listens on the port any more: connections are refused. */
    public synchronized void stop() {
        releaseFrozen();
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Lets the requests taken while {@link Behaviour#HOLD} (or FREEZE) go. */
    public void releaseHeld() {
        releaseFrozen();
    }

    private void releaseFrozen() {
        release.countDown();
        release = new CountDownLatch(1);
    }

    private HttpServer bind(int wantedPort) {
        try {
            HttpServer created =
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 0);
            created.createContext("/", this::handle);
            created.setExecutor(executor);
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = exchange.getRequestURI();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        received.add(new Received(
                exchange.getRequestMethod(),
                pathAndQuery,
                body,
                String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")),
                String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                Map.copyOf(exchange.getRequestHeaders())));
        switch (behaviour) {
            case DROP -> exchange.close();
            case FREEZE -> {
                awaitRelease();
                exchange.close();
            }
            case HOLD -> {
                awaitRelease();
                echo(exchange, pathAndQuery);
            }
            case ECHO -> echo(exchange, pathAndQuery);
        }
    }

    private void awaitRelease() {
        try {
            release.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void echo(HttpExchange exchange, String pathAndQuery) throws IOException {
        byte[] answer = ("{\"service\":\"" + name + "\",\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                        + pathAndQuery + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        // Every answer closes its connection, so a stopped and restarted stub never meets a stale pooled connection.
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }
}
