package org.openintl.localstack;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Stands in for a Spring Boot service jar in tests: answers {@code /actuator/health/readiness} on
 * {@code --server.port} and prints its arguments. Without a port it only waits. No nested classes: tests copy
 * this one class file into a jar.
 */
public final class FakeService {

    private FakeService() {}

    public static void main(String[] args) throws Exception {
        System.out.println("fake-service args: " + String.join(" ", args));
        System.out.println("fake-service env FAKE_GREETING=" + System.getenv("FAKE_GREETING"));
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                int port = Integer.parseInt(arg.substring("--server.port=".length()));
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                server.createContext("/actuator/health/readiness", exchange -> {
                    byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.start();
            }
        }
        new CountDownLatch(1).await();
    }
}
